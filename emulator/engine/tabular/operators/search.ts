import type { Relation } from '../../model/relation.ts';
import type { SyntaxNode } from '../../kusto/syntax.ts';
import { unsupported } from '../../errors.ts';
import type { OperatorEnvironment } from '../registry.ts';
export function search(_node: SyntaxNode, _input: Relation | null, _environment: OperatorEnvironment): Relation {
  return unsupported('operator', 'search');
}
