import { describe, expect, it } from 'vitest';
import type { TableSummary } from '../../../workers/resultsProtocol';
import { renderStatic } from '../testing/renderStatic';
import { ResultsGrid } from './ResultsGrid';

const TABLE: TableSummary = {
  name: 'PrimaryResult',
  rowCount: 5000,
  columns: [
    { name: 'TimeGenerated', type: 'datetime' },
    { name: 'UserPrincipalName', type: 'string' },
    { name: 'Count', type: 'long' },
  ],
};

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('results grid markup', () => {
  it('is an ARIA grid counting every row and column, with sortable headers naming the time zone', () => {
    const html = renderStatic(<ResultsGrid resultId="result-1" tableIndex={0} table={TABLE} />);
    expect(html).toContain('role="grid" aria-label="PrimaryResult, 5,000 rows" aria-rowcount="5001" aria-colcount="3"');
    expect(count(html, /role="columnheader"/g)).toBe(3);
    expect(count(html, /aria-sort="none"/g)).toBe(3);
    expect(html).toMatch(/<bdi class="grid-header-label">TimeGenerated \(UTC\)<\/bdi>/);
    expect(html).toMatch(/<bdi class="grid-header-label">UserPrincipalName<\/bdi>/);
  });

  it('renders only the rows around the viewport, as placeholders until their window arrives, with one tab stop', () => {
    const html = renderStatic(<ResultsGrid resultId="result-1" tableIndex={0} table={TABLE} />);
    // 480 px of viewport under a 34 px header holds 16 rows of 28 px; 4 more are rendered ahead.
    expect(count(html, /role="row" aria-rowindex="\d+" aria-busy="true"/g)).toBe(20);
    expect(html).toContain('role="row" aria-rowindex="21" aria-busy="true"');
    expect(html).not.toContain('aria-rowindex="22"');
    expect(count(html, /tabindex="0"/g)).toBe(1);
    expect(html).toContain('role="gridcell" aria-colindex="1" tabindex="0" data-row="0" data-col="0"');
  });

  it('renders a loading row as a bare row, except the one holding the tab stop, which keeps its cells', () => {
    const html = renderStatic(<ResultsGrid resultId="result-1" tableIndex={0} table={TABLE} />);
    expect(html).toContain('<div role="row" aria-rowindex="3" aria-busy="true" class="grid-row grid-row-pending" style="transform:translateY(62px);width:');
    expect(html).toMatch(/aria-rowindex="3" aria-busy="true"[^>]*><\/div>/);
    expect(count(html, /role="gridcell"/g)).toBe(3);
    expect(count(html, /data-row="0"/g)).toBe(3);
  });

  it('shows an empty table as a header and "0 rows", with the tab stop on the first header', () => {
    const html = renderStatic(<ResultsGrid resultId="result-1" tableIndex={0} table={{ ...TABLE, rowCount: 0 }} />);
    expect(count(html, /role="gridcell"/g)).toBe(0);
    expect(html).toContain('<p class="grid-empty">0 rows: the query returned no rows for PrimaryResult.</p>');
    expect(html).toMatch(/class="grid-sort-button" tabindex="0" data-row="-1" data-col="0"/);
  });

  it('renders only the columns in view of a wide table, counting all of them', () => {
    const wide: TableSummary = { name: 'Wide', rowCount: 3, columns: Array.from({ length: 40 }, (_, index) => ({ name: `Column${index}`, type: 'string' as const })) };
    const html = renderStatic(<ResultsGrid resultId="result-1" tableIndex={0} table={wide} />);
    expect(html).toContain('aria-colcount="40"');
    // 1,200 px of viewport shows five 240 px columns; three more are rendered ahead (in the header and in the one
    // row with cells while the rows load, the row holding the tab stop).
    expect(count(html, /role="columnheader"/g)).toBe(8);
    expect(count(html, /role="gridcell"/g)).toBe(8);
  });
});
