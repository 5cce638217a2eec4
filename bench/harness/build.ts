// Production builds for the bench, never into dist/ (others build and test from it): the console exactly as it
// ships, and the bench-only pages (floor, peers) bundled from node_modules the same way.
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/** `minify: false` only for a profile, where function names must be readable; timed runs use the shipped build. */
export async function buildApp(outDir: string, { minify = true } = {}): Promise<void> {
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true, ...(minify ? {} : { minify: false }) } });
}

export async function buildPages(outDir: string): Promise<void> {
  const pages = join(ROOT, 'bench/pages');
  await build({
    configFile: false,
    root: pages,
    // Peers' own bundling notes ("use client" directives and the like) are not ours to act on.
    logLevel: 'error',
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: { decode: join(pages, 'decode.html'), csv: join(pages, 'csv.html'), grid: join(pages, 'grid.html') } },
    },
  });
}
