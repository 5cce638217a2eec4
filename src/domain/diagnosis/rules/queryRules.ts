// The query itself was refused (400 BadArgumentError): a syntax error (SYN0002 with line, position and token), a name
// that does not resolve (SEM0100, with "did you mean" from the schema), something the local emulator does not run
// (EMU0001), or another validation or execution error.
import { tokenize } from '../../kql/lexer';
import { findTableReferences } from '../../kql/tableReferences';
import { hasUnclosedBracket, significantTokens } from '../../kql/syntax';
import { docs } from '../docs';
import { editorPosition } from '../editorPosition';
import { failureMessage, type Facts } from '../facts';
import type { DiagnosisContent, DiagnosisRule } from '../rule';
import { closestNames } from '../suggestions';
import { sentence } from '../text';
import type { DiagnosisAction, Evidence } from '../types';

const LINE_PREVIEW_LENGTH = 120;

function lineOf(text: string, line: number): string | null {
  const content = text.split(/\r\n|\r|\n/)[line - 1];
  if (content === undefined) return null;
  const trimmed = content.trim();
  return trimmed.length > LINE_PREVIEW_LENGTH ? `${trimmed.slice(0, LINE_PREVIEW_LENGTH - 1)}…` : trimmed;
}

function lexicalEvidence(query: string): Evidence[] {
  const tokens = tokenize(query);
  const unclosedBracket = hasUnclosedBracket(significantTokens(tokens));
  const unterminatedString = tokens.some((token) => token.kind === 'string' && !token.terminated);
  return [
    unclosedBracket
      ? { label: 'Brackets', value: 'a bracket ( [ { is opened and never closed', status: 'problem' }
      : { label: 'Brackets', value: 'every bracket is closed', status: 'ok' },
    unterminatedString
      ? { label: 'Quotes', value: 'a string is missing its closing quote', status: 'problem' }
      : { label: 'Quotes', value: 'every string is closed', status: 'ok' },
  ];
}

function syntaxError(facts: Facts): DiagnosisContent {
  const serverPosition = facts.failure?.position;
  const query = facts.context.queryText;
  // The service counts from the start of the text sent; the analyst reads the editor's lines and columns.
  const position = serverPosition && {
    token: serverPosition.token,
    ...editorPosition(facts.context.queryStart ?? { line: 1, column: 0 }, { line: serverPosition.line, column: serverPosition.pos + 1 }),
  };
  const evidence: Evidence[] = [];
  if (serverPosition && position) {
    evidence.push({ label: 'Position', value: `line ${position.line}, column ${position.column}`, status: 'problem' });
    if (position.token !== '') evidence.push({ label: 'Token', value: position.token, status: 'problem' });
    const text = lineOf(query, serverPosition.line);
    if (text !== null) evidence.push({ label: `Line ${position.line}`, value: text, status: 'unknown' });
  }
  const lexical = lexicalEvidence(query);
  evidence.push(...lexical);
  const unclosed = lexical[0]?.status === 'problem';
  const unterminated = lexical[1]?.status === 'problem';
  const where = position ? `line ${position.line}, column ${position.column}` : 'the place the message names';
  const actions: DiagnosisAction[] = [position ? { id: 'editQuery', label: 'Go to the error', line: position.line, column: position.column } : { id: 'editQuery', label: 'Edit the query' }];
  return {
    title: 'The query has a syntax error',
    severity: 'error',
    summary: position
      ? `The query could not be parsed at ${position.token === '' ? `line ${position.line}` : `"${position.token}" (line ${position.line}, column ${position.column})`}.`
      : `The query could not be parsed: ${failureMessage(facts)}`,
    evidence,
    likelyCause: [
      `The service stopped reading at ${where}: ${sentence(failureMessage(facts))}`,
      unclosed ? 'A bracket is never closed, so the parser reads past where you meant it to end.' : '',
      unterminated ? 'A string is missing its closing quote.' : '',
      !unclosed && !unterminated ? 'Often a missing pipe (|) before an operator, a missing comma, or a misspelt keyword just before this point.' : '',
    ]
      .filter((part) => part !== '')
      .join(' '),
    fixSteps: [
      `Go to ${where} (the editor underlines it) and correct the text there or just before it.`,
      ...(unclosed ? ['Close every bracket you open.'] : []),
      ...(unterminated ? ['Close every string with the quote it opens with.'] : []),
      'Each operator follows a pipe (T | where ... | project ...); text values are in quotes.',
      'Run the query again.',
    ],
    actions,
    docs: docs('kqlStatements', 'kqlOverview'),
  };
}

function unresolvedName(facts: Facts): { name: string | null; operator: string | null } {
  const message = facts.failure?.innermostMessage ?? '';
  return { name: /named '([^']+)'/.exec(message)?.[1] ?? null, operator: /^'([^']*)' operator/.exec(message)?.[1] ?? null };
}

