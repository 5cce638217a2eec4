import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from './suggestions';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['Heartbeats', 'Heartbeat', 1],
    ['Hearbteat', 'Heartbeat', 1],
    ['kitten', 'sitting', 3],
    ['SigninLogs', 'SignInLogs', 1],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe('closestNames', () => {
  const tables = ['AADNonInteractiveUserSignInLogs', 'AuditLogs', 'Heartbeat', 'SigninLogs', 'SecurityAlert', 'SecurityEvent'];

  it('prefers a case-only difference, then the fewest edits', () => {
    expect(closestNames('signinlogs', tables)).toEqual(['SigninLogs']);
    expect(closestNames('SecurityAlerts', tables)).toEqual(['SecurityAlert', 'SecurityEvent']);
  });

  it('finds nothing for a name far from every candidate, and keeps short names strict', () => {
    expect(closestNames('CommonSecurityLog', tables)).toEqual([]);
    expect(closestNames('Id', ['ID', 'Ip', 'Type'])).toEqual(['ID', 'Ip']);
  });

  it('leaves out the name itself and duplicates, and stops at the limit', () => {
    expect(closestNames('Heartbeat', ['Heartbeat', 'Heartbeats', 'Heartbeats', 'heartbeat'], 1)).toEqual(['heartbeat']);
  });
});
