import { describe, expect, it } from 'vitest';
import { CLOUDS } from './clouds';
import { decodeJwtPayload, describeExpiry, issuerCloudsOf, logAnalyticsAudience, logAnalyticsFitProblems, summarizeClaims } from './tokenClaims';

const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const TENANT = '72f988bf-0000-4000-8000-00000000d3e0';

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function jwt(claims: Record<string, unknown>): string {
  return `${base64Url('{"typ":"JWT","alg":"RS256"}')}.${base64Url(JSON.stringify(claims))}.c2lnbmF0dXJl`;
}

const readerClaims = {
  aud: 'https://api.loganalytics.io',
  iss: `https://sts.windows.net/${TENANT}/`,
  tid: TENANT,
  exp: NOW / 1000 + 42 * 60,
  nbf: NOW / 1000 - 60,
  scp: 'Data.Read',
  name: 'Riley Reader',
  upn: 'riley@contoso-demo.onmicrosoft.com',
};

describe('decodeJwtPayload', () => {
  it('reads the claims of a compact JWT, with or without "Bearer " and white space', () => {
    const token = jwt(readerClaims);
    expect(decodeJwtPayload(token)).toEqual({ ok: true, claims: readerClaims });
    expect(decodeJwtPayload(`  Bearer ${token}\n`)).toEqual({ ok: true, claims: readerClaims });
  });

  it('decodes UTF-8 names and base64url characters', () => {
    const claims = { name: 'Zoë Ünal ☃', aud: '??>>' };
    expect(decodeJwtPayload(jwt(claims))).toEqual({ ok: true, claims });
  });

  it.each([
    ['', 'No token was given.'],
    ['abc.def', 'A JWT has three parts separated by dots (header.payload.signature); this text has 2.'],
    ['a.b.c.d.e', 'This is an encrypted token (JWE, five parts); its claims cannot be read, and Log Analytics does not accept it.'],
    ['eyJ0.ab cd.sig', 'The token holds characters that are not base64url; it may have been cut or wrapped when copied.'],
    [`eyJ0.${base64Url('not json')}.sig`, 'The token payload is not JSON; it may have been cut when copied.'],
    [`eyJ0.${base64Url('[1,2]')}.sig`, 'The token payload is not a JSON object of claims.'],
    ['eyJ0._-8.sig', 'The token payload is not valid UTF-8 text.'],
  ])('refuses %j with a clear message', (text, error) => {
    expect(decodeJwtPayload(text)).toEqual({ ok: false, error });
  });

  it('never repeats the token text in its error', () => {
    const secretLooking = 'eyJhbGciOi.SECRET-PART!.sig';
    const result = decodeJwtPayload(secretLooking);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).not.toContain('SECRET');
  });
});

describe('summarizeClaims', () => {
  it('summarizes a delegated Log Analytics token', () => {
    expect(summarizeClaims(readerClaims)).toEqual({
      audience: 'https://api.loganalytics.io',
      tenantId: TENANT,
      issuer: `https://sts.windows.net/${TENANT}/`,
      issuerClouds: ['AzurePublic', 'AzureUSGovernment'],
      expiresAt: NOW + 42 * 60_000,
      notBefore: NOW - 60_000,
      scopes: ['Data.Read'],
      roles: [],
      subjectName: 'Riley Reader',
      username: 'riley@contoso-demo.onmicrosoft.com',
    });
  });

  it('summarizes an app-only token: roles, the app id as the subject, no user name', () => {
    const summary = summarizeClaims({ aud: ['https://api.loganalytics.io'], roles: ['Data.Read', 7], appid: 'a11ce000-0000-4000-8000-0000000000a1' });
    expect(summary.audience).toBe('https://api.loganalytics.io');
    expect(summary.roles).toEqual(['Data.Read']);
    expect(summary.scopes).toEqual([]);
    expect(summary.subjectName).toBe('a11ce000-0000-4000-8000-0000000000a1');
    expect(summary.username).toBeNull();
    expect(summary.expiresAt).toBeNull();
    expect(summary.issuerClouds).toEqual([]);
  });
});

describe('issuerCloudsOf', () => {
  it.each([
    [`https://sts.windows.net/${TENANT}/`, ['AzurePublic', 'AzureUSGovernment']],
    [`https://login.microsoftonline.com/${TENANT}/v2.0`, ['AzurePublic']],
    [`https://login.microsoftonline.us/${TENANT}/`, ['AzureUSGovernment']],
    [`https://sts.chinacloudapi.cn/${TENANT}/`, ['AzureChina']],
    ['https://idp.example.com/', []],
    ['not a url', []],
  ])('%s → %j', (issuer, clouds) => {
    expect(issuerCloudsOf(issuer)).toEqual(clouds);
  });
});

