// Exact order of decimal text. Kusto's decimal has 28–29 significant digits, more than a double holds, so two
// decimals can differ where their doubles are equal; comparing the digits themselves never loses that difference.

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Whether the text is a plain decimal number as the service writes it (no exponent). */
export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text);
}

/** Both texts must satisfy isDecimalText. */
export function compareDecimalText(a: string, b: string): number {
  const [, signA = '', integerA = '', fractionA = ''] = DECIMAL_TEXT.exec(a) ?? [];
  const [, signB = '', integerB = '', fractionB = ''] = DECIMAL_TEXT.exec(b) ?? [];
  const magnitude = compareMagnitude(integerA, fractionA, integerB, fractionB);
  if (magnitude === 0) return 0;
  const negativeA = signA === '-';
  const negativeB = signB === '-';
  if (negativeA !== negativeB) return negativeA ? -1 : 1;
  return negativeA ? -magnitude : magnitude;
}

function compareMagnitude(integerA: string, fractionA: string, integerB: string, fractionB: string): number {
  const wholeA = integerA.replace(/^0+/, '');
  const wholeB = integerB.replace(/^0+/, '');
  if (wholeA.length !== wholeB.length) return wholeA.length - wholeB.length;
  const width = Math.max(fractionA.length, fractionB.length);
  const digitsA = wholeA + fractionA.padEnd(width, '0');
  const digitsB = wholeB + fractionB.padEnd(width, '0');
  return digitsA < digitsB ? -1 : digitsA > digitsB ? 1 : 0;
}
