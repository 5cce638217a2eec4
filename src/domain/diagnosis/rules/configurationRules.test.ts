import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { CLIENT_ID, failed, plainFailure } from '../testing/fixtures';

const notConfigured = plainFailure('configuration', 'MissingConfiguration', 'The console is not configured.');

describe('missing configuration', () => {
  it('lists what is missing and opens the first setting', () => {
    const result = diagnose(failed(notConfigured, { claims: null, context: { clientId: null, tenantId: '', workspaceId: null, connectionMode: null } }));
    expect(result.id).toBe('missing-configuration');
    expect(result.summary).toBe('The request was not sent: Client ID, Tenant ID and Workspace ID are missing or invalid.');
    expect(result.evidence).toEqual([
      { label: 'Client ID', value: 'not set', status: 'problem' },
      { label: 'Tenant ID', value: 'not set', status: 'problem' },
      { label: 'Workspace ID', value: 'not set', status: 'problem' },
    ]);
    expect(result.actions[0]).toEqual({ id: 'openSettings', label: 'Open Settings', setting: 'clientId' });
    expect(result.fixSteps).toHaveLength(4);
  });

  it('a client id that is not a GUID is invalid; the rest is fine', () => {
    const result = diagnose(failed(notConfigured, { context: { clientId: 'kql-console' } }));
    expect(result.summary).toBe('The request was not sent: Client ID is missing or invalid.');
    expect(result.evidence[0]).toEqual({ label: 'Client ID', value: '"kql-console" is not a GUID', status: 'problem' });
    expect(result.evidence[1]).toEqual({ label: 'Tenant ID', value: '72f988bf-0000-4000-8000-00000000d3e0', status: 'ok' });
  });

  it('a pasted-token connection without a token asks for one (client id and tenant do not apply)', () => {
    const result = diagnose(failed(notConfigured, { claims: null, context: { connectionMode: 'pastedToken', clientId: CLIENT_ID } }));
    expect(result.evidence.map((entry) => entry.label)).toEqual(['Access token', 'Workspace ID']);
    expect(result.actions).toContainEqual({ id: 'signInAgain', label: 'Paste a token' });
  });
});

describe('blocked host', () => {
  const blocked = (host: string) => plainFailure('blocked-host', 'TokenHostNotAllowed', `The console does not send tokens to ${host}: it is not one of the selected cloud's hosts.`);

  it('a host of another cloud: switch to it', () => {
    const result = diagnose(failed(blocked('api.loganalytics.azure.cn'), { context: { endpoint: 'https://api.loganalytics.azure.cn' } }));
    expect(result.id).toBe('blocked-host');
    expect(result.likelyCause).toBe(
      "api.loganalytics.azure.cn belongs to Azure China (21Vianet), but the console is set to Azure (public); a token is only ever sent to the selected cloud's hosts.",
    );
    expect(result.actions).toEqual([{ id: 'switchCloud', label: 'Switch to Azure China (21Vianet)', cloud: 'AzureChina' }]);
    expect(result.evidence[1]).toEqual({ label: 'Allowed hosts', value: 'api.loganalytics.io, api.loganalytics.azure.com', status: 'unknown' });
  });

  it('a host of no cloud, with the one probably meant', () => {
    const result = diagnose(failed(blocked('api.loganalytics.azure.us'), { context: { cloud: 'AzureUSGovernment', endpoint: 'https://api.loganalytics.azure.us' } }));
    expect(result.likelyCause).toMatch(/^api\.loganalytics\.azure\.us is not a host of any Azure cloud \(did you mean api\.loganalytics\.us\?\)/);
  });

  it('the right host over http or another port is refused for the URL itself', () => {
    const result = diagnose(failed(blocked('api.loganalytics.io:8443'), { context: { endpoint: 'http://api.loganalytics.io:8443' } }));
    expect(result.likelyCause).toBe(
      "The URL itself is refused: it uses http, not https; it names port 8443; Azure's APIs use the default https port. Tokens go only over https to the default port.",
    );
  });
});
