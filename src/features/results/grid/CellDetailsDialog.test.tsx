import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { CellDetailsDialog } from './CellDetailsDialog';

const noop = () => undefined;

describe('cell details dialog', () => {
  it('shows a dynamic value as indented JSON, as text', () => {
    const html = renderToStaticMarkup(
      <CellDetailsDialog columnName="Properties" type="dynamic" rowNumber={12} text={'{"a":"<b>x</b>"}'} shownAs={null} onCopy={noop} onClose={noop} />,
    );
    expect(html).toContain('<pre class="cell-details-text" tabindex="0" aria-label="Value of Properties">{\n  &quot;a&quot;: &quot;&lt;b&gt;x&lt;/b&gt;&quot;\n}</pre>');
    expect(html).toContain('Properties</bdi>, row 12</h2>');
  });

  it('caps a huge value with a way to show all of it', () => {
    const html = renderToStaticMarkup(
      <CellDetailsDialog columnName="Message" type="string" rowNumber={1} text={'x'.repeat(1_048_576)} shownAs={null} onCopy={noop} onClose={noop} />,
    );
    expect(html).toContain('string · 1,048,576 characters');
    expect(html).toContain('Showing the first 100,000 characters; 948,576 more are not shown.');
    expect(html).toContain('>Show all</button>');
    expect(html.length).toBeLessThan(110_000);
  });

  it('warns about hidden text-direction characters and shows the zone-converted datetime', () => {
    const bidi = renderToStaticMarkup(<CellDetailsDialog columnName="Name" type="string" rowNumber={1} text={'invoice_\u202Efdp.exe'} shownAs={null} onCopy={noop} onClose={noop} />);
    expect(bidi).toContain('invisible text-direction characters (U+202E)');
    const time = renderToStaticMarkup(
      <CellDetailsDialog columnName="TimeGenerated" type="datetime" rowNumber={1} text="2026-01-15T23:30:00Z" shownAs="2026-01-16 00:30:00.000" onCopy={noop} onClose={noop} />,
    );
    expect(time).toContain('shown as <bdi>2026-01-16 00:30:00.000</bdi>');
  });
});
