// evaluate: the bag_unpack plugin (every top-level slot of a property bag column becomes a column). Without an
// output schema the new columns come from the data: sorted by name, typed by their values (dynamic when the types
// differ), and a slot that collides with an input column fails, replaces it or is dropped (columnsConflict).
import type { Cell, ColumnSchema, DynamicValue, KustoType } from '../../api.ts';
import { scalarFrame } from '../../context.ts';
import { QueryRuntimeError, UnsupportedError, unsupported } from '../../errors.ts';
import { nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { Expression, SimpleNamedExpression } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { cellAt } from '../../model/vector.ts';
import { Relation } from '../../model/relation.ts';
import type { ColumnSource } from '../../model/relation.ts';
import { convertCell } from '../../scalar/functions/conversion.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import type { OperatorEnvironment, TabularOperator } from '../registry.ts';
import type { EvaluateOperator } from '../syntax.ts';

const POSITIONAL = ['Column', 'OutputColumnPrefix', 'columnsConflict', 'ignoredProperties'];

/** The plugin's arguments by parameter name, whether passed by position or as `name=value`. */
function argumentsByName(args: readonly Expression[], environment: OperatorEnvironment): Map<string, Expression> {
  const named = new Map<string, Expression>();
  args.forEach((arg, index) => {
    if (environment.context.language.kindName(arg) === 'SimpleNamedExpression') {
      const { Name, Expression } = arg as SimpleNamedExpression;
      named.set(Name.SimpleName, Expression);
    } else named.set(POSITIONAL[index] ?? String(index), arg);
  });
  return named;
}

function constant(expression: Expression | undefined, environment: OperatorEnvironment): Cell {
  if (expression === undefined) return null;
  return cellAt(evaluateScalar(expression, scalarFrame(environment.context, environment.scope)), 0);
}

function slotType(value: DynamicValue): KustoType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'real';
  return 'dynamic';
}

function isBag(value: Cell): value is { [key: string]: DynamicValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Slot names (sorted) and their types; null values do not count. */
function slotsOf(bags: readonly Cell[], ignored: ReadonlySet<string>): Map<string, KustoType> {
  const types = new Map<string, KustoType>();
  for (const bag of bags) {
    if (!isBag(bag)) continue;
    for (const [key, value] of Object.entries(bag)) {
      if (value === null || ignored.has(key)) continue;
      const type = slotType(value);
      const known = types.get(key);
      types.set(key, known === undefined || known === type ? type : 'dynamic');
    }
  }
  return new Map([...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function slotColumn(bags: readonly Cell[], key: string, type: KustoType): ColumnSource {
  return () => bags.map((bag) => convertCell(isBag(bag) ? (bag[key] ?? null) : null, 'dynamic', type));
}

const bagUnpack = (operator: EvaluateOperator, input: Relation, environment: OperatorEnvironment): Relation => {
  const args = argumentsByName(separatedElements(operator.FunctionCall.ArgumentList.Expressions), environment);
  const column = args.get('Column');
  if (column === undefined || environment.context.language.kindName(column) !== 'NameReference') return unsupported('expression', nodeText(operator.FunctionCall));
  const source = input.indexOf(column.ReferencedSymbol?.Name ?? nodeText(column));
  if (source < 0) return unsupported('expression', nodeText(operator.FunctionCall));
  const bags = input.column(source);
  const prefix = String(constant(args.get('OutputColumnPrefix'), environment) ?? '');
  const conflict = String(constant(args.get('columnsConflict'), environment) ?? 'error');
  const ignoredValue = constant(args.get('ignoredProperties'), environment);
  const ignored = new Set(Array.isArray(ignoredValue) ? ignoredValue.map(String) : []);
  const slots = [...slotsOf(bags, ignored)].map(([key, type]) => ({ key, name: `${prefix}${key}`, type }));
  if (operator.Schema !== null) {
    // The output schema is declared: columns are filled by name from the slots, or else from the input.
    const schema = tableSchemaOf(operator);
    const sources = schema.map((output) => {
      const slot = slots.find((candidate) => candidate.name === output.name);
      if (slot !== undefined) return slotColumn(bags, slot.key, output.type);
      const index = input.indexOf(output.name);
      return index < 0 ? () => new Array<Cell>(input.rowCount).fill(output.type === 'string' ? '' : null) : input.source(index);
    });
    return new Relation(schema, input.rowCount, sources);
  }
  const columns: ColumnSchema[] = [];
  const sources: ColumnSource[] = [];
  input.columns.forEach((existing, index) => {
    if (index === source) return;
    const slot = slots.find((candidate) => candidate.name === existing.name);
    if (slot !== undefined && conflict === 'error') {
      throw new QueryRuntimeError(`bag_unpack: the slot '${slot.name}' collides with an existing column; use columnsConflict.`);
    }
    const replace = slot !== undefined && conflict === 'replace_source';
    columns.push(replace ? { name: slot.name, type: slot.type } : existing);
    sources.push(replace ? slotColumn(bags, slot.key, slot.type) : input.source(index));
  });
  for (const slot of slots) {
    if (columns.some((existing) => existing.name === slot.name)) continue;
    columns.push({ name: slot.name, type: slot.type });
    sources.push(slotColumn(bags, slot.key, slot.type));
  }
  return new Relation(columns, input.rowCount, sources);
};

const evaluate: TabularOperator = (node, input, environment) => {
  const operator = node as EvaluateOperator;
  const name = operator.FunctionCall.Name.SimpleName;
  if (name !== 'bag_unpack') throw new UnsupportedError(`evaluate ${name}`, `the '${name}' plugin of evaluate`);
  return bagUnpack(operator, input, environment);
};

export const PLUGIN_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  EvaluateOperator: evaluate,
};
