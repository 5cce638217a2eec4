// The `error` of a 200 answer: the result is incomplete, and the reason sits at the bottom of a chain of
// `details[]` and nested `innererror` (log-analytics-api.md §1.9). Truncation must never be silent (DESIGN §7), so
// the chain is kept whole and its deepest cause singled out.

import { isObject } from './isObject';
import type { ErrorCause, PartialErrorInfo } from './model';

export function readPartialError(raw: unknown): PartialErrorInfo | undefined {
  if (!isObject(raw)) return undefined;
  const causes: ErrorCause[] = [];
  let innermost: ErrorCause | null = null;
  let innermostDepth = 0;
  const visit = (node: Record<string, unknown>, depth: number): void => {
    for (const child of childrenOf(node)) {
      const cause = toCause(child);
      causes.push(cause);
      if (depth > innermostDepth) {
        innermost = cause;
        innermostDepth = depth;
      }
      visit(child, depth + 1);
    }
  };
  visit(raw, 1);
  return { code: textOf(raw.code), message: textOf(raw.message), causes, innermost };
}

function childrenOf(node: Record<string, unknown>): Record<string, unknown>[] {
  const details = Array.isArray(node.details) ? node.details.filter(isObject) : [];
  return isObject(node.innererror) ? [...details, node.innererror] : details;
}

function toCause(node: Record<string, unknown>): ErrorCause {
  const cause = { code: textOf(node.code), message: textOf(node.message) };
  return typeof node.severityName === 'string' ? { ...cause, severityName: node.severityName } : cause;
}

/** Codes are strings on the wire, even numeric HRESULTs ("-2133196797"); a number is accepted all the same. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
