import { describe, expect, it } from 'vitest';
import { bundleParts, checkBudgets, staticClosure, type Manifest } from './bundleBudget.mjs';

// The shape of the console's real manifest (vite build with manifest: true).
const MANIFEST: Manifest = {
  _shared: { file: 'assets/Configuration-1.js' },
  'index.html': {
    file: 'assets/main-1.js',
    isEntry: true,
    imports: ['_shared'],
    dynamicImports: ['src/monacoSetup.ts'],
    assets: ['assets/results.worker-1.js'],
  },
  'src/monacoSetup.ts': {
    file: 'assets/monacoSetup-1.js',
    isDynamicEntry: true,
    imports: ['index.html'],
    dynamicImports: ['kustoMode.js'],
    assets: ['assets/editor.worker-1.js', 'assets/kusto.worker-1.js', 'assets/codicon-1.ttf'],
  },
  'kustoMode.js': { file: 'assets/kustoMode-1.js', isDynamicEntry: true, imports: ['src/monacoSetup.ts'] },
  'redirect.html': { file: 'assets/redirect-1.js', isEntry: true, imports: ['_shared'] },
};

describe('bundle parts', () => {
  it('counts an entry with what it imports statically, and not what it loads later', () => {
    expect(staticClosure(MANIFEST, 'index.html')).toEqual(['assets/main-1.js', 'assets/Configuration-1.js']);
  });

  it('splits the console into the typeable page, the editor, each worker and the redirect page', () => {
    expect(bundleParts(MANIFEST)).toEqual([
      { name: 'page until the editor accepts typing', files: ['assets/main-1.js', 'assets/Configuration-1.js'] },
      // The editor chunk imports the entry back; what the page already loaded is not counted twice.
      { name: 'Monaco editor and Kusto mode', files: ['assets/monacoSetup-1.js', 'assets/kustoMode-1.js'] },
      { name: 'worker editor.worker', files: ['assets/editor.worker-1.js'] },
      { name: 'worker kusto.worker', files: ['assets/kusto.worker-1.js'] },
      { name: 'worker results.worker', files: ['assets/results.worker-1.js'] },
      { name: 'sign-in redirect page', files: ['assets/redirect-1.js', 'assets/Configuration-1.js'] },
    ]);
  });

  it('names a missing chunk instead of counting nothing', () => {
    expect(() => staticClosure({ 'index.html': { file: 'a.js', imports: ['_gone'] } }, 'index.html')).toThrow('The build manifest has no chunk "_gone".');
  });
});

describe('checkBudgets', () => {
  const parts = [
    { name: 'page', files: ['a.js', 'b.js'] },
    { name: 'new part', files: ['c.js'] },
  ];
  const sizes: Record<string, number> = { 'a.js': 600, 'b.js': 400, 'c.js': 1 };

  it('passes a part at or under its budget and fails one over it', () => {
    expect(checkBudgets(parts.slice(0, 1), { page: 1000 }, (file) => sizes[file] ?? 0)).toEqual([{ name: 'page', bytes: 1000, budget: 1000, ok: true }]);
    expect(checkBudgets(parts.slice(0, 1), { page: 999 }, (file) => sizes[file] ?? 0)[0]?.ok).toBe(false);
  });

  it('fails a part that has no budget', () => {
    expect(checkBudgets(parts, { page: 1000 }, (file) => sizes[file] ?? 0)[1]).toEqual({ name: 'new part', bytes: 1, budget: null, ok: false });
  });
});
