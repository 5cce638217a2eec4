import { describe, expect, it } from 'vitest';
import { createExportUi } from './exportUiState';

describe('export UI state', () => {
  it('opens the dialog clearing the last message, and tells subscribers about each change', () => {
    const ui = createExportUi();
    const seen: string[] = [];
    const unsubscribe = ui.subscribe(() => seen.push(`${ui.get().dialogOpen}:${ui.get().notice?.text ?? '-'}`));
    ui.notify({ text: 'Copied 3 rows', tone: 'info' });
    ui.openDialog();
    ui.closeDialog();
    unsubscribe();
    ui.openDialog();
    expect(seen).toEqual(['false:Copied 3 rows', 'true:-', 'false:-']);
    expect(ui.get()).toEqual({ dialogOpen: true, notice: null });
  });
});
