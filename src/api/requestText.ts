// Wording shared by the API clients when they describe a request that failed.

/** The host of a request URL, for messages ("No answer from api.loganalytics.io"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an unparsable URL';
  }
}

/** A thrown fetch error as one line: its name and message. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
