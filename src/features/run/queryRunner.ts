// Placeholder; replaced by the run pipeline in the next commit.
import type { ConsoleServices } from '../../app/services';
export function runActiveQuery(_services: ConsoleServices): void {}
export function cancelActiveQuery(): void {}
