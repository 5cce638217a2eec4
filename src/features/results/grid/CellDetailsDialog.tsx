// The full value of one cell: pretty JSON for dynamic values, the whole text for long or multi-line ones. A modal
// dialog (Escape closes it and focus returns to the cell). Text only; a huge value shows a capped preview first so
// opening it never stalls the page, and "Show all" renders the rest on request.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KustoType } from '../../../domain/results/model';
import { formatCount } from '../resultStatus';
import { bidiControlsIn, detailsText, DETAILS_PREVIEW_CHARS, prettyDynamic } from './cellDisplay';

export interface CellDetailsProps {
  readonly columnName: string;
  readonly type: KustoType;
  /** 1-based, as the grid announces rows. */
  readonly rowNumber: number;
  /** The cell's text as the service sent it (a datetime in UTC). */
  readonly text: string;
  /** The text as the grid shows it (a datetime in the display zone), when it differs. */
  readonly shownAs: string | null;
  onCopy(): void;
  onClose(): void;
}

export function CellDetailsDialog({ columnName, type, rowNumber, text, shownAs, onCopy, onClose }: CellDetailsProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [showAll, setShowAll] = useState(false);
  const full = useMemo(() => (type === 'dynamic' ? prettyDynamic(text) : text), [type, text]);
  const bidiControls = useMemo(() => bidiControlsIn(text), [text]);
  const shown = detailsText(full, showAll);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} className="cell-details" aria-labelledby={titleId} onClose={onClose} onKeyDown={(event) => event.key === 'Escape' && event.stopPropagation()}>
      <h2 id={titleId} className="dialog-title">
        <bdi>{columnName}</bdi>, row {formatCount(rowNumber)}
      </h2>
      <p className="dialog-meta">
        {type} · {formatCount(text.length)} characters
        {shownAs !== null && (
          <>
            {' '}
            · shown as <bdi>{shownAs}</bdi>
          </>
        )}
      </p>
      {bidiControls.length > 0 && (
        <p className="notice notice-warning">
          This value contains invisible text-direction characters ({bidiControls.join(', ')}) that can make text read differently from
          what it is.
        </p>
      )}
      {text === '' ? (
        <p className="dialog-empty">(empty)</p>
      ) : (
        <pre className="cell-details-text" tabIndex={0} aria-label={`Value of ${columnName}`}>
          {shown.text}
        </pre>
      )}
      {shown.omitted > 0 && (
        <p className="dialog-meta">
          Showing the first {formatCount(DETAILS_PREVIEW_CHARS)} characters; {formatCount(shown.omitted)} more are not shown.{' '}
          <button type="button" onClick={() => setShowAll(true)}>
            Show all
          </button>
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCopy}>
          Copy value
        </button>
        <button type="button" onClick={() => dialogRef.current?.close()} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
