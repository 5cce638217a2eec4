import { describe, expect, it } from 'vitest';
import { redactForCopy } from './copyDetails';
import { diagnose } from './diagnose';
import { context, EMULATOR, failed, failureFromBody, NOW, plainFailure, RECORDED } from './testing/fixtures';
import type { Diagnosis } from './types';

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

const JWT = `${base64Url('{"typ":"JWT","alg":"RS256"}')}.${base64Url('{"aud":"https://api.loganalytics.io","oid":"secret-owner"}')}.${base64Url('signature-bytes-that-are-long-enough')}`;
const REFRESH_TOKEN = `1.AXkA${'q'.repeat(150)}`;

describe('redactForCopy', () => {
  it('writes the panel as plain text: summary, facts, request, evidence, cause, numbered steps and docs', () => {
    const diagnosis = diagnose(failed(failureFromBody(400, RECORDED.syntax), { context: { queryText: 'completely invalid syntax' } }));
    const text = redactForCopy(diagnosis, { request: context({ queryText: 'completely invalid syntax' }), now: NOW });
    expect(text.split('\n').slice(0, 9)).toEqual([
      'The query has a syntax error [error] (syntax-error)',
      'The query could not be parsed at "invalid" (line 1, column 12).',
      '',
      'What happened',
      '  Status: HTTP 400',
      '  Code: BadArgumentError → SYN0002',
      "  Message: Query could not be parsed at 'invalid' on line [1,11]",
      '  Correlation ID: de20cdd3-8085-47e4-ae4e-1d8d56982bea',
      '  Cloud: Azure (public)',
    ]);
    expect(text).toContain('\nRequest\n  Time range: Last 24 hours (2026-11-21 12:00:00 → 2026-11-22 12:00:00 UTC)\n');
    expect(text).toContain('  Copied: 2026-11-22 12:00:00 UTC');
    expect(text).toContain('\nEvidence\n  [PROBLEM] Position: line 1, column 12\n');
    expect(text).toContain('\nHow to fix\n  1. Go to line 1, column 12 (the editor underlines it) and correct the text there or just before it.\n');
    expect(text).toContain('\nDocumentation\n  KQL tabular expression statements (operators and pipes): https://learn.microsoft.com/kusto/query/tabular-expression-statements\n');
    expect(text).not.toContain('\nQuery\n');
  });

  it('includes the query only when asked', () => {
    const diagnosis = diagnose(failed(failureFromBody(400, RECORDED.syntax)));
    const text = redactForCopy(diagnosis, { request: context({ queryText: 'SigninLogs\n| take 10' }), now: NOW, includeQuery: true });
    expect(text.endsWith('\nQuery\n  SigninLogs\n  | take 10')).toBe(true);
  });

  it('no token survives: JWTs, Bearer values, OAuth parameters and opaque tokens are redacted wherever they appear', () => {
    const leaky = plainFailure('auth', 'invalid_grant', `No access token could be obtained: Bearer ${JWT} was refused; refresh_token=${REFRESH_TOKEN}`);
    const diagnosis: Diagnosis = {
      ...diagnose(failed(failureFromBody(403, EMULATOR.insufficientAccess))),
      summary: `A token ${JWT} in the summary`,
      evidence: [{ label: 'Raw', value: `access_token: "${JWT}"`, status: 'unknown' }],
    };
    const request = context({ queryText: `print t = "${JWT}"\n// redirect#code=0.AQsAsecretcode&state=1`, endpoint: `https://api.loganalytics.io?access_token=${JWT}` });
    const texts = [
      redactForCopy(diagnosis, { request, now: NOW, includeQuery: true }),
      redactForCopy(diagnose(failed(leaky)), { request, now: NOW, includeQuery: true }),
    ];
    for (const text of texts) {
      expect(text).not.toContain('eyJ');
      expect(text).not.toContain(base64Url('signature-bytes-that-are-long-enough'));
      expect(text).not.toContain(REFRESH_TOKEN.slice(0, 40));
      expect(text).not.toContain('secretcode');
      expect(text).toContain('[redacted]');
    }
    expect(texts[0]).toContain('A token [redacted] in the summary');
    expect(texts[1]).toContain('Bearer [redacted] was refused; refresh_token=[redacted]');
  });
});