function unknownName(facts: Facts): DiagnosisContent {
  const { name, operator } = unresolvedName(facts);
  const shown = name ?? 'a name';
  const schema = facts.input.schema;
  const usedAsTable = name !== null && findTableReferences(facts.context.queryText).some((reference) => reference.name === name);
  const tableNames = schema?.tables.map((table) => table.name) ?? [];
  const columnNames = schema?.tables.flatMap((table) => table.columns) ?? [];
  const suggestions = name === null ? [] : closestNames(name, usedAsTable ? [...tableNames, ...columnNames] : [...columnNames, ...tableNames]);

  const evidence: Evidence[] = [{ label: 'Unresolved name', value: operator ? `${shown}, in the ${operator === '' ? "query's source" : `'${operator}' operator`}` : shown, status: 'problem' }];
  if (schema === undefined) {
    evidence.push({ label: 'Workspace schema', value: 'not loaded, so names could not be compared', status: 'unknown' });
  } else {
    evidence.push({ label: 'Workspace schema', value: `${tableNames.length} tables loaded`, status: 'ok' });
    if (usedAsTable) evidence.push({ label: 'Table in this workspace', value: `no table is named ${shown}`, status: 'problem' });
    evidence.push(
      suggestions.length > 0
        ? { label: 'Closest names', value: suggestions.join(', '), status: 'unknown' }
        : { label: 'Closest names', value: 'none close in the schema', status: 'unknown' },
    );
  }

  const caseOnly = name !== null && suggestions[0] !== undefined && suggestions[0].toLowerCase() === name.toLowerCase();
  const likelyCause =
    suggestions[0] !== undefined
      ? `Probably a typo for ${suggestions[0]}${caseOnly ? ': KQL names are case-sensitive' : ''}.`
      : usedAsTable && schema !== undefined
        ? `This workspace has no table named ${shown}: the solution or data source that creates it is not enabled here, or the table lives in another workspace.`
        : operator !== null && operator !== ''
          ? `No column, variable or function named ${shown} exists at this point of the query: an earlier project, summarize or extend may have dropped or renamed it, or it is misspelt.`
          : `${shown} is not a table, column or function this workspace knows.`;

  const actions: DiagnosisAction[] = name === null ? [] : suggestions.map((suggestion) => ({ id: 'editQuery', label: `Use ${suggestion}`, replace: { text: name, with: suggestion } }));
  return {
    title: `Unknown name: ${shown}`,
    severity: 'error',
    summary: `The service could not resolve ${shown} (SEM0100): it is not a table, column or function the query can see there.`,
    evidence,
    likelyCause,
    fixSteps: [
      suggestions[0] !== undefined ? `Replace ${shown} with ${suggestions[0]} (Use ${suggestions[0]}, below), or with the name you meant.` : `Check the spelling of ${shown}; names are case-sensitive.`,
      usedAsTable ? 'Look the table up in the schema pane; if it is missing, the data source that fills it is not connected to this workspace.' : 'Check that an earlier operator (project, summarize, extend) keeps or creates this column.',
      'Run the query again.',
    ],
    actions: actions.length > 0 ? actions : [{ id: 'editQuery', label: 'Edit the query' }],
    docs: docs('tablesIndex', 'kqlOverview'),
  };
}

function notEmulated(facts: Facts): DiagnosisContent {
  return {
    title: 'Not supported by the local emulator',
    severity: 'warning',
    summary: `The local emulator cannot run this query: ${failureMessage(facts)}`,
    evidence: [{ label: 'Emulator', value: 'the query is valid KQL, but the emulated engine runs only a subset of operators and functions', status: 'problem' }],
    likelyCause: 'The emulator executes a broad subset of KQL; this query uses something outside it. The real Log Analytics service would run it.',
    fixSteps: ['Rewrite the query with supported operators (where, project, extend, summarize, join, take, sort...), or', 'Sign in with Microsoft Entra ID and run it against a real workspace.'],
    actions: [{ id: 'editQuery', label: 'Edit the query' }],
    docs: docs('kqlOverview'),
  };
}

function executionError(facts: Facts): DiagnosisContent {
  const message = failureMessage(facts);
  return {
    title: 'The query failed while running',
    severity: 'error',
    summary: `The query was valid but failed while it ran: ${message}`,
    evidence: [{ label: 'Error', value: message, status: 'problem' }],
    likelyCause: 'A value did not fit an operation at run time (a conversion, a division, a dynamic value of an unexpected shape).',
    fixSteps: ['Read the message above for the operator or function involved.', 'Guard the expression (isnotempty(), toint(), tostring()) or filter out the rows that break it.', 'Run the query again.'],
    actions: [{ id: 'editQuery', label: 'Edit the query' }],
    docs: docs('kqlOverview', 'kqlBestPractices'),
  };
}

function badRequest(facts: Facts): DiagnosisContent {
  const message = failureMessage(facts);
  const code = facts.failure?.innermostCode ?? facts.failure?.code ?? '';
  return {
    title: 'The service rejected the query',
    severity: 'error',
    summary: `The request was refused as invalid (${code}): ${message}`,
    evidence: [{ label: 'Reason', value: message, status: 'problem' }],
    likelyCause: 'The query or one of its parameters is not valid for the service; the message above names what.',
    fixSteps: ['Correct what the message names.', 'Run the query again.'],
    actions: [{ id: 'editQuery', label: 'Edit the query' }],
    docs: docs('apiErrors', 'kqlOverview'),
  };
}

export const QUERY_RULES: readonly DiagnosisRule[] = [
  { id: 'syntax-error', key: { on: 'code', innerCodes: [/^SYN\d+$/] }, diagnose: syntaxError },
  { id: 'unknown-name', key: { on: 'code', innerCodes: ['SEM0100'] }, diagnose: unknownName },
  { id: 'not-emulated', key: { on: 'code', innerCodes: ['EMU0001'] }, diagnose: notEmulated },
  { id: 'query-execution-error', key: { on: 'code', innerCodes: ['EMU0002'] }, diagnose: executionError },
  { id: 'bad-request', key: { on: 'code', codes: ['BadArgumentError'] }, diagnose: badRequest },
  { id: 'bad-request', key: { on: 'status', statuses: [400] }, diagnose: badRequest },
];
