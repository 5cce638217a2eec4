import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { diagnose } from '../../domain/diagnosis/diagnose';
import { CLIENT_ID, EMULATOR, failureFromBody, readerClaims, RECORDED, TENANT, WORKSPACE } from '../../domain/diagnosis/testing/fixtures';
import type { DiagnosisAction } from '../../domain/diagnosis/types';
import type { RunRequestInfo } from '../../state/runSlice';
import { diagnosisInputFor, type DiagnosedRun, type DiagnosisSources } from './diagnosisInput';
import { DiagnosisView } from './DiagnosisView';

const REQUEST: RunRequestInfo = {
  runId: 3,
  workspaceId: WORKSPACE,
  queryText: 'SigninLogs invalid',
  sentText: 'SigninLogs invalid | take 30000',
  rowCapNotice: null,
  rowCapApplied: true,
  timespan: 'P1D',
  window: null,
  startedAt: Date.UTC(2026, 10, 22, 12, 0, 0),
  textStart: { line: 1, column: 0 },
};

function sourcesFor(run: DiagnosedRun): DiagnosisSources {
  return {
    run,
    cloud: 'AzurePublic',
    identity: { mode: 'entra', name: 'Riley Reader', username: 'riley@contoso.com', tenantId: TENANT },
    timespan: { kind: 'preset', presetId: '24h' },
    serverWaitSeconds: 180,
    config: { clientId: CLIENT_ID, tenantId: TENANT },
    logAnalyticsEndpoint: null,
    origin: 'https://logs.contoso.com',
    navigatorOnline: true,
  };
}

const render = (run: DiagnosedRun, options: { status?: string; canPerform?: (action: DiagnosisAction) => boolean; answeredAt?: number } = {}) =>
  renderToStaticMarkup(
    <DiagnosisView
      diagnosis={diagnose(diagnosisInputFor(sourcesFor(run)))}
      onAction={() => undefined}
      onCopy={() => undefined}
      canPerform={options.canPerform ?? (() => true)}
      answeredAt={options.answeredAt ?? Date.now()}
      status={options.status ?? null}
    />,
  );

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('diagnosis input', () => {
  it('takes the request from the run, the endpoint from the cloud when nobody is connected, and no token claims', () => {
    const run: DiagnosedRun = { status: 'empty-workspace', request: { ...REQUEST, timespan: null }, durationMs: 250 };
    const input = diagnosisInputFor(sourcesFor(run));
    expect(input.outcome).toEqual({ kind: 'emptyWorkspace' });
    expect(input.claims).toBeNull();
    expect(input.now).toBe(REQUEST.startedAt + 250);
    expect(input.context).toEqual({
      cloud: 'AzurePublic',
      endpoint: 'https://api.loganalytics.io',
      workspaceId: WORKSPACE,
      timespan: { kind: 'setInQuery' },
      window: null,
      queryText: 'SigninLogs invalid',
      queryStart: { line: 1, column: 0 },
      connectionMode: 'entra',
      clientId: CLIENT_ID,
      tenantId: TENANT,
      origin: 'https://logs.contoso.com',
      serverWaitSeconds: 180,
    });
  });
});

const actionGroup = (html: string) => /<div class="diagnosis-actions"[^>]*>(.*?)<\/div>/.exec(html)?.[1] ?? '';

