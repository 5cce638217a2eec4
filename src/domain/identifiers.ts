// Formats of the identifiers Azure hands out. Checked before use so a typo gets a precise message, not a 404.

const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A GUID in its dashed 8-4-4-4-12 form, any case (workspace, client and tenant ids all use it). */
export function isGuid(value: string): boolean {
  return GUID_PATTERN.test(value);
}
