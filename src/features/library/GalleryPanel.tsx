// The example gallery, grouped by table: each example opens in a new tab with its timespan, on the current
// workspace, or opens and runs.
import { useId } from 'react';
import { useActionContext } from '../../app/useActionContext';
import { describeTimespan } from '../timespan/TimespanPicker';
import { galleryByTable, type GalleryExample } from './examples';
import { openQuery } from './openQuery';

const GROUPS = galleryByTable();

export function GalleryPanel() {
  return (
    <section className="library-panel" aria-label="Example queries">
      <div className="library-header">
        <h2 className="library-title">Examples</h2>
      </div>
      <p className="library-empty">Starting points for the tables analysts use most. Open one in a new tab, adapt it, run it.</p>
      {GROUPS.map(({ table, examples }) => (
        <section key={table} className="gallery-group" aria-label={table}>
          <h3 className="gallery-table">{table}</h3>
          <ul className="library-list">
            {examples.map((example) => (
              <GalleryItem key={example.id} example={example} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function GalleryItem({ example }: { example: GalleryExample }) {
  const context = useActionContext();
  const titleId = useId();
  const toOpen = { queryText: example.queryText, timespan: example.timespan, name: example.title };
  return (
    <li className="library-item">
      <h4 id={titleId} className="library-item-name">
        {example.title}
      </h4>
      <p className="library-description">{example.description}</p>
      <pre className="library-query">{example.queryText}</pre>
      <p className="library-meta">{describeTimespan(example.timespan)}</p>
      <div className="library-actions">
        <button type="button" aria-describedby={titleId} onClick={() => openQuery(context, toOpen, { run: false })}>
          Open
        </button>
        <button type="button" aria-describedby={titleId} onClick={() => openQuery(context, toOpen, { run: true })}>
          Run
        </button>
      </div>
    </li>
  );
}
