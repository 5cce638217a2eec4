/** A JSON object (not an array, not null): the only shape the response and its parts may have. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
