// abs, round, ceiling, sqrt, pow, log, log10, log2, exp, exp2, exp10, sign, pi, min_of, max_of, isnan, isinf,
// isfinite (bin/floor live with the datetime functions).
import type { Cell } from '../../api.ts';
import { compareCells, normalizeLong } from '../../model/cells.ts';
import { map1, map2, mapN, scalarVector } from '../../model/vector.ts';
import type { ScalarFunction } from '../registry.ts';

function realFunction(fn: (value: number) => number): ScalarFunction {
  return ([value], site) => map1(value!.vector, site.rowCount, (cell) => (cell === null ? null : fn(Number(cell))));
}

/** Rounds half away from zero, as .NET's Math.Round(x, MidpointRounding.AwayFromZero) which Kusto uses. */
function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(scaled + Number.EPSILON * scaled) / factor;
  return value < 0 ? -rounded : rounded;
}

const round: ScalarFunction = (args, site) =>
  mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    ([value, digits]) => {
      if (value === null) return null;
      const rounded = roundTo(Number(value), Number(digits ?? 0));
      return site.resultType === 'real' ? rounded : normalizeLong(BigInt(rounded));
    },
  );

const abs: ScalarFunction = ([value], site) =>
  map1(value!.vector, site.rowCount, (cell: Cell) => {
    if (cell === null) return null;
    if (typeof cell === 'bigint') return normalizeLong(cell < 0n ? -cell : cell);
    return Math.abs(cell as number);
  });

/** min_of / max_of: the extreme of the non-null arguments; null when all are null. */
function extremeOf(sign: 1 | -1): ScalarFunction {
  return (args, site) =>
    mapN(
      args.map((arg) => arg.vector),
      site.rowCount,
      (values) => {
        let best: Cell = null;
        for (const value of values) if (value !== null && (best === null || compareCells(value, best) * sign > 0)) best = value;
        return best;
      },
    );
}

export const MATH_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  abs,
  round,
  ceiling: realFunction(Math.ceil),
  sqrt: realFunction(Math.sqrt),
  log: realFunction(Math.log),
  log10: realFunction(Math.log10),
  log2: realFunction(Math.log2),
  exp: realFunction(Math.exp),
  exp2: realFunction((value) => 2 ** value),
  exp10: realFunction((value) => 10 ** value),
  sign: realFunction(Math.sign),
  pi: () => scalarVector(Math.PI),
  min_of: extremeOf(-1),
  max_of: extremeOf(1),
  isinf: ([value], site) => map1(value!.vector, site.rowCount, (cell) => cell === Infinity || cell === -Infinity),
  pow: ([base, exponent], site) =>
    map2(base!.vector, exponent!.vector, site.rowCount, (a, b) => (a === null || b === null ? null : Number(a) ** Number(b))),
  isnan: ([value], site) => map1(value!.vector, site.rowCount, (cell) => typeof cell === 'number' && Number.isNaN(cell)),
  isfinite: ([value], site) => map1(value!.vector, site.rowCount, (cell) => typeof cell === 'number' && Number.isFinite(cell)),
};
