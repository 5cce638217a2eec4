// A download name that says what the file holds and when it was taken, e.g.
// contoso-sentinel-demo_PrimaryResult_2026-11-23T10-15-00Z.csv. Only ASCII letters, digits, '.', '_' and '-' are
// kept, so the name is valid on Windows, macOS and Linux and never needs quoting in a shell.

export interface CsvFileNameParts {
  readonly workspaceName: string;
  readonly tableName: string;
  readonly at: Date;
}

const MAX_PART_LENGTH = 64;

export function csvFileName({ workspaceName, tableName, at }: CsvFileNameParts): string {
  // ISO 8601 in UTC to the second; ':' is not allowed in Windows file names.
  const stamp = `${at.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
  return `${safePart(workspaceName, 'workspace')}_${safePart(tableName, 'results')}_${stamp}.csv`;
}

/** Accents are dropped rather than replaced ("Zürich" → "Zurich"); any other run of unsafe characters becomes '-'. */
function safePart(text: string, fallback: string): string {
  const trimEdges = (value: string): string => value.replace(/^[-._]+|[-._]+$/g, '');
  const safe = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return trimEdges(trimEdges(safe).slice(0, MAX_PART_LENGTH)) || fallback;
}
