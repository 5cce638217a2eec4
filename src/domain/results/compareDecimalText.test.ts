import { describe, expect, it } from 'vitest';
import { compareDecimalText, isDecimalText } from './compareDecimalText';

describe('compareDecimalText', () => {
  it.each([
    ['0.1', '0.10', 0],
    ['-0', '0', 0],
    ['007', '7', 0],
    ['1', '1.0000000000000000000000000001', -1],
    ['79228162514264337593543950335', '79228162514264337593543950334', 1],
    ['-2', '-10', 1],
    ['-0.5', '0.1', -1],
    ['10', '9.99', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(Math.sign(compareDecimalText(a, b))).toBe(expected);
    expect(Math.sign(compareDecimalText(b, a))).toBe(-expected || 0);
  });

  it.each([
    ['0.10101', true],
    ['-12', true],
    ['1e5', false],
    ['.5', false],
    ['', false],
    ['NaN', false],
  ])('%j is decimal text: %s', (text, expected) => {
    expect(isDecimalText(text)).toBe(expected);
  });
});
