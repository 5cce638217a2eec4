// Where a name occurs as a whole identifier, for "did you mean" fixes: `Heartbeat` in `Heartbeats` or in
// `MyHeartbeat` is not the name, and neither is text inside a string literal or a comment.
import { tokenize } from './lexer';

/** The offset of the first whole-identifier occurrence of `name` at or after `fromOffset`; -1 when there is none. */
export function findWholeWord(text: string, name: string, fromOffset = 0): number {
  for (const token of tokenize(text)) {
    if (token.start >= fromOffset && token.kind === 'identifier' && token.text === name) return token.start;
  }
  return -1;
}
