import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { QueryOutcome, QueryResultTable } from '../../domain/queryResult';
import { ResultView } from './ResultView';
import { PREVIEW_ROW_LIMIT, rowCountLabel } from './ResultTablePreview';

const table: QueryResultTable = {
  name: 'PrimaryResult',
  columns: [
    { name: 'Message', type: 'string' },
    { name: 'Count', type: 'long' },
    { name: 'Ok', type: 'bool' },
  ],
  rows: [['<img src=x onerror=alert(1)>', 3, true], ['plain', null, false]],
};

function renderFinished(outcome: QueryOutcome): string {
  return renderToStaticMarkup(<ResultView state={{ status: 'finished', outcome }} />);
}

describe('rowCountLabel', () => {
  it('names the table and counts its rows', () => {
    expect(rowCountLabel(table)).toBe('PrimaryResult: 2 rows');
    expect(rowCountLabel({ ...table, rows: [['a', 1, true]] })).toBe('PrimaryResult: 1 row');
    expect(rowCountLabel({ ...table, rows: [] })).toBe('PrimaryResult: 0 rows');
  });
});

describe('ResultView', () => {
  it('renders cells as text, so markup in log data stays inert', () => {
    const html = renderFinished({ status: 'completed', tables: [table], partialError: null });
    expect(html).toContain('<figcaption>PrimaryResult: 2 rows</figcaption>');
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td><td>3</td><td>true</td>');
    expect(html).toContain('<td>plain</td><td></td><td>false</td>');
    expect(html).not.toContain('<img');
  });

  it('previews at most the row limit and says so', () => {
    const rows = Array.from({ length: PREVIEW_ROW_LIMIT + 5 }, (_, index) => [`m${index}`, index, true]);
    const html = renderFinished({ status: 'completed', tables: [{ ...table, rows }], partialError: null });
    expect(html).toContain(`<figcaption>PrimaryResult: ${PREVIEW_ROW_LIMIT + 5} rows (showing the first ${PREVIEW_ROW_LIMIT})</figcaption>`);
    expect(html.match(/<tr>/g)).toHaveLength(PREVIEW_ROW_LIMIT + 1);
  });

  it('shows a failure with its code, message, status, inner code and correlation id', () => {
    const html = renderFinished({
      status: 'failed',
      failure: {
        kind: 'service',
        status: 400,
        code: 'BadArgumentError',
        message: 'The request had some invalid properties',
        innermostCode: 'SYN0002',
        correlationId: 'de20cdd3-8085-47e4-ae4e-1d8d56982bea',
      },
    });
    expect(html).toBe(
      '<section aria-labelledby="results-heading" aria-busy="false" class="panel"><h2 id="results-heading">Results</h2>' +
        '<div role="alert" class="failure"><p><strong>BadArgumentError</strong>: The request had some invalid properties</p>' +
        '<dl class="facts"><dt>HTTP status</dt><dd>400</dd><dt>Inner code</dt><dd>SYN0002</dd>' +
        '<dt>Correlation ID</dt><dd>de20cdd3-8085-47e4-ae4e-1d8d56982bea</dd></dl></div></section>',
    );
  });

  it('warns about a partial result above its rows', () => {
    const html = renderFinished({
      status: 'completed',
      tables: [table],
      partialError: {
        kind: 'service',
        status: 200,
        code: 'PartialError',
        message: 'There were some errors when processing your query.',
        innermostCode: '-2133196797',
        correlationId: null,
      },
    });
    expect(html).toContain(
      '<div role="alert" class="warning"><p>The results are incomplete: There were some errors when processing your query.</p>' +
        '<dl class="facts"><dt>HTTP status</dt><dd>200</dd><dt>Inner code</dt><dd>-2133196797</dd></dl></div><figure',
    );
  });

  it('explains an empty workspace and a token failure', () => {
    expect(renderFinished({ status: 'empty-workspace' })).toContain(
      '<p role="status">The workspace holds no data yet (HTTP 204).</p>',
    );
    expect(renderToStaticMarkup(<ResultView state={{ status: 'sign-in-failed', errorCode: 'popup_window_error' }} />)).toContain(
      '<p role="alert">Could not get a token for Log Analytics: popup_window_error</p>',
    );
  });
});
