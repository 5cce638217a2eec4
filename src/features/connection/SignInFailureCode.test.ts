import { describe, expect, it } from 'vitest';
import { parseAadstsCode } from './SignInFailureCode';

describe('parseAadstsCode', () => {
  it.each([
    ['AADSTS50011', 50011],
    [' aadsts 700016 ', 700016],
    ['AADSTS90002:', 90002],
    ['9002326', 9002326],
  ])('reads %s as %i', (text, code) => {
    expect(parseAadstsCode(text)).toBe(code);
  });

  it.each(['', 'AADSTS', 'redirect uri', '50011 and 65001', 'AADSTS12'])('refuses "%s"', (text) => {
    expect(parseAadstsCode(text)).toBeNull();
  });
});
