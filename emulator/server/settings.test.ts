import { describe, expect, it } from 'vitest';
import { defaultSettings, updateSettings } from './settings.ts';

describe('settings', () => {
  it('applies a valid partial update', () => {
    const settings = defaultSettings();
    expect(updateSettings(settings, { workspacePageSize: 1 })).toBeUndefined();
    expect(updateSettings(settings, { redirectUris: ['https://console.example/redirect.html'] })).toBeUndefined();
    expect(settings).toEqual({ workspacePageSize: 1, redirectUris: ['https://console.example/redirect.html'] });
  });

  it('rejects bad values without applying any part of the update', () => {
    const settings = defaultSettings();
    expect(updateSettings(settings, { workspacePageSize: 3, redirectUris: ['not a url'] })).toBe('redirectUris must be an array of absolute URLs.');
    expect(updateSettings(settings, { workspacePageSize: 0 })).toBe('workspacePageSize must be a positive integer.');
    expect(updateSettings(settings, { colour: 'red' })).toBe("Unknown setting 'colour'.");
    expect(updateSettings(settings, [])).toBe('The body must be a JSON object.');
    expect(settings).toEqual(defaultSettings());
  });
});
