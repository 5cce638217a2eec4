// Placeholder until the connection feature lands.
export function openSettingsDialog(): void {}
