import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ResultTabs } from './ResultTabs';

describe('result tabs', () => {
  it('names each table with its rows, selecting one tab and making only it tabbable', () => {
    const html = renderToStaticMarkup(
      <ResultTabs
        tables={[
          { name: 'PrimaryResult', rowCount: 1234, columns: [] },
          { name: 'Table_1', rowCount: 1, columns: [] },
        ]}
        activeIndex={1}
        idPrefix="r"
        onSelect={() => undefined}
      />,
    );
    expect(html).toBe(
      '<div role="tablist" aria-label="Result tables" class="result-tabs">' +
        '<button id="r-tab-0" type="button" role="tab" aria-selected="false" aria-controls="r-panel" tabindex="-1" class="result-tab"><bdi>PrimaryResult (1,234 rows)</bdi></button>' +
        '<button id="r-tab-1" type="button" role="tab" aria-selected="true" aria-controls="r-panel" tabindex="0" class="result-tab"><bdi>Table_1 (1 row)</bdi></button>' +
        '</div>',
    );
  });
});
