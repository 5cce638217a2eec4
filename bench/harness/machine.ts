// What the numbers were measured on, and the wait for a quiet machine: absolute times only compare on the same box,
// and another build or test run on two cores moves them by tens of percent.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

export interface Machine {
  readonly os: string;
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly chromium: string;
  readonly loadAverageAtStart: readonly number[];
}

export function describeMachine(chromium: string): Machine {
  const processors = cpus();
  return {
    os: `${platform()} ${release()}`,
    cpuModel: processors[0]?.model ?? 'unknown',
    cpuCount: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium,
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

export function gitCommit(): { sha: string; dirty: boolean } {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'bench', 'index.html', 'vite.config.ts'], { encoding: 'utf8' }).trim() !== '';
    return { sha, dirty };
  } catch {
    return { sha: 'unknown', dirty: true };
  }
}

/** Waits (up to maxWaitMs) until the 1-minute load average is at most maxLoad; says how it went either way. */
export async function waitForQuietMachine(maxLoad: number, maxWaitMs: number, log: (line: string) => void): Promise<number> {
  const deadline = Date.now() + maxWaitMs;
  let load = loadavg()[0] ?? 0;
  while (load > maxLoad && Date.now() < deadline) {
    log(`load average ${load.toFixed(2)} > ${maxLoad}: waiting for a quieter machine…`);
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    load = loadavg()[0] ?? 0;
  }
  if (load > maxLoad) log(`warning: measuring with load average ${load.toFixed(2)} (> ${maxLoad}); absolute times will be inflated`);
  return load;
}
