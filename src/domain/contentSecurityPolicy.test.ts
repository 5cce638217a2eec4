import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy';

function directive(policy: string, name: string): string[] {
  const found = policy.split('; ').find((entry) => entry.startsWith(`${name} `));
  return found ? found.split(' ').slice(1) : [];
}

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy();

  it('allows scripts from our origin only, never inline', () => {
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
  });

  it('lets the console reach exactly the sign-in and API hosts of every cloud', () => {
    expect(directive(policy, 'connect-src')).toEqual([
      "'self'",
      'https://login.microsoftonline.com',
      'https://login.microsoftonline.us',
      'https://login.chinacloudapi.cn',
      'https://login.partner.microsoftonline.cn',
      'https://api.loganalytics.io',
      'https://api.loganalytics.azure.com',
      'https://management.azure.com',
      'https://api.loganalytics.us',
      'https://management.usgovcloudapi.net',
      'https://api.loganalytics.azure.cn',
      'https://management.chinacloudapi.cn',
    ]);
    expect(directive(policy, 'connect-src')).not.toContain('https://api.loganalytics.azure.us');
  });

  it('frames only the sign-in hosts (MSAL silent renewal) and adds extra origins when asked', () => {
    expect(directive(policy, 'frame-src')).toContain('https://login.microsoftonline.com');
    expect(directive(policy, 'frame-src')).not.toContain('https://api.loganalytics.io');
    expect(directive(contentSecurityPolicy({ extraConnectOrigins: ['http://127.0.0.1:5178'] }), 'connect-src')).toContain('http://127.0.0.1:5178');
  });
});
