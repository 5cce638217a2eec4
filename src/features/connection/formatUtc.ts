/** "2026-11-22 12:42 UTC": minute precision is what an expiry needs; UTC so it matches the service's clock. */
export function formatUtc(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
