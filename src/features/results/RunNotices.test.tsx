import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RunRequestInfo } from '../../state/runSlice';
import { LatestRunNotice, PartialErrorWarning, RowCapNotice } from './RunNotices';

const REQUEST: RunRequestInfo = {
  runId: 1,
  workspaceId: 'b5a3e4c2-0000-4000-8000-0000000d3001',
  queryText: 'SigninLogs',
  sentText: 'SigninLogs | take 30000',
  rowCapNotice: 'Row cap 30,000 added',
  rowCapApplied: true,
  timespan: 'P1D',
  window: null,
  startedAt: 0,
  textStart: { line: 1, column: 0 },
};

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('run notices', () => {
  it('says a cancelled run was cancelled, and that the result below is older', () => {
    expect(renderToStaticMarkup(<LatestRunNotice run={{ status: 'cancelled', request: REQUEST }} hasShownResult />)).toBe(
      '<p class="result-note" role="status">The run was cancelled. The result below is from the previous run.</p>',
    );
    expect(renderToStaticMarkup(<LatestRunNotice run={{ status: 'cancelled', request: REQUEST }} hasShownResult={false} />)).toBe(
      '<p class="result-note" role="status">The run was cancelled.</p>',
    );
  });

  it('has nothing to say about a run that returned rows', () => {
    const summary = { resultId: 'result-1', tables: [{ name: 'PrimaryResult', columns: [{ name: 'TimeGenerated', type: 'datetime' as const }], rowCount: 5 }] };
    expect(renderToStaticMarkup(<LatestRunNotice run={{ status: 'succeeded', request: REQUEST, summary, durationMs: 90, receivedBytes: 400 }} hasShownResult />)).toBe('');
  });

  it('warns that a partial result is incomplete, naming the inner cause', () => {
    const html = renderToStaticMarkup(
      <PartialErrorWarning
        partialError={{
          code: 'PartialError',
          message: 'There were some errors when processing your query.',
          causes: [{ code: 'E_QUERY_RESULT_SET_TOO_LARGE', message: 'Query result set has exceeded the internal record count limit 500000' }],
          innermost: { code: 'E_QUERY_RESULT_SET_TOO_LARGE', message: 'Query result set has exceeded the internal record count limit 500000' },
        }}
      />,
    );
    expect(html).toContain('role="alert"');
    expect(text(html)).toBe(
      'Results are incomplete The service stopped before the end and returned only part of the result (PartialError: There were some errors when processing your query.) Cause: E_QUERY_RESULT_SET_TOO_LARGE : Query result set has exceeded the internal record count limit 500000',
    );
  });

  it('announces a row cap the result reached, and keeps it quiet when the result fits or the query limits itself', () => {
    expect(text(renderToStaticMarkup(<RowCapNotice request={REQUEST} capReached />))).toBe(
      'Row cap 30,000 added: the result stopped at the cap, so there may be more rows. Raise the cap in Settings or narrow the query to see them.',
    );
    expect(renderToStaticMarkup(<RowCapNotice request={REQUEST} capReached={false} />)).toBe(
      '<p class="result-note">Row cap 30,000 added; the result is below it, so nothing was cut.</p>',
    );
    const own = renderToStaticMarkup(<RowCapNotice request={{ ...REQUEST, rowCapApplied: false, rowCapNotice: 'Query already limits rows (take 5)' }} capReached={false} />);
    expect(own).toBe('<p class="result-note">Query already limits rows (take 5).</p>');
    expect(renderToStaticMarkup(<RowCapNotice request={{ ...REQUEST, rowCapApplied: false, rowCapNotice: null }} capReached={false} />)).toBe('');
  });
});
