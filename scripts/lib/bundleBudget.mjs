// Pure helpers of scripts/checkBundle.mjs: which built files each part of the console loads, from Vite's manifest,
// and how their gzip sizes compare with the budgets. Deterministic for a given build, so the check may fail CI.

/**
 * @typedef {{ file: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[],
 *   dynamicImports?: string[], assets?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 * @typedef {{ name: string, files: string[] }} BundlePart
 */

/**
 * The files a manifest entry loads before it runs: its own file and, transitively, what it imports statically.
 * @param {Manifest} manifest
 * @param {string} key
 * @param {Set<string>} [already] files loaded before (not counted again)
 * @returns {string[]}
 */
export function staticClosure(manifest, key, already = new Set()) {
  const files = [];
  const seen = new Set();
  const visit = (chunkKey) => {
    if (seen.has(chunkKey)) return;
    seen.add(chunkKey);
    const chunk = manifest[chunkKey];
    if (!chunk) throw new Error(`The build manifest has no chunk "${chunkKey}".`);
    if (!already.has(chunk.file)) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return files;
}

/**
 * The console's parts as an analyst's browser loads them: the page up to a typeable editor (index.html's static
 * closure; the plain editor accepts typing before Monaco arrives), then Monaco with the Kusto mode, then each worker,
 * and the MSAL redirect bridge page.
 * @param {Manifest} manifest
 * @returns {BundlePart[]}
 */
export function bundleParts(manifest) {
  const page = staticClosure(manifest, 'index.html');
  const loaded = new Set(page);
  const editorKeys = Object.keys(manifest).filter((key) => manifest[key]?.isDynamicEntry);
  const editor = [...new Set(editorKeys.flatMap((key) => staticClosure(manifest, key, loaded)))];
  const workers = Object.values(manifest)
    .flatMap((chunk) => chunk.assets ?? [])
    .filter((file) => /\.worker-[\w-]+\.js$/.test(file));
  return [
    { name: 'page until the editor accepts typing', files: page },
    { name: 'Monaco editor and Kusto mode', files: editor },
    ...[...new Set(workers)].sort().map((file) => ({ name: `worker ${workerName(file)}`, files: [file] })),
    { name: 'sign-in redirect page', files: staticClosure(manifest, 'redirect.html') },
  ];
}

/** @param {string} file */
function workerName(file) {
  return /([\w.]+\.worker)-[\w-]+\.js$/.exec(file)?.[1] ?? file;
}

/**
 * Compares each part's gzip size with its budget (bytes). A part without a budget fails: a new part must be budgeted.
 * @param {BundlePart[]} parts
 * @param {Record<string, number>} budgets
 * @param {(file: string) => number} gzipSize
 * @returns {{ name: string, bytes: number, budget: number | null, ok: boolean }[]}
 */
export function checkBudgets(parts, budgets, gzipSize) {
  return parts.map((part) => {
    const bytes = part.files.reduce((sum, file) => sum + gzipSize(file), 0);
    const budget = budgets[part.name] ?? null;
    return { name: part.name, bytes, budget, ok: budget !== null && bytes <= budget };
  });
}
