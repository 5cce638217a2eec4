import { describe, expect, it } from 'vitest';
import { grantedScope, resolveScopes } from './resources.ts';

describe('scope resolution', () => {
  it('maps the Log Analytics .default scope to its v1 audience and Data.Read', () => {
    const resolution = resolveScopes(['https://api.loganalytics.io/.default', 'openid', 'profile', 'offline_access']);
    expect(resolution).toEqual({
      kind: 'resource',
      requested: {
        resource: { identifier: 'https://api.loganalytics.io', audience: 'https://api.loganalytics.io', delegatedPermission: 'Data.Read', appRoles: ['Data.Read'] },
        permissions: ['.default'],
      },
    });
    if (resolution.kind === 'resource') expect(grantedScope(resolution.requested)).toBe('https://api.loganalytics.io/Data.Read https://api.loganalytics.io/.default');
  });

  it('gives sovereign Log Analytics hosts their own audience and the new public host the old one', () => {
    const audience = (scope: string) => {
      const resolution = resolveScopes([scope]);
      return resolution.kind === 'resource' ? resolution.requested.resource.audience : resolution.kind;
    };
    expect(audience('https://api.loganalytics.us/.default')).toBe('https://api.loganalytics.us');
    expect(audience('https://api.loganalytics.azure.com/Data.Read')).toBe('https://api.loganalytics.io');
    expect(audience('https://management.azure.com/user_impersonation')).toBe('https://management.azure.com/');
    expect(audience('https://management.core.windows.net//.default')).toBe('https://management.core.windows.net/');
  });

  it('falls back to Microsoft Graph for a plain sign-in and reports bad requests', () => {
    const plain = resolveScopes(['openid', 'profile']);
    expect(plain.kind === 'resource' && grantedScope(plain.requested)).toBe('https://graph.microsoft.com/User.Read');
    expect(resolveScopes(['https://example.com/.default'])).toEqual({ kind: 'unknown-resource', identifier: 'https://example.com' });
    expect(resolveScopes(['https://api.loganalytics.io/Data.Write'])).toEqual({ kind: 'invalid-scope', scope: 'https://api.loganalytics.io/Data.Write' });
    expect(resolveScopes(['https://api.loganalytics.io/.default', 'https://management.azure.com/.default'])).toEqual({ kind: 'several-resources' });
  });
});
