// let statements. A tabular let is evaluated on first use and then reused, so a let used twice is computed
// once; a scalar let is evaluated at once. Each let opens a child scope, so a later let of the same name
// does not change what an earlier one sees.
import { scalarFrame } from './context.ts';
import type { ExecutionContext, Scope } from './context.ts';
import { unsupported } from './errors.ts';
import { nodeText, separatedElements } from './kusto/syntax.ts';
import type { LetStatement, SeparatedList, SyntaxNode } from './kusto/syntax.ts';
import type { Relation } from './model/relation.ts';
import { operand } from './scalar/evaluate.ts';
import { evaluateTabular } from './tabular/evaluate.ts';

export function bindLet(statement: LetStatement, outer: Scope, context: ExecutionContext): Scope {
  const scope = outer.child();
  const name = statement.Name.SimpleName;
  const expression = statement.Expression;
  const kind = context.language.kindName(expression);
  if (kind === 'FunctionDeclaration') return scope;
  if (expression.ResultType?.Columns !== undefined) {
    let relation: Relation | undefined;
    scope.set(name, { kind: 'tabular', relation: () => (relation ??= evaluateTabular(expression, outer, context)) });
    return scope;
  }
  const value = operand(expression, scalarFrame(context, outer));
  scope.set(name, { kind: 'scalar', value: value.vector, type: value.type });
  return scope;
}

export function bindStatements(statements: SeparatedList<SyntaxNode>, scope: Scope, context: ExecutionContext): Scope {
  let current = scope;
  for (const statement of separatedElements(statements)) {
    if (context.language.kindName(statement) !== 'LetStatement') return unsupported('statement', nodeText(statement));
    current = bindLet(statement as LetStatement, current, context);
  }
  return current;
}
