// `npm run check:bundle` (and a stage of `npm test`): the gzip size of each part of the production build against its
// budget. The goal for the page until the editor accepts typing is 900 KB (issue #5, G5); the budgets sit just
// above today's sizes so that growth is a decision, not an accident. Reads dist/ (or the directory given).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleParts, checkBudgets } from './lib/bundleBudget.mjs';

const KB = 1024;
/** Bytes, gzip level 9. */
export const BUDGETS = {
  'page until the editor accepts typing': 260 * KB,
  'Monaco editor and Kusto mode': 800 * KB,
  'worker editor.worker': 70 * KB,
  'worker kusto.worker': 1_280 * KB,
  'worker results.worker': 12 * KB,
  'sign-in redirect page': 30 * KB,
};

const distDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));
const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
const checks = checkBudgets(bundleParts(manifest), BUDGETS, (file) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length);

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
for (const check of checks) {
  const budget = check.budget === null ? 'no budget: add one in scripts/checkBundle.mjs' : `budget ${kb(check.budget)}`;
  console.log(`${check.ok ? 'ok  ' : 'OVER'} ${check.name.padEnd(40)} ${kb(check.bytes).padStart(10)}  ${budget}`);
}
process.exitCode = checks.every((check) => check.ok) ? 0 : 1;
