// "Did you mean ...?" for a name the service could not resolve. KQL names are case-sensitive, so a name that differs
// only in case is the best suggestion of all; otherwise the nearest names by edit distance, within a budget that
// grows with the name's length so a short name does not match everything.

/** Levenshtein distance with transpositions of neighbours (optimal string alignment): "Hearbteat" is 1 from "Heartbeat". */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const distances: number[] = new Array<number>(rows * columns).fill(0);
  const at = (i: number, j: number): number => distances[i * columns + j] ?? 0;
  for (let i = 0; i < rows; i++) distances[i * columns] = i;
  for (let j = 0; j < columns; j++) distances[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      distances[i * columns + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The most edits a suggestion may need: 1 for names up to 4 characters, then a third of the length, at most 4. */
function budgetFor(name: string): number {
  return Math.min(4, Math.max(1, Math.floor(name.length / 3)));
}

/**
 * Up to `limit` candidates close to `name`, closest first (ties keep the candidates' order). Compared without case
 * (a case-only difference counts as the closest match); the name itself and duplicates are left out.
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = name.toLowerCase();
  const budget = budgetFor(name);
  const scored: { candidate: string; score: number; order: number }[] = [];
  const seen = new Set<string>();
  let order = 0;
  for (const candidate of candidates) {
    if (candidate === name || seen.has(candidate)) continue;
    seen.add(candidate);
    const lower = candidate.toLowerCase();
    // A case-only difference scores 0, so it beats every real edit.
    const distance = editDistance(wanted, lower);
    if (distance > budget) continue;
    scored.push({ candidate, score: distance, order: order++ });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.candidate);
}
