// Column and parameter types as the metadata API writes them → the ten Kusto scalar types. The API documents the
// short names (logsColumnType), but older answers and `getschema`-derived schemas use .NET names or type aliases.
import { KUSTO_TYPES, type KustoType } from '../results/model';

const ALIASES: Readonly<Record<string, KustoType>> = {
  boolean: 'bool',
  date: 'datetime',
  double: 'real',
  float: 'real',
  int32: 'int',
  int64: 'long',
  time: 'timespan',
  uniqueid: 'guid',
  object: 'dynamic',
  'system.boolean': 'bool',
  'system.sbyte': 'bool',
  'system.datetime': 'datetime',
  'system.object': 'dynamic',
  'system.int32': 'int',
  'system.int64': 'long',
  'system.double': 'real',
  'system.single': 'real',
  'system.string': 'string',
  'system.guid': 'guid',
  'system.data.sqltypes.sqldecimal': 'decimal',
  'system.timespan': 'timespan',
  'newtonsoft.json.linq.jarray': 'dynamic',
  'newtonsoft.json.linq.jobject': 'dynamic',
  'newtonsoft.json.linq.jtoken': 'dynamic',
};

/**
 * The Kusto type for `raw`. An unknown name becomes `dynamic`, the one type the language accepts everywhere, so a
 * new service type never produces false errors in the editor.
 */
export function toKustoType(raw: string): KustoType {
  const name = raw.trim().toLowerCase();
  if ((KUSTO_TYPES as readonly string[]).includes(name)) return name as KustoType;
  return ALIASES[name] ?? 'dynamic';
}
