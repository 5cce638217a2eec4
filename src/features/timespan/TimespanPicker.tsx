// The time range sent with a query: presets, a custom absolute range in UTC, or none. When the query filters
// TimeGenerated itself the picker says so, because the service then applies both (their intersection).
import { useId, useMemo, useState } from 'react';
import { useConsole, useServices } from '../../app/ServicesContext';
import { detectTimeFilter } from '../../domain/kql/timeFilter';
import { parseCustomRange } from '../../domain/timespan/customRange';
import { isPresetId, presetById, TIMESPAN_PRESETS } from '../../domain/timespan/presets';
import type { TimespanSelection } from '../../domain/timespan/selection';
import { selectQueryText, selectTimespan } from '../../state/selectors';

const CUSTOM = 'custom';
const NONE = 'none';

export function describeTimespan(selection: TimespanSelection): string {
  switch (selection.kind) {
    case 'preset':
      return presetById(selection.presetId).label;
    case 'custom':
      return `${selection.start} → ${selection.end} (UTC)`;
    case 'setInQuery':
      return 'No time range (set in query)';
  }
}

export function TimespanPicker() {
  const { store } = useServices();
  const timespan = useConsole(selectTimespan);
  const queryText = useConsole(selectQueryText);
  const filtersTime = useMemo(() => detectTimeFilter(queryText).filtersTime, [queryText]);
  const [editingCustom, setEditingCustom] = useState(false);
  const noteId = useId();

  const selected = editingCustom || timespan.kind === 'custom' ? CUSTOM : timespan.kind === 'preset' ? timespan.presetId : NONE;
  const choose = (value: string) => {
    if (value === CUSTOM) return setEditingCustom(true);
    setEditingCustom(false);
    store.getState().setTimespan(isPresetId(value) ? { kind: 'preset', presetId: value } : { kind: 'setInQuery' });
  };

  return (
    <div className="timespan-picker">
      <label>
        Time range{filtersTime && <span className="badge"> Set in query</span>}
        <select value={selected} onChange={(event) => choose(event.target.value)} aria-describedby={filtersTime ? noteId : undefined}>
          {TIMESPAN_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.label}
            </option>
          ))}
          <option value={CUSTOM}>Custom range…</option>
          <option value={NONE}>No time range (set in query)</option>
        </select>
      </label>
      {filtersTime && (
        <p id={noteId} className="hint">
          {timespan.kind === 'setInQuery'
            ? 'Your query filters TimeGenerated, and no time range is sent: the query alone decides.'
            : `Your query filters TimeGenerated. The console also sends "${describeTimespan(timespan)}", and the service applies both: only rows inside both ranges are returned.`}
        </p>
      )}
      {selected === CUSTOM && (
        <CustomRangeForm
          initial={timespan.kind === 'custom' ? timespan : null}
          onApply={(range) => {
            store.getState().setTimespan(range);
            setEditingCustom(false);
          }}
        />
      )}
    </div>
  );
}

function CustomRangeForm({ initial, onApply }: { initial: { start: string; end: string } | null; onApply: (range: TimespanSelection) => void }) {
  const [start, setStart] = useState(initial?.start ?? '');
  const [end, setEnd] = useState(initial?.end ?? '');
  const [errors, setErrors] = useState<{ start?: string; end?: string; range?: string }>({});
  const [notes, setNotes] = useState<readonly string[]>([]);
  const apply = () => {
    const result = parseCustomRange(start, end, Date.now());
    if (!result.ok) {
      setErrors(result.errors);
      setNotes([]);
      return;
    }
    setErrors({});
    setNotes(result.notes);
    onApply(result.selection);
  };
  return (
    <form
      className="custom-range"
      aria-label="Custom time range"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <label>
        Start (UTC)
        <input value={start} onChange={(event) => setStart(event.target.value)} placeholder="2026-11-23 08:00" aria-invalid={errors.start ? true : undefined} />
      </label>
      {errors.start && <span role="alert">{errors.start}</span>}
      <label>
        End (UTC)
        <input value={end} onChange={(event) => setEnd(event.target.value)} placeholder="2026-11-23 12:00" aria-invalid={errors.end ? true : undefined} />
      </label>
      {errors.end && <span role="alert">{errors.end}</span>}
      <button type="submit">Apply range</button>
      {errors.range && <span role="alert">{errors.range}</span>}
      {notes.map((note) => (
        <span key={note} className="hint">
          {note}
        </span>
      ))}
    </form>
  );
}
