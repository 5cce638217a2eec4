import { describe, expect, it } from 'vitest';
import { joinWords, plainMessage, redactSecrets, sentence } from './text';

describe('redactSecrets', () => {
  it.each([
    ['token eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJ4In0.c2ln here', 'token [redacted] here'],
    ['Authorization: Bearer abc.def-ghi', 'Authorization: Bearer [redacted]'],
    ['{"access_token":"opaque-value","expires_in":3600}', '{"access_token":"[redacted]","expires_in":3600}'],
    ['client_secret=s3cr3t&scope=x', 'client_secret=[redacted]&scope=x'],
    ['https://app/redirect.html#code=0.AQsA-xyz&state=abc', 'https://app/redirect.html#code=[redacted]&state=abc'],
    [`refresh ${'A1b2'.repeat(40)} end`, 'refresh [redacted] end'],
  ])('%s', (text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it('leaves ordinary text alone: codes, GUIDs, URLs and WWW-Authenticate challenges', () => {
    const text = 'Code: InvalidTokenError; correlation de20cdd3-8085-47e4-ae4e-1d8d56982bea; https://login.microsoftonline.com/error?code=50011; Bearer authorization_uri="https://login.microsoftonline.com/"';
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('plainMessage', () => {
  it("drops Entra's trace lines and collapses white space", () => {
    expect(plainMessage('AADSTS50011: The redirect URI\n does not match.\r\nTrace ID: 1\r\nCorrelation ID: 2\r\nTimestamp: 3')).toBe('AADSTS50011: The redirect URI does not match.');
  });

  it('never echoes a JSON body', () => {
    expect(plainMessage(' {"error":{"code":"X"}}')).toBe('(a JSON body the console could not interpret; not shown)');
  });

  it('cuts very long text', () => {
    const result = plainMessage('word '.repeat(200));
    expect(result).toHaveLength(400);
    expect(result.endsWith('…')).toBe(true);
  });
});

describe('small text helpers', () => {
  it('joins words as prose and ends sentences once', () => {
    expect([joinWords([]), joinWords(['a']), joinWords(['a', 'b']), joinWords(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
    expect([sentence('Done'), sentence('Done.'), sentence('Why?')]).toEqual(['Done.', 'Done.', 'Why?']);
  });
});
