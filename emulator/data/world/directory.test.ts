import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../../config.ts';
import { SeededRandom } from '../random.ts';
import { asciiFold, buildDirectory } from './directory.ts';

describe('asciiFold', () => {
  it('folds names the way UPNs spell them', () => {
    expect(asciiFold('Łukasz')).toBe('lukasz');
    expect(asciiFold('Wiśniewski')).toBe('wisniewski');
    expect(asciiFold('Søren Ødegaard')).toBe('sorenodegaard');
    expect(asciiFold("O'Brien")).toBe('obrien');
    expect(asciiFold('Đorđević')).toBe('dordevic');
    expect(asciiFold('Şahin')).toBe('sahin');
    expect(asciiFold('Nguyễn')).toBe('nguyen');
  });
});

describe('buildDirectory', () => {
  const users = buildDirectory(new SeededRandom(5), 2500);

  it('builds the asked number of users with unique UPNs and object ids', () => {
    expect(users.length).toBe(2500);
    expect(new Set(users.map((user) => user.userPrincipalName)).size).toBe(2500);
    expect(new Set(users.map((user) => user.objectId)).size).toBe(2500);
  });

  it('puts the demo personas of the tenant first', () => {
    const inTenant = PERSONAS.filter((persona) => persona.tenantId === PERSONAS[0]?.tenantId);
    expect(users.slice(0, inTenant.length).map((user) => [user.userPrincipalName, user.objectId, user.displayName])).toEqual(
      inTenant.map((persona) => [persona.upn, persona.objectId, persona.displayName]),
    );
  });

  it('writes guests in the #EXT# form and keeps names in their own scripts', () => {
    const guests = users.filter((user) => user.userType === 'Guest');
    expect(guests.length).toBeGreaterThan(30);
    for (const guest of guests) expect(guest.userPrincipalName).toMatch(/^[a-z0-9.]+_[a-z-]+\.com#EXT#@contoso-demo\.onmicrosoft\.com$/);
    expect(users.find((user) => user.displayName === '田中 陽翔')?.userPrincipalName).toBe('haruto.tanaka@contoso-demo.onmicrosoft.com');
    expect(users.every((user) => /^[a-z0-9._#@A-Z-]+$/.test(user.userPrincipalName))).toBe(true);
  });
});
