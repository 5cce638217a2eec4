import { describe, expect, it } from 'vitest';
import { validateSettingsDraft, type SettingsDraft } from './settingsForm';

const draft: SettingsDraft = {
  cloud: 'AzureUSGovernment',
  clientId: ' 5a1c0f3e-0000-4000-8000-00000000c0de ',
  tenantId: 'contoso.onmicrosoft.com',
  rowCap: '30,000',
  noRowCap: false,
  serverWaitSeconds: '180',
  csvFormulaGuard: true,
  timeZoneDisplay: 'utc',
  theme: 'dark',
};

describe('validateSettingsDraft', () => {
  it('turns a valid draft into connection overrides, settings and theme', () => {
    expect(validateSettingsDraft(draft)).toEqual({
      ok: true,
      value: {
        connection: { cloud: 'AzureUSGovernment', clientId: '5a1c0f3e-0000-4000-8000-00000000c0de', tenantId: 'contoso.onmicrosoft.com' },
        settings: { rowCap: 30_000, serverWaitSeconds: 180, csvFormulaGuard: true, timeZoneDisplay: 'utc' },
        theme: 'dark',
      },
    });
  });

  it('allows no row cap, whatever the row cap field holds, and empty client and tenant ids', () => {
    const result = validateSettingsDraft({ ...draft, noRowCap: true, rowCap: 'x', clientId: '', tenantId: ' ' });
    expect(result.ok && result.value.settings.rowCap).toBeNull();
    expect(result.ok && result.value.connection).toEqual({ cloud: 'AzureUSGovernment', clientId: '', tenantId: '' });
  });

  it.each(['organizations', 'common', '72f988bf-0000-4000-8000-00000000d3e0'])('accepts the tenant %s', (tenantId) => {
    expect(validateSettingsDraft({ ...draft, tenantId }).ok).toBe(true);
  });

  it('names every invalid field at once', () => {
    expect(validateSettingsDraft({ ...draft, clientId: 'my-app', tenantId: 'not a tenant', rowCap: '500001', serverWaitSeconds: '0' })).toEqual({
      ok: false,
      problems: {
        clientId: 'The client ID is the application (client) ID of the app registration, a GUID such as 00000000-0000-0000-0000-000000000000.',
        tenantId: 'The tenant is a directory (tenant) ID GUID, a domain such as contoso.onmicrosoft.com, "organizations" or "common".',
        rowCap: 'The row cap is a whole number from 1 to 500,000, or choose "No row cap".',
        serverWaitSeconds: 'The server timeout is a whole number of seconds from 1 to 600.',
      },
    });
  });

  it.each([
    ['1', 1],
    ['500000', 500_000],
    ['500_000', 500_000],
    ['0', undefined],
    ['12.5', undefined],
    ['-3', undefined],
    ['', undefined],
  ])('row cap %j → %s', (rowCap, expected) => {
    const result = validateSettingsDraft({ ...draft, rowCap });
    expect(result.ok ? result.value.settings.rowCap : undefined).toBe(expected);
  });

  it('accepts a server timeout of 600 s and refuses 601 s', () => {
    expect(validateSettingsDraft({ ...draft, serverWaitSeconds: '600' }).ok).toBe(true);
    expect(validateSettingsDraft({ ...draft, serverWaitSeconds: '601' }).ok).toBe(false);
  });
});
