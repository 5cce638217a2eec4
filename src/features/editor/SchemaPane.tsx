// Placeholder until the editor feature lands.
export function SchemaPane() {
  return null;
}