describe('describeExpiry', () => {
  it.each([
    [42 * 60_000, 'expires in 42 min'],
    [41 * 60_000 + 1, 'expires in 42 min'],
    [30_000, 'expires in less than a minute'],
    [65 * 60_000, 'expires in 65 min'],
    [125 * 60_000, 'expires in 2 h 5 min'],
    [180 * 60_000, 'expires in 3 h'],
    [3 * 24 * 60 * 60_000, 'expires in 3 d'],
    [0, 'expired less than a minute ago'],
    [-3 * 60_000 - 59_000, 'expired 3 min ago'],
    [-50 * 60 * 60_000, 'expired 2 d ago'],
  ])('%d ms left → %s', (remaining, text) => {
    expect(describeExpiry(NOW + remaining, NOW)).toBe(text);
  });
});

describe('logAnalyticsFitProblems', () => {
  it('finds nothing wrong with a current public-cloud Log Analytics token', () => {
    expect(logAnalyticsFitProblems(summarizeClaims(readerClaims), CLOUDS.AzurePublic, NOW)).toEqual([]);
  });

  it('accepts the audience with a trailing slash', () => {
    const summary = summarizeClaims({ ...readerClaims, aud: 'https://api.loganalytics.io/' });
    expect(logAnalyticsFitProblems(summary, CLOUDS.AzurePublic, NOW)).toEqual([]);
  });

  it('names an ARM token for what it is', () => {
    const summary = summarizeClaims({ ...readerClaims, aud: 'https://management.azure.com/' });
    expect(logAnalyticsFitProblems(summary, CLOUDS.AzurePublic, NOW)).toEqual([
      {
        kind: 'audience',
        message: 'This token is for Azure Resource Manager (https://management.azure.com/), not Log Analytics. Ask for one with --resource https://api.loganalytics.io.',
      },
    ]);
  });

  it('warns when the audience belongs to another cloud and the issuer too', () => {
    const summary = summarizeClaims({ ...readerClaims, aud: 'https://api.loganalytics.azure.cn', iss: `https://sts.chinacloudapi.cn/${TENANT}/` });
    expect(logAnalyticsFitProblems(summary, CLOUDS.AzurePublic, NOW)).toEqual([
      {
        kind: 'audience',
        message: "The token's audience is https://api.loganalytics.azure.cn, but Log Analytics in Azure (public) accepts only https://api.loganalytics.io. Ask for one with --resource https://api.loganalytics.io.",
      },
      {
        kind: 'cloud',
        message: 'The token was issued by the Azure China (21Vianet) token service, but the console is set to Azure (public); change the cloud in Settings or get a token from that cloud.',
      },
    ]);
  });

  it('reports expiry, a future nbf, a missing audience and missing permissions', () => {
    const summary = summarizeClaims({ tid: TENANT, exp: NOW / 1000 - 600, nbf: NOW / 1000 + 3600 });
    expect(logAnalyticsFitProblems(summary, CLOUDS.AzureUSGovernment, NOW).map((problem) => problem.kind)).toEqual([
      'audience',
      'expired',
      'not-yet-valid',
      'no-permission',
    ]);
    expect(logAnalyticsFitProblems(summary, CLOUDS.AzureUSGovernment, NOW)[1]?.message).toBe('The token expired 10 min ago; get a new one.');
  });

  it('tolerates five minutes of clock skew on nbf', () => {
    const summary = summarizeClaims({ ...readerClaims, nbf: NOW / 1000 + 240 });
    expect(logAnalyticsFitProblems(summary, CLOUDS.AzurePublic, NOW)).toEqual([]);
  });
});

describe('logAnalyticsAudience', () => {
  it('is the scope without /.default, per cloud', () => {
    expect(logAnalyticsAudience(CLOUDS.AzurePublic)).toBe('https://api.loganalytics.io');
    expect(logAnalyticsAudience(CLOUDS.AzureUSGovernment)).toBe('https://api.loganalytics.us');
    expect(logAnalyticsAudience(CLOUDS.AzureChina)).toBe('https://api.loganalytics.azure.cn');
  });
});
