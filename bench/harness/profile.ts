// A CPU profile (CDP Profiler) reduced to what a reader needs: where the main thread's time went, by function, with
// the script it lives in. Idle time is left out; (garbage collector) and (program) stay, as they are time too.

/** The part of CDP's Profiler.Profile read here. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number } }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface ProfileSummary {
  readonly busyMs: number;
  readonly top: readonly { readonly fn: string; readonly ms: number; readonly share: number }[];
}

export function summarizeProfile(profile: CpuProfile, limit = 15): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((nodeId, index) => {
    const frame = nodes.get(nodeId)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
    // A sample's time is the gap to the next sample.
    selfMs.set(key, (selfMs.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  });
  const busyMs = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
  const top = [...selfMs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: Math.round((ms / busyMs) * 1000) / 10 }));
  return { busyMs: Math.round(busyMs), top };
}
