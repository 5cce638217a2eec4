// The query text and what the analyst set around it. Persisted continuously (see store.ts) so a reload or a redirect
// sign-in loses nothing.
import type { StateCreator } from 'zustand';
import { DEFAULT_TIMESPAN, type TimespanSelection } from '../domain/timespan/selection';

export const EXAMPLE_QUERY = `SigninLogs
| where ResultType != "0"
| summarize FailedSignIns = count() by UserPrincipalName, IPAddress
| order by FailedSignIns desc`;

export type Theme = 'light' | 'dark';

export interface EditorSlice {
  queryText: string;
  timespan: TimespanSelection;
  theme: Theme;
  setQueryText(text: string): void;
  setTimespan(timespan: TimespanSelection): void;
  setTheme(theme: Theme): void;
}

export const createEditorSlice: StateCreator<EditorSlice, [], [], EditorSlice> = (set) => ({
  queryText: EXAMPLE_QUERY,
  timespan: DEFAULT_TIMESPAN,
  theme: 'light',
  setQueryText: (queryText) => set({ queryText }),
  setTimespan: (timespan) => set({ timespan }),
  setTheme: (theme) => set({ theme }),
});
