import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../domain/clouds';
import { summarizeClaims } from '../domain/tokenClaims';
import { createPastedTokenConnection } from './pastedTokenConnection';

const summary = summarizeClaims({ aud: 'https://api.loganalytics.io', tid: 't-1', name: 'Riley Reader', upn: 'riley@contoso.com', scp: 'Data.Read' });

describe('pasted token connection', () => {
  it('hands out the pasted token, without a "Bearer " prefix, for Log Analytics only', async () => {
    const connection = createPastedTokenConnection('  Bearer eyJ.abc.def \n', summary, CLOUDS.AzurePublic);
    expect(await connection.getToken('logAnalytics')).toBe('eyJ.abc.def');
    await expect(connection.getToken('resourceManager')).rejects.toThrow(
      'A pasted Log Analytics token cannot list workspaces in Azure Resource Manager; enter the workspace ID instead.',
    );
    expect(connection.resourceManagerEndpoint).toBeNull();
    expect(connection.identity).toEqual({ mode: 'pastedToken', name: 'Riley Reader', username: 'riley@contoso.com', tenantId: 't-1' });
  });

  it('sends the token to the cloud\'s Log Analytics hosts, never to ARM or elsewhere', () => {
    const connection = createPastedTokenConnection('eyJ.abc.def', summary, CLOUDS.AzurePublic);
    expect(connection.logAnalyticsEndpoint).toBe('https://api.loganalytics.io');
    expect(connection.isTokenUrlAllowed('https://api.loganalytics.io/v1/workspaces/x/query')).toBe(true);
    expect(connection.isTokenUrlAllowed('https://api.loganalytics.azure.com/v1/workspaces/x/query')).toBe(true);
    expect(connection.isTokenUrlAllowed('https://management.azure.com/subscriptions')).toBe(false);
    expect(connection.isTokenUrlAllowed('https://api.loganalytics.us/v1/workspaces/x/query')).toBe(false);
    expect(connection.isTokenUrlAllowed('http://api.loganalytics.io/v1')).toBe(false);
  });
});
