import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { EMULATOR, failed, failureFromBody, WORKSPACE } from '../testing/fixtures';

describe('404', () => {
  it('PathNotFoundError for a workspace name explains the GUID it needs', () => {
    const result = diagnose(failed(failureFromBody(404, EMULATOR.pathNotFound), { context: { workspaceId: 'contoso-security-logs' } }));
    expect(result.id).toBe('workspace-id-not-guid');
    expect(result.summary).toBe('"contoso-security-logs" is not a workspace ID, so the request path does not exist (404).');
    expect(result.evidence[0]).toEqual({
      label: 'Workspace ID',
      value: "\"contoso-security-logs\" is not a GUID: the API needs the Workspace ID from the workspace's Overview page, not its name or resource id",
      status: 'problem',
    });
  });

  it('WorkspaceNotFoundError for a GUID names the cloud and the other clouds it may live in', () => {
    const result = diagnose(failed(failureFromBody(404, EMULATOR.workspaceNotFound(WORKSPACE))));
    expect(result.id).toBe('workspace-not-found');
    expect(result.summary).toBe(`Azure (public)'s Log Analytics (api.loganalytics.io) has no workspace ${WORKSPACE}.`);
    expect(result.evidence[0]).toEqual({ label: 'Workspace ID', value: `${WORKSPACE} (a GUID, as the API needs)`, status: 'ok' });
    expect(result.likelyCause).toContain('or it lives in another cloud (Azure US Government or Azure China (21Vianet))');
    expect(result.actions).toEqual([{ id: 'checkConnection', label: 'Check connection' }, { id: 'openSettings', label: 'Choose the cloud', setting: 'cloud' }]);
  });

  it('a bare 404 is told apart by the workspace id format too', () => {
    const bare = { ...failureFromBody(404, EMULATOR.pathNotFound), code: 'HTTP404' };
    expect(diagnose(failed(bare, { context: { workspaceId: 'my-workspace' } })).id).toBe('workspace-id-not-guid');
    expect(diagnose(failed(bare)).id).toBe('workspace-not-found');
  });
});
