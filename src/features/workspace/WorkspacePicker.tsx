// Placeholder until the workspace feature lands.
export function WorkspacePicker() {
  return null;
}
