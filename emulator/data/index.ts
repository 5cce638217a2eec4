// The emulator's sample data: deterministic, seeded Log Analytics workspaces held in the engine's columnar model.
export type { TableDefinition } from './tableDefinition.ts';
export { TABLE_DEFINITIONS, DEFAULT_SEED, buildWorkspaceDatabase } from './workspaces.ts';
export type { BuildOptions } from './workspaces.ts';
export { DEMO_FUNCTIONS } from './functions.ts';