describe('diagnosis panel', () => {
  it('shows a syntax error as an alert titled by the diagnosis, with evidence marks in words and numbered steps', () => {
    const html = render({ status: 'failed', request: REQUEST, durationMs: 40, tokenClaims: null, failure: failureFromBody(400, RECORDED.syntax) });
    expect(html).toMatch(/^<section class="notice diagnosis notice-error" role="alert" aria-labelledby="([^"]+)"><h2 id="\1" class="notice-title">The query has a syntax error<\/h2>/);
    expect(text(html)).toBe(
      'The query has a syntax error The query could not be parsed at &quot;invalid&quot; (line 1, column 12). ' +
        'What happened Status HTTP 400 Code BadArgumentError → SYN0002 Message Query could not be parsed at &#x27;invalid&#x27; on line [1,11] ' +
        'Correlation ID de20cdd3-8085-47e4-ae4e-1d8d56982bea Cloud Azure (public) Connection Microsoft Entra ID sign-in Endpoint https://api.loganalytics.io ' +
        'Workspace b5a3e4c2-0000-4000-8000-0000000d3001 ' +
        'Evidence checked ✗ Problem: Position: line 1, column 12 ✗ Problem: Token: invalid ? Not checked: Line 1: SigninLogs invalid ' +
        '✓ OK: Brackets: every bracket is closed ✓ OK: Quotes: every string is closed ' +
        'Most likely cause The service stopped reading at line 1, column 12: Query could not be parsed at &#x27;invalid&#x27; on line [1,11]. ' +
        'Often a missing pipe (|) before an operator, a missing comma, or a misspelt keyword just before this point. ' +
        'How to fix it Go to line 1, column 12 (the editor underlines it) and correct the text there or just before it. ' +
        'Each operator follows a pipe (T | where ... | project ...); text values are in quotes. Run the query again. ' +
        'Go to the error Copy details Documentation KQL tabular expression statements (operators and pipes) Kusto Query Language (KQL) overview',
    );
    expect(html).toContain('<ol class="diagnosis-steps"><li>Go to line 1, column 12');
    expect(html).toContain('<a href="https://learn.microsoft.com/kusto/query/tabular-expression-statements" rel="noreferrer" target="_blank">');
  });

  it('shows an empty workspace (HTTP 204) as a warning, with the copy status announced', () => {
    const html = render({ status: 'empty-workspace', request: REQUEST, durationMs: 40 }, { status: 'Details copied.' });
    expect(html).toMatch(/^<section class="notice diagnosis notice-warning" role="alert" aria-labelledby="([^"]+)"><h2 id="\1" class="notice-title">The workspace holds no data<\/h2>/);
    expect(text(html)).toContain('What happened Answer HTTP 204 No Content Cloud Azure (public)');
    expect(text(html)).toContain('✗ Problem: Answer: HTTP 204 with no body: the service did not even run the query');
    expect(actionGroup(html)).toBe('<button type="button">Check connection</button><button type="button">Copy details</button><span role="status">Details copied.</span>');
  });

  it('offers only the actions the caller can perform, labelled as the engine proposes them', () => {
    const run: DiagnosedRun = { status: 'failed', request: REQUEST, durationMs: 40, tokenClaims: null, failure: failureFromBody(504, RECORDED.gatewayTimeout) };
    expect(actionGroup(render(run))).toMatch(/^<button type="button">Edit the query<\/button><button type="button">Raise the server time limit<\/button>/);
    const html = render(run, { canPerform: (action) => action.id !== 'editQuery' });
    expect(actionGroup(html)).toBe(
      '<button type="button">Raise the server time limit</button><button type="button">Run again</button><button type="button">Copy details</button><span role="status"></span>',
    );
  });

  it('offers "Sign in again" for an expired token only when the connection can sign in again', () => {
    const run: DiagnosedRun = { status: 'failed', request: REQUEST, durationMs: 40, tokenClaims: null, failure: failureFromBody(403, EMULATOR.invalidToken('TokenExpired', 'The token has expired')) };
    const offered = render(run);
    expect(offered).toContain('<h2 id="_R_0_" class="notice-title">The access token has expired</h2>');
    expect(actionGroup(offered)).toMatch(/^<button type="button">Sign in again[^<]*<\/button><button type="button">Run again<\/button><button type="button">Copy details<\/button>/);
    expect(actionGroup(render(run, { canPerform: (action) => action.id !== 'signInAgain' }))).toMatch(/^<button type="button">Run again<\/button><button type="button">Copy details<\/button>/);
  });

  it('checks the claims of the token the run used, and never shows the token', () => {
    const claims = readerClaims({ aud: 'https://management.azure.com' });
    const run: DiagnosedRun = {
      status: 'failed',
      request: REQUEST,
      durationMs: 40,
      tokenClaims: claims,
      failure: failureFromBody(403, EMULATOR.invalidToken('InvalidAudience', 'The token audience is not valid')),
    };
    expect(diagnosisInputFor(sourcesFor(run)).claims).toBe(claims);
    const shown = text(render(run));
    expect(shown).toContain('✗ Problem: Token audience (aud): https://management.azure.com; expected https://api.loganalytics.io');
    expect(shown).toContain('✓ OK: Token tenant (tid)');
  });

  it('counts a throttled retry down from when the answer arrived, disabled until Retry-After has passed', () => {
    const run: DiagnosedRun = { status: 'failed', request: REQUEST, durationMs: 40, tokenClaims: null, failure: failureFromBody(429, EMULATOR.throttled, { 'Retry-After': '10' }) };
    expect(actionGroup(render(run, { answeredAt: Date.now() }))).toMatch(/^<button type="button" disabled="">Run again in 10 s<\/button>/);
    expect(actionGroup(render(run, { answeredAt: Date.now() - 10_000 }))).toMatch(/^<button type="button">Run again<\/button>/);
  });
});
