// G5 read off the bench's own production build: the gzip size of what loads before the editor accepts typing,
// grouped the way scripts/checkBundle.mjs (the deterministic budget check inside npm test) groups it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleParts } from '../../scripts/lib/bundleBudget.mjs';

export interface BundleSizes {
  /** Gzip bytes per part name (as checkBundle.mjs names them). */
  readonly parts: Record<string, number>;
  /** index.html's static closure: a plain editor accepts typing before Monaco arrives (scripts/lib/bundleBudget.mjs). */
  readonly beforeTypingBytes: number;
  /** The same plus Monaco with the Kusto mode, for the reader who counts the full editor. */
  readonly withMonacoBytes: number;
}

const PAGE = 'page until the editor accepts typing';
const MONACO = 'Monaco editor and Kusto mode';

export function bundleSizes(distDir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const parts: Record<string, number> = {};
  for (const part of bundleParts(manifest)) {
    parts[part.name] = part.files.reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length, 0);
  }
  const page = parts[PAGE] ?? Number.NaN;
  return { parts, beforeTypingBytes: page, withMonacoBytes: page + (parts[MONACO] ?? Number.NaN) };
}
