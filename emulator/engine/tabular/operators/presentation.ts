// render (the table passes through; the chart request travels beside it) and getschema.
import type { ColumnSchema, KustoType, RenderSpec } from '../../api.ts';
import { unsupported } from '../../errors.ts';
import { listItems, nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { GetSchemaOperator, NamedParameter, RenderOperator } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { Relation } from '../../model/relation.ts';
import type { OperatorEnvironment, TabularOperator } from '../registry.ts';

type RenderValue = RenderSpec['properties'][string];

/** A with-clause value: quoted text is unquoted, true/false become booleans, a list becomes names. */
function renderValue(parameter: NamedParameter, environment: OperatorEnvironment): RenderValue {
  const expression = parameter.Expression;
  const kind = environment.context.language.kindName(expression);
  if (kind === 'StringLiteralExpression' || kind === 'CompoundStringLiteralExpression') return String(expression.ConstantValue);
  if (kind === 'BooleanLiteralExpression') return nodeText(expression).toLowerCase() === 'true';
  const text = nodeText(expression);
  if (kind === 'List' || text.includes(',')) return text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  return text;
}

const render: TabularOperator = (node, input, environment) => {
  const operator = node as RenderOperator;
  const properties: RenderSpec['properties'] = {};
  const parameters = [
    ...listItems(operator.Parameters),
    ...(operator.WithClause === null ? [] : separatedElements(operator.WithClause.Properties)),
  ];
  for (const parameter of parameters) properties[parameter.Name.SimpleName] = renderValue(parameter, environment);
  environment.context.render = { visualization: operator.ChartType.Text, properties };
  return input;
};

const DOTNET_TYPES: Readonly<Record<KustoType, string>> = {
  bool: 'System.SByte',
  datetime: 'System.DateTime',
  dynamic: 'System.Object',
  int: 'System.Int32',
  long: 'System.Int64',
  real: 'System.Double',
  string: 'System.String',
  guid: 'System.Guid',
  decimal: 'System.Data.SqlTypes.SqlDecimal',
  timespan: 'System.TimeSpan',
};

const getSchema: TabularOperator = (node, input) => {
  if ((node as GetSchemaOperator).KindParameter !== null) return unsupported('parameter', 'getschema kind');
  const schema: ColumnSchema[] = tableSchemaOf(node);
  const columns = input.columns;
  return Relation.fromData(
    schema,
    [
      columns.map((column) => column.name),
      columns.map((_, index) => index),
      columns.map((column) => DOTNET_TYPES[column.type]),
      columns.map((column) => column.type),
    ],
    columns.length,
  );
};

export const PRESENTATION_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  RenderOperator: render,
  GetSchemaOperator: getSchema,
};
