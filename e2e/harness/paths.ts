import { resolve } from 'node:path';

/** Screenshots, console logs and the emulator log of e2e runs (git-ignored). */
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../.artifacts');
