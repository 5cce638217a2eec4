// make-series: rows grouped by the `by` keys and by the bin of the axis (bin_at(axis, step, from)); each
// aggregation becomes a dynamic array with one element per bin from `from` up to (not including) `to`, absent bins
// holding the default (0 unless `default=` says otherwise). The last column is the array of bin starts.
import type { Cell, DynamicValue, KustoType } from '../../api.ts';
import type { Grouping } from '../../aggregates/registry.ts';
import { rowFrame, scalarFrame } from '../../context.ts';
import { QueryRuntimeError, unsupported } from '../../errors.ts';
import { listItems, nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { Expression, SimpleNamedExpression } from '../../kusto/syntax.ts';
import { expressionType, tableSchemaOf } from '../../kusto/types.ts';
import { toDynamic } from '../../model/cells.ts';
import { gather, Relation } from '../../model/relation.ts';
import { cellAt, columnVector, materialize } from '../../model/vector.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import { formatDatetime, MIN_DATETIME_TICKS } from '../../values.ts';
import type { OperatorEnvironment, TabularOperator } from '../registry.ts';
import type { MakeSeriesFromToStepClause, MakeSeriesInRangeClause, MakeSeriesOperator } from '../syntax.ts';
import { assignGroups } from './grouping.ts';
import { groupAggregates } from './summarize.ts';

/** The service's arrays stop at 2^20 elements. */
const MAX_BINS = 1 << 20;

/** Axis arithmetic on exact ticks (datetime, timespan) or on numbers. */
interface Axis {
  readonly type: KustoType;
  /** The bin index of a value relative to `start`. */
  index(value: Cell, start: Cell): number;
  /** The start of the bin holding the value, aligned to the type's origin (bin(), not bin_at()). */
  floor(value: Cell): Cell;
  at(start: Cell, index: number): Cell;
  /** How many bins from `start` begin before `end`. */
  count(start: Cell, end: Cell): number;
}

function axisOf(type: KustoType, step: Cell): Axis {
  if (step === null || Number(step) <= 0) throw new QueryRuntimeError('make-series: the step must be positive.');
  if (type === 'datetime' || type === 'timespan') {
    const size = BigInt(step as bigint | number);
    const origin = type === 'datetime' ? MIN_DATETIME_TICKS : 0n;
    const floorDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? a / b : -((-a + b - 1n) / b));
    return {
      type,
      index: (value, start) => Number(floorDiv((value as bigint) - (start as bigint), size)),
      floor: (value) => floorDiv((value as bigint) - origin, size) * size + origin,
      at: (start, index) => (start as bigint) + BigInt(index) * size,
      count: (start, end) => Math.max(0, -Number(floorDiv((start as bigint) - (end as bigint), size))),
    };
  }
  const size = Number(step);
  return {
    type,
    index: (value, start) => Math.floor((Number(value) - Number(start)) / size),
    floor: (value) => Math.floor(Number(value) / size) * size,
    at: (start, index) => Number(start) + index * size,
    count: (start, end) => Math.max(0, Math.ceil((Number(end) - Number(start)) / size)),
  };
}

/** Axis values as the service writes them in a dynamic array: datetimes with seven fractional digits. */
function axisElement(value: Cell, type: KustoType): DynamicValue {
  if (type === 'datetime') {
    const text = formatDatetime(value as bigint).slice(0, -1);
    const [whole, fraction = ''] = text.split('.');
    return `${whole}.${fraction.padEnd(7, '0')}Z`;
  }
  return toDynamic(value, type);
}

function constant(expression: Expression | null | undefined, environment: OperatorEnvironment): Cell {
  if (expression === null || expression === undefined) return null;
  return cellAt(evaluateScalar(expression, scalarFrame(environment.context, environment.scope)), 0);
}

interface Range {
  readonly start: Cell;
  readonly bins: number;
}

/** The first bin and the number of bins, from the clause or, where it leaves them out, from the data. */
function seriesRange(operator: MakeSeriesOperator, axis: Axis, values: readonly Cell[], environment: OperatorEnvironment): Range | null {
  const { language } = environment.context;
  const present = values.filter((value) => value !== null);
  const lowest = present.reduce<Cell>((min, value) => (min === null || (value as number) < (min as number) ? value : min), null);
  const highest = present.reduce<Cell>((max, value) => (max === null || (value as number) > (max as number) ? value : max), null);
  let start: Cell;
  let bins: number;
  if (language.kindName(operator.RangeClause) === 'MakeSeriesInRangeClause') {
    // `in range(start, stop, step)`: bins aligned with bin(), stop included.
    const [from, to] = separatedElements((operator.RangeClause as MakeSeriesInRangeClause).Arguments.Expressions);
    start = axis.floor(constant(from, environment));
    const stop = constant(to, environment);
    if (start === null || stop === null) return null;
    bins = axis.index(stop, start) + 1;
  } else {
    // UNCERTAIN: without from/to the data's overall first and last bins bound every series alike.
    const clause = operator.RangeClause as MakeSeriesFromToStepClause;
    const from = constant(clause.MakeSeriesFromClause?.Expression, environment);
    start = from ?? (lowest === null ? null : axis.floor(lowest));
    if (start === null) return null;
    const to = constant(clause.MakeSeriesToClause?.Expression, environment);
    if (to !== null) bins = axis.count(start, to);
    else bins = highest === null ? 0 : axis.index(highest, start) + 1;
  }
  bins = Math.max(0, bins);
  if (bins > MAX_BINS) throw new QueryRuntimeError(`make-series: the series would have ${bins} elements, more than ${MAX_BINS}.`);
  return { start, bins };
}

