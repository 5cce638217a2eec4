// What every table generator receives.
import type { DemoWorkspace } from '../config.ts';
import type { SeededRandom } from './random.ts';
import type { World } from './world/index.ts';

export interface GenerationContext {
  /** 100-ns ticks; every timestamp is placed relative to it. */
  now: bigint;
  /** This table's own random stream. */
  rng: SeededRandom;
  workspace: DemoWorkspace;
  world: World;
  /** Whether to sprinkle hostile values and extra nulls (the demo workspace does). */
  hostile: boolean;
}
