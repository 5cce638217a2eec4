import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { CLIENT_ID, input, TENANT, WORKSPACE } from '../diagnosis/testing/fixtures';
import { checkConfiguration, type ConfigurationObservation } from './configuration';

const entra: ConfigurationObservation = { connectionMode: 'entra', clientId: CLIENT_ID, tenantId: TENANT, workspaceId: WORKSPACE };

describe('checkConfiguration', () => {
  it('passes an Entra sign-in with a client id, a tenant and a workspace GUID, and says what it checked', () => {
    expect(checkConfiguration(entra)).toEqual({
      status: 'passed',
      detail: `Signed in with Microsoft Entra ID (client ID ${CLIENT_ID}, tenant ${TENANT}); workspace ${WORKSPACE}.`,
    });
  });

  it('needs no client id for the local demo or a pasted token', () => {
    expect(checkConfiguration({ ...entra, connectionMode: 'demo', clientId: null })).toEqual({ status: 'passed', detail: `Signed in to the local demo; workspace ${WORKSPACE}.` });
    expect(checkConfiguration({ ...entra, connectionMode: 'pastedToken', clientId: null }).status).toBe('passed');
  });

  it('names everything missing, as a configuration failure the engine explains', () => {
    const verdict = checkConfiguration({ connectionMode: null, clientId: null, tenantId: 'organizations', workspaceId: null });
    expect(verdict.status).toBe('failed');
    if (verdict.status !== 'failed') return;
    expect(verdict.detail).toBe('Nobody is signed in. No workspace is chosen.');
    expect(verdict.failure.simulated).toBe(false);
    const diagnosis = diagnose(input(verdict.failure.outcome, { claims: null, context: { connectionMode: null, workspaceId: null } }));
    expect(diagnosis.id).toBe('missing-configuration');
    expect(diagnosis.evidence).toContainEqual({ label: 'Workspace ID', value: 'not set', status: 'problem' });
  });

  it('refuses a workspace name where a workspace id belongs, and a client id that is not a GUID', () => {
    const verdict = checkConfiguration({ ...entra, clientId: 'kql-console', workspaceId: 'contoso-sentinel-demo' });
    expect(verdict.status === 'failed' && verdict.detail).toBe('The client ID "kql-console" is not a GUID. "contoso-sentinel-demo" is not a workspace ID (a GUID).');
  });
});