function stepExpression(operator: MakeSeriesOperator, environment: OperatorEnvironment): Expression {
  if (environment.context.language.kindName(operator.RangeClause) === 'MakeSeriesInRangeClause') {
    return separatedElements((operator.RangeClause as MakeSeriesInRangeClause).Arguments.Expressions)[2] ?? unsupported('operator', nodeText(operator));
  }
  return (operator.RangeClause as MakeSeriesFromToStepClause).MakeSeriesStepClause.Expression;
}

function unnamed(expression: Expression, environment: OperatorEnvironment): Expression {
  return environment.context.language.kindName(expression) === 'SimpleNamedExpression' ? (expression as SimpleNamedExpression).Expression : expression;
}

const makeSeries: TabularOperator = (node, input, environment) => {
  const operator = node as MakeSeriesOperator;
  const nonEmpty = listItems(operator.Parameters).some((p) => p.Name.SimpleName.toLowerCase() === 'kind' && nodeText(p.Expression).toLowerCase() === 'nonempty');
  const schema = tableSchemaOf(operator);
  const frame = rowFrame(environment.context, environment.scope, input);
  const axisType = expressionType(operator.OnClause.Expression);
  const axis = axisOf(axisType, constant(stepExpression(operator, environment), environment));
  const axisValues = materialize(evaluateScalar(operator.OnClause.Expression, frame), input.rowCount);
  const range = seriesRange(operator, axis, axisValues, environment);
  // The rows inside the range, each with its bin.
  const kept: number[] = [];
  const binOf: number[] = [];
  axisValues.forEach((value, row) => {
    if (value === null || range === null) return;
    const bin = axis.index(value, range.start);
    if (bin < 0 || bin >= range.bins) return;
    kept.push(row);
    binOf.push(bin);
  });
  const rows = input.selectRows(Int32Array.from(kept));
  const rowsFrame = rowFrame(environment.context, environment.scope, rows);
  const byExpressions = operator.ByClause === null ? [] : separatedElements(operator.ByClause.Expressions).map((e) => unnamed(e, environment));
  const keys = byExpressions.map((expression) => evaluateScalar(expression, rowsFrame));
  const series = keys.length === 0 ? { groupOf: new Int32Array(rows.rowCount), groupCount: rows.rowCount > 0 || nonEmpty ? 1 : 0, firstRows: new Int32Array(1) } : assignGroups(keys, rows.rowCount);
  // Cells are aggregated per (series, bin).
  const cells = assignGroups([...keys, columnVector(binOf)], rows.rowCount);
  const grouping: Grouping = { groupOf: cells.groupOf, groupCount: cells.groupCount, rowCount: rows.rowCount };
  const cellSeries = Array.from(cells.firstRows, (row) => series.groupOf[row]!);
  const cellBins = Array.from(cells.firstRows, (row) => binOf[row]!);
  const bins = range?.bins ?? 0;
  const aggregateColumns = separatedElements(operator.Aggregates).map((aggregate) => {
    const expression = unnamed(aggregate.Expression, environment);
    const type = expressionType(expression);
    const fallback = aggregate.DefaultExpression === null ? 0 : constant(aggregate.DefaultExpression.Expression, environment);
    const values = groupAggregates(expression, rows, grouping, environment);
    const arrays: DynamicValue[][] = Array.from({ length: series.groupCount }, () => new Array<DynamicValue>(bins).fill(toDynamic(fallback, type)));
    values.forEach((value, cell) => (arrays[cellSeries[cell]!]![cellBins[cell]!] = toDynamic(value, type)));
    return arrays as Cell[];
  });
  const axisArray = range === null ? [] : Array.from({ length: bins }, (_, index) => axisElement(axis.at(range.start, index), axisType));
  const keyColumns = keys.map((key) => gather(materialize(key, rows.rowCount), series.firstRows));
  const columns = [...keyColumns, ...aggregateColumns, new Array<Cell>(series.groupCount).fill(axisArray)];
  if (columns.length !== schema.length) return unsupported('operator', nodeText(node));
  return Relation.fromData(schema, columns, series.groupCount);
};

export const MAKE_SERIES_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  MakeSeriesOperator: makeSeries,
};
