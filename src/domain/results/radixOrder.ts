// A stable LSD radix sort of row indexes by their Float64 keys. On 200,000 rows it is several times faster than
// TypedArray.sort with a comparator (millions of calls into JS), and being stable it needs no row-index tiebreak:
// rows are sorted by the last key first, and each later pass keeps the order of the rows it finds equal.

/**
 * The widest digit a pass sorts by. 14 bits sort the ranks of up to 16,384 distinct strings in one pass; measured on
 * 200,000 rows against 11, 12 and 16, it is as fast as any of them on every column kind.
 */
const MAX_DIGIT_BITS = 14;
const WORD_RANGE = 2 ** 32;

/**
 * Reorders `rows` in place so that their keys ascend, by `primary` and then by `secondary`; rows with equal keys keep
 * their order. Keys are doubles without NaN; -0 equals 0.
 */
export function radixSortRows(rows: Uint32Array, primary: Float64Array, secondary: Float64Array | null): void {
  const count = rows.length;
  let order: Uint32Array = rows;
  let spareOrder: Uint32Array = new Uint32Array(count);
  // Each word's values travel with the rows through its passes, so a pass reads them in order, not by row.
  let values = new Uint32Array(count);
  let spareValues = new Uint32Array(count);
  for (const word of [...(secondary ? sortWords(secondary, rows) : []), ...sortWords(primary, rows)]) {
    let used = 0;
    for (let position = 0; position < count; position++) {
      const value = word[order[position] as number] as number;
      values[position] = value;
      used |= value;
    }
    for (const { shift, starts } of digitStarts(values, used)) {
      const mask = starts.length - 1;
      for (let position = 0; position < count; position++) {
        const value = values[position] as number;
        const target = (starts[(value >>> shift) & mask] as number)++;
        spareOrder[target] = order[position] as number;
        spareValues[target] = value;
      }
      [order, spareOrder] = [spareOrder, order];
      [values, spareValues] = [spareValues, values];
    }
  }
  if (order !== rows) rows.set(order);
}

/**
 * Unsigned 32-bit words, indexed by row, least significant first, whose order is the keys' order. Integer keys that
 * span less than 2^32 need one word, their distance from the smallest; any other keys need the two halves of their
 * bits. None when every key is the same.
 */
function sortWords(keys: Float64Array, rows: Uint32Array): Uint32Array[] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let integral = true;
  for (let position = 0; position < rows.length; position++) {
    const key = keys[rows[position] as number] as number;
    if (key < min) min = key;
    if (key > max) max = key;
    if (integral && !Number.isInteger(key)) integral = false;
  }
  if (rows.length === 0 || min === max) return [];
  if (integral && max - min < WORD_RANGE) {
    const offsets = new Uint32Array(keys.length);
    for (let position = 0; position < rows.length; position++) {
      const row = rows[position] as number;
      offsets[row] = (keys[row] as number) - min;
    }
    return [offsets];
  }
  return orderedBits(keys, rows);
}

/**
 * IEEE 754 bits compare like the numbers when the sign bit is flipped for positives and every bit for negatives.
 * Adding 0 makes -0 into 0 first, so the two stay equal.
 */
function orderedBits(keys: Float64Array, rows: Uint32Array): Uint32Array[] {
  const scratch = new Float64Array(1);
  const halves = new Uint32Array(scratch.buffer);
  const lowHalf = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 0 : 1;
  const low = new Uint32Array(keys.length);
  const high = new Uint32Array(keys.length);
  for (let position = 0; position < rows.length; position++) {
    const row = rows[position] as number;
    scratch[0] = (keys[row] as number) + 0;
    const lowBits = halves[lowHalf] as number;
    const highBits = halves[1 - lowHalf] as number;
    const negative = highBits >>> 31 === 1;
    low[row] = negative ? ~lowBits : lowBits;
    high[row] = negative ? ~highBits : highBits | 0x8000_0000;
  }
  return [low, high];
}

/**
 * The passes that sort by one word: digits of equal width up to its highest set bit (`used`), each with where every
 * digit value's rows start. Counted in one read of the values; a digit that is the same in every row needs no pass.
 */
function digitStarts(values: Uint32Array, used: number): { shift: number; starts: Uint32Array }[] {
  const width = 32 - Math.clz32(used);
  const passes = Math.ceil(width / MAX_DIGIT_BITS);
  const bits = Math.ceil(width / passes);
  const mask = (1 << bits) - 1;
  const size = mask + 1;
  const counts = new Uint32Array(passes * size);
  for (let position = 0; position < values.length; position++) {
    const value = values[position] as number;
    for (let pass = 0; pass < passes; pass++) (counts[pass * size + ((value >>> (pass * bits)) & mask)] as number)++;
  }
  const perPass = Array.from({ length: passes }, (_, pass) => counts.subarray(pass * size, (pass + 1) * size));
  return perPass.flatMap((starts, pass) => {
    if (starts.includes(values.length)) return [];
    let start = 0;
    for (let digit = 0; digit <= mask; digit++) {
      const digitCount = starts[digit] as number;
      starts[digit] = start;
      start += digitCount;
    }
    return [{ shift: pass * bits, starts }];
  });
}
