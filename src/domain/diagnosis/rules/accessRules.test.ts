import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { EMULATOR, failed, failureFromBody, OTHER_TENANT, readerClaims, TENANT, WORKSPACE } from '../testing/fixtures';

const insufficient = failureFromBody(403, EMULATOR.insufficientAccess);

describe('403 InsufficientAccessError', () => {
  it('names the account and the role to assign, and that new roles take up to an hour', () => {
    const result = diagnose(failed(insufficient));
    expect(result.id).toBe('insufficient-access');
    expect(result.summary).toBe(
      `The service accepted the sign-in but refused the query (403 InsufficientAccessError): riley@contoso-demo.onmicrosoft.com (object id 2a7e0000-0000-4000-8000-0000000f00d1) may not read workspace ${WORKSPACE}.`,
    );
    expect(result.fixSteps[0]).toBe(
      'Ask an owner of the workspace to assign the Log Analytics Reader role to riley@contoso-demo.onmicrosoft.com (object id 2a7e0000-0000-4000-8000-0000000f00d1) on the workspace (Access control (IAM) → Add role assignment).',
    );
    expect(result.fixSteps[1]).toBe('New role assignments can take up to an hour to take effect; sign in again afterwards so the console gets a fresh token.');
    expect(result.evidence).toContainEqual({ label: 'Permissions', value: 'scp Data.Read', status: 'ok' });
    expect(result.evidence).toContainEqual({ label: 'Token tenant (tid)', value: `${TENANT} (the configured tenant)`, status: 'ok' });
  });

  it('blames the missing Data.Read permission when the token carries none', () => {
    const result = diagnose(failed(insufficient, { claims: readerClaims({ scp: 'user_impersonation' }) }));
    expect(result.id).toBe('insufficient-access');
    expect(result.likelyCause).toMatch(/^The token grants no Data.Read permission/);
    expect(result.evidence).toContainEqual({ label: 'Permissions', value: 'scp user_impersonation; Log Analytics needs Data.Read', status: 'problem' });
  });

  it("a token of another tenant than the workspace's is told apart by tid", () => {
    const result = diagnose(failed(insufficient, { claims: readerClaims({ tid: OTHER_TENANT }), context: { workspaceTenantId: TENANT } }));
    expect(result.id).toBe('workspace-other-tenant');
    expect(result.evidence).toContainEqual({ label: 'Token tenant (tid)', value: `${OTHER_TENANT}; the workspace belongs to tenant ${TENANT}`, status: 'problem' });
    expect(result.actions[0]).toEqual({ id: 'openSettings', label: 'Open tenant settings', setting: 'tenantId' });
  });

  it('a bare 403 without a code is an access problem when the claims look right', () => {
    const bare = { ...insufficient, code: 'HTTP403', message: 'The service answered HTTP 403 without a readable error body.' };
    expect(diagnose(failed(bare)).id).toBe('insufficient-access');
  });
});

describe('403 AuthorizationFailed (ARM)', () => {
  it('names the denied action and scope, and that a workspace id can be entered directly', () => {
    const result = diagnose(
      failed(failureFromBody(403, EMULATOR.armAuthorizationFailed), {
        context: { service: 'resourceManager', endpoint: 'https://management.azure.com' },
        claims: readerClaims({ aud: 'https://management.azure.com/', scp: 'user_impersonation' }),
      }),
    );
    expect(result.id).toBe('arm-authorization-failed');
    expect(result.summary).toBe('Azure Resource Manager refused to list the workspaces of /subscriptions/3f1c0000-0000-4000-8000-0000000005b1 (403 AuthorizationFailed).');
    expect(result.evidence[0]).toEqual({ label: 'Denied action', value: 'Microsoft.OperationalInsights/workspaces/read', status: 'problem' });
    expect(result.fixSteps[0]).toMatch(/^If you know the Workspace ID/);
  });
});
