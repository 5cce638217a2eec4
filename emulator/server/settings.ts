/** Knobs the control endpoint can change at run time (faults live in faults/). */
export interface EmulatorSettings {
  /** ARM workspace listings return this many items per page, then a nextLink. */
  workspacePageSize: number;
  /** Redirect URIs registered for the demo SPA in addition to http://localhost:* and http://127.0.0.1:*. */
  redirectUris: string[];
}

export function defaultSettings(): EmulatorSettings {
  return { workspacePageSize: 2, redirectUris: [] };
}

/** Applies a partial update from PUT /.emulator/settings; returns an error message when it is not acceptable. */
export function updateSettings(settings: EmulatorSettings, patch: unknown): string | undefined {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return 'The body must be a JSON object.';
  const entries = Object.entries(patch);
  for (const [key, value] of entries) {
    if (key === 'workspacePageSize') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return 'workspacePageSize must be a positive integer.';
    } else if (key === 'redirectUris') {
      if (!Array.isArray(value) || !value.every(isAbsoluteUrl)) return 'redirectUris must be an array of absolute URLs.';
    } else {
      return `Unknown setting '${key}'.`;
    }
  }
  for (const [key, value] of entries) {
    if (key === 'workspacePageSize') settings.workspacePageSize = value as number;
    if (key === 'redirectUris') settings.redirectUris = [...(value as string[])];
  }
  return undefined;
}

function isAbsoluteUrl(value: unknown): boolean {
  return typeof value === 'string' && URL.canParse(value);
}
