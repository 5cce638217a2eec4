import { describe, expect, it } from 'vitest';
import { readConfigFile, resolveRuntimeConfig } from './runtimeConfig';

const CLIENT_ID = '5a1c0f3e-0000-4000-8000-00000000c0de';
const TENANT_ID = '72f988bf-0000-4000-8000-00000000d3e0';

describe('readConfigFile', () => {
  it('keeps non-empty string settings, trimmed, and treats blanks as unset', () => {
    expect(readConfigFile({ clientId: ` ${CLIENT_ID} `, tenantId: '', cloud: 'AzureChina', emulatorUrl: '  ' })).toEqual({
      settings: { clientId: CLIENT_ID, cloud: 'AzureChina' },
      errors: [],
    });
  });

  it('refuses a file that is not an object', () => {
    for (const content of [null, [], 'clientId', 42]) {
      expect(readConfigFile(content)).toEqual({
        settings: {},
        errors: ['config.json must hold a JSON object such as {"clientId": "", "tenantId": ""}.'],
      });
    }
  });

  it('names unknown settings and non-string values', () => {
    expect(readConfigFile({ clientID: CLIENT_ID, cloud: 3 })).toEqual({
      settings: {},
      errors: [
        'config.json has an unknown setting "clientID"; the known settings are clientId, tenantId, cloud, emulatorUrl.',
        'config.json setting "cloud" must be a string; got 3.',
      ],
    });
  });
});

describe('resolveRuntimeConfig', () => {
  it('uses the defaults when nothing is set: no sign-in, any organization, Azure public, no emulator', () => {
    expect(resolveRuntimeConfig({})).toEqual({
      ok: true,
      config: { clientId: null, tenantId: 'organizations', cloud: 'AzurePublic', emulatorUrl: null },
    });
  });

  it('lets later layers win and ignores their blank values', () => {
    const buildTime = { clientId: CLIENT_ID, emulatorUrl: 'http://localhost:5178' };
    const file = { tenantId: TENANT_ID, emulatorUrl: '' };
    expect(resolveRuntimeConfig(buildTime, file)).toEqual({
      ok: true,
      config: { clientId: CLIENT_ID, tenantId: TENANT_ID, cloud: 'AzurePublic', emulatorUrl: 'http://localhost:5178' },
    });
    expect(resolveRuntimeConfig({ cloud: 'AzureChina' }, { cloud: 'AzureUSGovernment' })).toMatchObject({
      ok: true,
      config: { cloud: 'AzureUSGovernment' },
    });
  });

  it('accepts tenant domains and the multi-tenant aliases', () => {
    for (const tenantId of ['contoso.onmicrosoft.com', 'organizations', 'common']) {
      expect(resolveRuntimeConfig({ tenantId })).toMatchObject({ ok: true, config: { tenantId } });
    }
  });

  it('reduces the emulator URL to its origin', () => {
    expect(resolveRuntimeConfig({ emulatorUrl: 'http://127.0.0.1:5178/' })).toMatchObject({
      ok: true,
      config: { emulatorUrl: 'http://127.0.0.1:5178' },
    });
  });

  it('explains every bad value at once', () => {
    expect(
      resolveRuntimeConfig({ clientId: 'my-app', tenantId: 'contoso tenant', cloud: 'Public', emulatorUrl: 'localhost:5178' }),
    ).toEqual({
      ok: false,
      errors: [
        'clientId must be the application (client) ID of the app registration, a GUID such as 00000000-0000-0000-0000-000000000000; got "my-app".',
        'tenantId must be a directory (tenant) ID GUID, a domain such as contoso.onmicrosoft.com, or "organizations"; got "contoso tenant".',
        'cloud must be one of AzurePublic, AzureUSGovernment, AzureChina; got "Public".',
        'emulatorUrl must be an http(s) origin such as http://localhost:5178; got "localhost:5178".',
      ],
    });
  });

  it('refuses emulator URLs with a path, a query or credentials', () => {
    for (const emulatorUrl of ['http://localhost:5178/v1', 'http://localhost:5178/?x=1', 'http://a:b@localhost:5178', 'ftp://localhost']) {
      expect(resolveRuntimeConfig({ emulatorUrl })).toEqual({
        ok: false,
        errors: [`emulatorUrl must be an http(s) origin such as http://localhost:5178; got "${emulatorUrl}".`],
      });
    }
  });
});
