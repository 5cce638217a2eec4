// `npm start`: the emulator, then the Vite dev server pointed at it, with their output prefixed. Ctrl+C stops both,
// and so does either one exiting.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

const repoRoot = resolve(import.meta.dirname, '..');
const EMULATOR_PORT = 5178;
const APP_PORT = 5173;
const EMULATOR_READY = /KQL Console emulator ready at (\S+)/;
const VITE_READY = /ready in/;
const EMULATOR_START_TIMEOUT_MS = 60_000;

const children = new Set();
let stopping = false;

function start(label, args, env, onLine) {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  for (const [stream, sink] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream }).on('line', (line) => {
      sink.write(`[${label}] ${line}\n`);
      // Vite colours its output; readiness is detected on the plain text.
      onLine(stripVTControlCharacters(line));
    });
  }
  child.once('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`[start] ${label} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
      stopAll(code === 0 ? 1 : (code ?? 1));
    }
  });
  return child;
}

function stopAll(exitCode) {
  stopping = true;
  process.exitCode = exitCode;
  for (const child of children) child.kill('SIGTERM');
}

process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));

const emulatorUrl = await new Promise((resolveUrl, reject) => {
  const timer = setTimeout(() => reject(new Error(`the emulator did not report ready within ${EMULATOR_START_TIMEOUT_MS / 1000} s`)), EMULATOR_START_TIMEOUT_MS);
  const emulator = start('emulator', [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'emulator/main.ts', '--port', String(EMULATOR_PORT)], {}, (line) => {
    const ready = EMULATOR_READY.exec(line);
    if (ready?.[1]) {
      clearTimeout(timer);
      resolveUrl(ready[1]);
    }
  });
  emulator.once('exit', () => {
    clearTimeout(timer);
    reject(new Error('the emulator exited before it was ready'));
  });
}).catch((error) => {
  console.error(`[start] ${error.message}`);
  stopAll(1);
  return null;
});

if (emulatorUrl && !stopping) {
  let announced = false;
  start(
    'vite',
    [join(repoRoot, 'node_modules/vite/bin/vite.js'), '--port', String(APP_PORT), '--strictPort'],
    { VITE_EMULATOR_URL: emulatorUrl },
    (line) => {
      if (!announced && VITE_READY.test(line)) {
        announced = true;
        console.log(`\nOpen http://localhost:${APP_PORT} — local demo data from the emulator at ${emulatorUrl}\n`);
      }
    },
  );
}
