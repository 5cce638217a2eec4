import { describe, expect, it } from 'vitest';
import { CONNECTION_OVERRIDES_KEY, hasConnectionOverrides, readConnectionOverrides, saveConnectionOverrides } from './connectionOverrides';
import { memoryStorage } from '../domain/memoryStorage';


describe('connection overrides', () => {
  it('round-trips the three sign-in settings, trimmed, and drops empty ones', () => {
    const storage = memoryStorage();
    saveConnectionOverrides({ clientId: ' 5a1c0f3e-0000-4000-8000-00000000c0de ', tenantId: '', cloud: 'AzureChina' }, storage);
    expect(storage.getItem(CONNECTION_OVERRIDES_KEY)).toBe('{"clientId":"5a1c0f3e-0000-4000-8000-00000000c0de","cloud":"AzureChina"}');
    expect(readConnectionOverrides(storage)).toEqual({ clientId: '5a1c0f3e-0000-4000-8000-00000000c0de', cloud: 'AzureChina' });
    expect(hasConnectionOverrides(storage)).toBe(true);
  });

  it('removes the entry when nothing is overridden', () => {
    const storage = memoryStorage({ [CONNECTION_OVERRIDES_KEY]: '{"cloud":"AzureChina"}' });
    saveConnectionOverrides({}, storage);
    expect(storage.getItem(CONNECTION_OVERRIDES_KEY)).toBeNull();
    expect(hasConnectionOverrides(storage)).toBe(false);
  });

  it('ignores unreadable entries and unknown or non-string fields', () => {
    expect(readConnectionOverrides(memoryStorage({ [CONNECTION_OVERRIDES_KEY]: '{not json' }))).toEqual({});
    expect(readConnectionOverrides(memoryStorage({ [CONNECTION_OVERRIDES_KEY]: '{"tenantId":7,"emulatorUrl":"http://x","cloud":"AzurePublic"}' }))).toEqual({ cloud: 'AzurePublic' });
    expect(readConnectionOverrides(undefined)).toEqual({});
  });
});
