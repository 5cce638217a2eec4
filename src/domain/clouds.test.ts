import { describe, expect, it } from 'vitest';
import { CLOUDS, CLOUD_NAMES, isBearerTokenUrlAllowed, isCloudName } from './clouds';

// Expected values transcribed from reference/log-analytics-api.md §6, cloud by cloud.
describe('CLOUDS', () => {
  it('lists exactly the three supported clouds', () => {
    expect(CLOUD_NAMES).toEqual(['AzurePublic', 'AzureUSGovernment', 'AzureChina']);
  });

  it('describes Azure public', () => {
    const cloud = CLOUDS.AzurePublic;
    expect(cloud.loginHost).toBe('login.microsoftonline.com');
    expect(cloud.idTokenIssuerHost).toBe('login.microsoftonline.com');
    expect(cloud.logAnalytics).toEqual({
      endpoint: 'https://api.loganalytics.io',
      scope: 'https://api.loganalytics.io/.default',
    });
    expect(cloud.resourceManager).toEqual({
      endpoint: 'https://management.azure.com',
      scope: 'https://management.azure.com/.default',
    });
    expect(cloud.bearerTokenHosts).toEqual(['api.loganalytics.io', 'api.loganalytics.azure.com', 'management.azure.com']);
  });

  it('describes Azure US Government', () => {
    const cloud = CLOUDS.AzureUSGovernment;
    expect(cloud.loginHost).toBe('login.microsoftonline.us');
    expect(cloud.idTokenIssuerHost).toBe('login.microsoftonline.us');
    expect(cloud.logAnalytics).toEqual({
      endpoint: 'https://api.loganalytics.us',
      scope: 'https://api.loganalytics.us/.default',
    });
    expect(cloud.resourceManager).toEqual({
      endpoint: 'https://management.usgovcloudapi.net',
      scope: 'https://management.usgovcloudapi.net/.default',
    });
    expect(cloud.bearerTokenHosts).toEqual(['api.loganalytics.us', 'management.usgovcloudapi.net']);
  });

  it('describes Azure China, whose issuer host differs from its login host', () => {
    const cloud = CLOUDS.AzureChina;
    expect(cloud.loginHost).toBe('login.chinacloudapi.cn');
    expect(cloud.idTokenIssuerHost).toBe('login.partner.microsoftonline.cn');
    expect(cloud.logAnalytics).toEqual({
      endpoint: 'https://api.loganalytics.azure.cn',
      scope: 'https://api.loganalytics.azure.cn/.default',
    });
    expect(cloud.resourceManager).toEqual({
      endpoint: 'https://management.chinacloudapi.cn',
      scope: 'https://management.chinacloudapi.cn/.default',
    });
    expect(cloud.bearerTokenHosts).toEqual(['api.loganalytics.azure.cn', 'management.chinacloudapi.cn']);
  });

  it('keeps every service endpoint on the allow-list of its own cloud', () => {
    for (const name of CLOUD_NAMES) {
      const cloud = CLOUDS[name];
      expect(isBearerTokenUrlAllowed(cloud, `${cloud.logAnalytics.endpoint}/v1/workspaces/x/query`)).toBe(true);
      expect(isBearerTokenUrlAllowed(cloud, `${cloud.resourceManager.endpoint}/subscriptions`)).toBe(true);
    }
  });
});

describe('isCloudName', () => {
  it('accepts the table keys only', () => {
    expect(isCloudName('AzureChina')).toBe(true);
    expect(isCloudName('azurepublic')).toBe(false);
    expect(isCloudName('toString')).toBe(false);
  });
});

describe('isBearerTokenUrlAllowed', () => {
  const publicCloud = CLOUDS.AzurePublic;

  it.each([
    ['https://api.loganalytics.io/v1/workspaces/abc/query', true],
    ['https://API.LogAnalytics.io/v1/workspaces/abc/query', true],
    ['https://api.loganalytics.io:443/v1', true],
    ['https://api.loganalytics.azure.com/v1', true],
    ['https://management.azure.com/subscriptions?api-version=2022-12-01', true],
    ['http://api.loganalytics.io/v1', false],
    ['https://api.loganalytics.io:8443/v1', false],
    ['https://user:pass@api.loganalytics.io/v1', false],
    ['https://api.loganalytics.io.evil.example/v1', false],
    ['https://evil.example/api.loganalytics.io', false],
    ['https://login.microsoftonline.com/common', false],
    ['https://api.loganalytics.us/v1', false],
    ['not a url', false],
  ])('public cloud: %s → %s', (url, allowed) => {
    expect(isBearerTokenUrlAllowed(publicCloud, url)).toBe(allowed);
  });

  it('refuses api.loganalytics.azure.us, which is not a US Government host', () => {
    expect(isBearerTokenUrlAllowed(CLOUDS.AzureUSGovernment, 'https://api.loganalytics.azure.us/v1')).toBe(false);
    expect(isBearerTokenUrlAllowed(CLOUDS.AzureUSGovernment, 'https://api.loganalytics.us/v1')).toBe(true);
  });

  it('refuses the old China alias api.loganalytics.cn and other clouds’ hosts', () => {
    expect(isBearerTokenUrlAllowed(CLOUDS.AzureChina, 'https://api.loganalytics.cn/v1')).toBe(false);
    expect(isBearerTokenUrlAllowed(CLOUDS.AzureChina, 'https://api.loganalytics.io/v1')).toBe(false);
    expect(isBearerTokenUrlAllowed(CLOUDS.AzureChina, 'https://api.loganalytics.azure.cn/v1')).toBe(true);
  });
});
