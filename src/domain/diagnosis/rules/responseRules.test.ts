import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { failed, plainFailure } from '../testing/fixtures';

describe('answers that cannot be used', () => {
  it('a malformed or cut-off answer', () => {
    const result = diagnose(failed(plainFailure('malformed-response', 'MalformedResponse', 'The answer could not be read: Unexpected end of JSON input', { status: 200 })));
    expect(result.id).toBe('malformed-response');
    expect(result.summary).toBe('api.loganalytics.io answered, but not with a complete, readable result. The answer could not be read: Unexpected end of JSON input');
    expect(result.actions).toEqual([{ id: 'retry', label: 'Run again' }, { id: 'checkConnection', label: 'Check connection' }]);
  });

  it('503 with Retry-After waits that long', () => {
    const result = diagnose(failed(plainFailure('service', 'HTTP503', 'The service answered HTTP 503 without a readable error body.', { status: 503, retryAfterSeconds: 30 })));
    expect(result.id).toBe('service-unavailable');
    expect(result.evidence).toEqual([
      { label: 'HTTP status', value: '503', status: 'problem' },
      { label: 'Retry-After', value: '30 seconds', status: 'unknown' },
    ]);
    expect(result.actions).toEqual([{ id: 'retry', label: 'Run again', afterSeconds: 30 }]);
  });

  it('anything unknown still gets the facts and a way forward', () => {
    const result = diagnose(failed(plainFailure('service', 'Conflict', 'Something conflicted.', { status: 409 })));
    expect(result.id).toBe('unexpected-failure');
    expect(result.summary).toBe('The request failed: Something conflicted.');
    expect(result.facts.slice(0, 3)).toEqual([
      { label: 'Status', value: 'HTTP 409' },
      { label: 'Code', value: 'Conflict' },
      { label: 'Message', value: 'Something conflicted.' },
    ]);
  });
});
