// as (names the rows so later parts of the query, union's withsource and search's $table can refer to them) and
// invoke (calls a function with the rows as its first, tabular, argument).
import type { TabularOperator } from '../registry.ts';
import type { AsOperator, InvokeOperator } from '../syntax.ts';

/**
 * The name is bound in the scope of the statement being evaluated, which the operators after `as` share. The
 * binder already refuses references outside the statement, so the binding is never seen where it should not be.
 */
const as: TabularOperator = (node, input, environment) => {
  environment.scope.set((node as AsOperator).Name.SimpleName, { kind: 'tabular', relation: () => input });
  return input;
};

const invoke: TabularOperator = (node, input, environment) => environment.invoke((node as InvokeOperator).Function, input);

export const NAMING_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  AsOperator: as,
  InvokeOperator: invoke,
};
