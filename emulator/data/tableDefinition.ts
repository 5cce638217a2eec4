// How a sample table declares its schema: a compact "Name:type" list whose names become literal types, so a
// generator can only write columns its table really has.
import type { ColumnSchema, KustoType } from '../engine/api.ts';
import type { NamedColumn } from './tableBuilder.ts';

export interface TableDefinition {
  name: string;
  description: string;
  columns: ColumnSchema[];
}

type ColumnSpec = `${string}:${KustoType}`;
type ColumnName<Spec> = Spec extends `${infer Name}:${KustoType}` ? Name : never;

const KUSTO_TYPES: readonly string[] = ['bool', 'datetime', 'dynamic', 'int', 'long', 'real', 'string', 'guid', 'decimal', 'timespan'];

export function columns<const Specs extends readonly ColumnSpec[]>(...specs: Specs): NamedColumn<ColumnName<Specs[number]>>[] {
  return specs.map((spec) => {
    const separator = spec.lastIndexOf(':');
    const type = spec.slice(separator + 1);
    if (!KUSTO_TYPES.includes(type)) throw new Error(`Unknown column type in "${spec}"`);
    return { name: spec.slice(0, separator) as ColumnName<Specs[number]>, type: type as KustoType };
  });
}

export function defineTable(name: string, description: string, schema: readonly NamedColumn<string>[]): TableDefinition {
  const names = new Set(schema.map((column) => column.name));
  if (names.size !== schema.length) throw new Error(`${name} declares a column twice`);
  return { name, description, columns: schema.map(({ name: columnName, type }) => ({ name: columnName, type })) };
}
