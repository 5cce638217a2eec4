// Everything the tables have in common: one directory, one fleet, one set of incidents per workspace build.
import type { SeededRandom } from '../random.ts';
import { buildDirectory, type DirectoryUser } from './directory.ts';
import { planIncidents, type Incidents } from './incidents.ts';

export interface World {
  users: readonly DirectoryUser[];
  incidents: Incidents;
}

export function buildWorld(rng: SeededRandom, userCount: number): World {
  const users = buildDirectory(rng.fork('directory'), userCount);
  return { users, incidents: planIncidents(rng.fork('incidents'), users) };
}
