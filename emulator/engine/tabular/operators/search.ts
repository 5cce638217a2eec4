// search: the rows of its sources (the piped input, the `in (...)` list, or every table of the database) whose
// predicate holds, with a first column `$table` naming each row's source. Bare terms match as the documentation
// says (`"err"` has, `"err*"` hasprefix, ...), case-insensitively unless kind=case_sensitive.
import { rowFrame } from '../../context.ts';
import { unsupported } from '../../errors.ts';
import { listItems, nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { SyntaxNode } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import type { Relation } from '../../model/relation.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import type { OperatorEnvironment } from '../registry.ts';
import { tableReference } from '../sources.ts';
import type { SearchOperator } from '../syntax.ts';
import { keepRows } from './filter.ts';
import { termValues } from './termSearch.ts';
import { inputLeg, legsOf, sourceColumn, stack } from './union.ts';
import type { Leg } from './union.ts';

function caseSensitivity(operator: SearchOperator): boolean {
  for (const parameter of listItems(operator.Parameters)) {
    const name = parameter.Name.SimpleName.toLowerCase();
    const value = nodeText(parameter.Expression).toLowerCase();
    if (name !== 'kind') return unsupported('parameter', `search ${name}`);
    if (value === 'case_sensitive') return true;
  }
  return false;
}

function sources(operator: SearchOperator, input: Relation | null, environment: OperatorEnvironment): Leg[] {
  if (input !== null) return [inputLeg(operator, input, environment)];
  if (operator.InClause !== null) return legsOf(separatedElements(operator.InClause.Expressions), 0, false, environment);
  return [...environment.context.database.tables.keys()].map((name) => ({ relation: tableReference(name, environment.context), name }));
}

/**
 * Each source is filtered on its own, before the sources are stacked: `*` then reads only the columns the source
 * has, not the (often very wide) union of every source's columns.
 */
export function search(node: SyntaxNode, input: Relation | null, environment: OperatorEnvironment): Relation {
  const operator = node as SearchOperator;
  const caseSensitive = caseSensitivity(operator);
  const schema = tableSchemaOf(operator);
  const matched = sources(operator, input, environment).map((leg): Leg => {
    const rows = stack(schema, [leg], '$table');
    const frame = rowFrame(environment.context, environment.scope, rows);
    // The source's columns under their output names (a name with several types becomes Status_string, ...).
    const searched = new Set(schema.filter((output) => sourceColumn(leg.relation, output) >= 0).map((output) => output.name));
    const known = termValues(operator.Condition, rows, frame, { terms: true, caseSensitive, searched });
    environment.context.throwIfCancelled();
    return { relation: keepRows(rows, evaluateScalar(operator.Condition, { ...frame, known })), name: leg.name };
  });
  return stack(schema, matched, null);
}
