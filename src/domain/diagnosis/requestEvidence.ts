// Checks of the request itself: the endpoint against the cloud, the workspace id's format, the browser's network
// status, and the shape of the query text (time filter, `union *`, `search *`).
import { isGuid } from '../identifiers';
import { tokenize, type Token } from '../kql/lexer';
import { detectTimeFilter } from '../kql/timeFilter';
import { significantTokens, splitPipeline, splitStatements, statementKind } from '../kql/syntax';
import { endpointEvidence } from './endpointCheck';
import type { Facts } from './facts';
import type { Evidence } from './types';

export function requestEndpointEvidence(facts: Facts): Evidence {
  return endpointEvidence(facts.context.endpoint, facts.context.cloud, facts.service, facts.isEmulator);
}

export function workspaceEvidence(facts: Facts): Evidence {
  const id = facts.context.workspaceId?.trim() ?? '';
  if (id === '') return { label: 'Workspace ID', value: 'not set', status: 'problem' };
  if (isGuid(id)) return { label: 'Workspace ID', value: `${id} (a GUID, as the API needs)`, status: 'ok' };
  return { label: 'Workspace ID', value: `"${id}" is not a GUID: the API needs the Workspace ID from the workspace's Overview page, not its name or resource id`, status: 'problem' };
}

export function onlineEvidence(facts: Facts): Evidence {
  const online = facts.input.navigatorOnline;
  if (online === null) return { label: 'Browser network status', value: 'unknown', status: 'unknown' };
  return online
    ? { label: 'Browser network status', value: 'online (this only means a network is connected, not that Azure is reachable)', status: 'ok' }
    : { label: 'Browser network status', value: 'offline', status: 'problem' };
}

export interface QueryShape {
  /** `union *` or `union withsource=T *`: every table in the workspace. */
  unionStar: boolean;
  /** `search` without `in (...)`: every table in the workspace. */
  searchAllTables: boolean;
  /** Whether the query filters TimeGenerated (or timestamp) at all. */
  filtersTime: boolean;
  /** Whether the first operator after the last query statement's source is that time filter. */
  timeFilterFirst: boolean;
}

/** A `*` touching a name is part of a table pattern (`App*`), not the bare `*` of every table. */
function isWildcardPart(star: Token, before: Token | undefined, after: Token | undefined): boolean {
  return (before?.kind === 'identifier' && before.end === star.start) || (after?.kind === 'identifier' && after.start === star.end);
}

/** The shape of a query as far as performance is concerned (best effort, from tokens). */
export function queryShape(query: string): QueryShape {
  const tokens = significantTokens(tokenize(query));
  let unionStar = false;
  let searchAllTables = false;
  tokens.forEach((token, index) => {
    if (token.kind !== 'identifier') return;
    if (token.text === 'union') {
      // union [kind=... | withsource=T | isfuzzy=...]* then the tables: a bare * among them means every table.
      for (let at = index + 1; at < tokens.length; at++) {
        const next = tokens[at];
        if (next === undefined || next.kind === 'pipe' || next.kind === 'semicolon' || next.kind === 'close') break;
        if (next.kind === 'punctuation' && next.text === '*' && !isWildcardPart(next, tokens[at - 1], tokens[at + 1])) unionStar = true;
      }
    }
    if (token.text === 'search') {
      const previous = tokens[index - 1];
      const startsSource = previous === undefined || previous.kind === 'semicolon' || previous.kind === 'open' || previous.text === '=';
      const scoped = tokens.slice(index + 1, index + 8).some((next, offset) => next.text === 'in' && tokens[index + 2 + offset]?.text === '(');
      if (startsSource && !scoped) searchAllTables = true;
    }
  });
  const detection = detectTimeFilter(query);
  const queries = splitStatements(tokens).filter((statement) => statementKind(statement) === 'query');
  const lastQuery = queries[queries.length - 1];
  const firstOperator = lastQuery === undefined ? undefined : splitPipeline(lastQuery.tokens)[1];
  const firstStart = firstOperator?.pipe?.start ?? -1;
  const firstEnd = firstOperator?.tokens[firstOperator.tokens.length - 1]?.end ?? -1;
  const timeFilterFirst = detection.matches.some((match) => match.start >= firstStart && match.end <= firstEnd);
  return { unionStar, searchAllTables, filtersTime: detection.filtersTime, timeFilterFirst };
}

/** Evidence about the query's cost: what makes a query outlive its time limit. */
export function queryShapeEvidence(query: string): Evidence[] {
  if (query.trim() === '') return [];
  const shape = queryShape(query);
  const evidence: Evidence[] = [];
  evidence.push(
    shape.timeFilterFirst
      ? { label: 'Time filter', value: 'the first operator filters TimeGenerated', status: 'ok' }
      : shape.filtersTime
        ? { label: 'Time filter', value: 'the query filters time, but not first: rows are read before they are narrowed', status: 'problem' }
        : { label: 'Time filter', value: 'the query does not filter TimeGenerated itself; only the time range applies', status: 'unknown' },
  );
  if (shape.unionStar) evidence.push({ label: 'union *', value: 'the query reads every table of the workspace', status: 'problem' });
  if (shape.searchAllTables) evidence.push({ label: 'search', value: 'search without "in (Table)" reads every table of the workspace', status: 'problem' });
  return evidence;
}
