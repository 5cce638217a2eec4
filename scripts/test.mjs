// `npm test`: type-check, lint, unit tests, build, bundle budgets, e2e tests, in that order, streaming their output. A failed stage
// does not stop the run, so the closing summary is complete; its last line is `tests: N passed, M failed`.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countTests, exitCode, summaryLines } from './lib/stageReport.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const vitestBin = join(repoRoot, 'node_modules/vitest/vitest.mjs');
const viteBin = join(repoRoot, 'node_modules/vite/bin/vite.js');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command with inherited output; resolves to its exit code (1 when it could not start). */
function run(command, args) {
  return new Promise((resolveCode) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
    child.once('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolveCode(1);
    });
    child.once('exit', (code, signal) => resolveCode(signal ? 1 : (code ?? 1)));
  });
}

async function readIfPresent(path) {
  return readFile(path, 'utf8').catch(() => null);
}

async function runStage(name, execute) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const { code, tests = null } = await execute();
  return { name, status: code === 0 ? 'passed' : 'failed', seconds: (performance.now() - started) / 1000, tests };
}

function vitestStage(project, reportDir) {
  return async () => {
    const reportPath = join(reportDir, `${project}.json`);
    const code = await run(process.execPath, [
      vitestBin,
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportPath}`,
    ]);
    return { code, tests: countTests(await readIfPresent(reportPath)) };
  };
}

const reportDir = await mkdtemp(join(tmpdir(), 'kql-console-tests-'));
const stages = [];
try {
  stages.push(await runStage('typecheck', async () => ({ code: await run(npm, ['run', 'typecheck']) })));
  stages.push(await runStage('lint', async () => ({ code: await run(npm, ['run', 'lint']) })));
  stages.push(await runStage('unit', vitestStage('unit', reportDir)));
  const build = await runStage('build', async () => ({ code: await run(process.execPath, [viteBin, 'build']) }));
  stages.push(build);
  if (build.status === 'passed') {
    stages.push(await runStage('bundle budgets', async () => ({ code: await run(process.execPath, [join(repoRoot, 'scripts/checkBundle.mjs')]) })));
    stages.push(await runStage('e2e', vitestStage('e2e', reportDir)));
  } else {
    // An old dist/ would make the e2e results lie about this revision.
    stages.push({ name: 'bundle budgets', status: 'skipped', seconds: 0, tests: null, note: 'the build failed' });
    stages.push({ name: 'e2e', status: 'skipped', seconds: 0, tests: null, note: 'the build failed' });
  }
} finally {
  await rm(reportDir, { recursive: true, force: true });
}

console.log(`\n${summaryLines(stages).join('\n')}`);
process.exitCode = exitCode(stages);
