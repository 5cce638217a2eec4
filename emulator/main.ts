// `npm run emulator [-- --port N] [-- --host H]`: runs the emulator until interrupted.
import { parseArgs } from 'node:util';
import { DEFAULT_PORT, startEmulator } from './server/index.ts';
import { demoInfoLines } from './server/control/info.ts';

// `npm run emulator -- --port N -- --host H` hands the script a second "--"; every option is named, so drop them.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { port: { type: 'string' }, host: { type: 'string' }, quiet: { type: 'boolean' } },
  allowPositionals: false,
});

const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not '${values.port}'`);
  process.exit(2);
}

// The URL must be the first line (scripts wait for it), so log lines from startup are held back until it is printed.
const heldBack: string[] = [];
let started = false;
const log = (line: string): void => {
  if (values.quiet === true) return;
  if (started) console.log(`[emulator] ${line}`);
  else heldBack.push(line);
};

const emulator = await startEmulator({ port, host: values.host, largeWorkspace: 'in-background', log }).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is in use (another emulator?). Stop it or pass --port <another port> (0 picks a free one).`);
  process.exit(1);
});
console.log(`KQL Console emulator ready at ${emulator.url}`);
for (const line of demoInfoLines(emulator.url)) console.log(line);
started = true;
for (const line of heldBack) log(line);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
