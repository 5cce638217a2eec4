import { describe, expect, it } from 'vitest';
import { checkEndpoint, endpointEvidence, serviceHosts } from './endpointCheck';

describe('checkEndpoint', () => {
  it.each([
    ['https://api.loganalytics.io', { cloud: 'AzurePublic', service: 'logAnalytics' }],
    ['https://api.loganalytics.azure.com/', { cloud: 'AzurePublic', service: 'logAnalytics' }],
    ['https://api.loganalytics.us', { cloud: 'AzureUSGovernment', service: 'logAnalytics' }],
    ['https://API.LOGANALYTICS.AZURE.CN', { cloud: 'AzureChina', service: 'logAnalytics' }],
    ['https://management.usgovcloudapi.net', { cloud: 'AzureUSGovernment', service: 'resourceManager' }],
  ])('%s belongs to %j', (url, owner) => {
    expect(checkEndpoint(url, 'logAnalytics')?.owner).toEqual(owner);
  });

  it.each([
    ['https://api.loganalytics.azure.us', 'AzureUSGovernment', 'api.loganalytics.us'],
    ['https://api.loganalytics.cn', 'AzureChina', 'api.loganalytics.azure.cn'],
    ['https://api.loganalytic.io', 'AzurePublic', 'api.loganalytics.io'],
  ])('%s is no cloud host; likely %s, meant %s', (url, likelyCloud, suggestedHost) => {
    expect(checkEndpoint(url, 'logAnalytics')).toEqual({ host: new URL(url).hostname, owner: null, urlProblems: [], likelyCloud, suggestedHost });
  });

  it('names what is wrong with the URL itself', () => {
    expect(checkEndpoint('http://user:pw@api.loganalytics.io:8080', 'logAnalytics')?.urlProblems).toEqual([
      'it uses http, not https',
      "it names port 8080; Azure's APIs use the default https port",
      'it holds a user name or password',
    ]);
    expect(checkEndpoint('not a url', 'logAnalytics')).toBeNull();
  });

  it('suggests the right service host when the host is another service of the cloud', () => {
    expect(checkEndpoint('https://management.azure.com', 'logAnalytics')?.suggestedHost).toBe('api.loganalytics.io');
  });
});

describe('endpointEvidence', () => {
  it('ok for a host of the selected cloud and service, a problem otherwise', () => {
    expect(endpointEvidence('https://api.loganalytics.us', 'AzureUSGovernment', 'logAnalytics', false)).toEqual({
      label: 'Log Analytics endpoint',
      value: 'api.loganalytics.us (Azure US Government)',
      status: 'ok',
    });
    expect(endpointEvidence('https://api.loganalytics.io', 'AzureChina', 'logAnalytics', false)).toEqual({
      label: 'Log Analytics endpoint',
      value: 'api.loganalytics.io belongs to Azure (public), but the console is set to Azure China (21Vianet)',
      status: 'problem',
    });
    expect(endpointEvidence('https://management.azure.com', 'AzurePublic', 'logAnalytics', false).value).toBe(
      "management.azure.com is the Azure Resource Manager host, not Log Analytics's",
    );
  });

  it('the local emulator is always ok', () => {
    expect(endpointEvidence('http://localhost:5180', 'AzurePublic', 'logAnalytics', true)).toEqual({
      label: 'Log Analytics endpoint',
      value: 'http://localhost:5180 (the local emulator)',
      status: 'ok',
    });
  });
});

describe('serviceHosts', () => {
  it('lists the main endpoint first and keeps ARM apart', () => {
    expect(serviceHosts('AzurePublic', 'logAnalytics')).toEqual(['api.loganalytics.io', 'api.loganalytics.azure.com']);
    expect(serviceHosts('AzureChina', 'resourceManager')).toEqual(['management.chinacloudapi.cn']);
  });
});
