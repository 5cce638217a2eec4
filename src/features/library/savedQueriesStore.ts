// The analyst's saved queries, under their own localStorage key. Names are checked by the dialogs; these operations
// apply them to the list as stored now (see persistedList.ts).
import { mergeImport, parseStoredSavedQueries, storedSavedQueries, type ImportResult, type SavedQueryDraft } from '../../domain/savedQueries/importExport';
import { deleteSavedQuery, putSavedQuery, renameSavedQuery, type SavedQuery } from '../../domain/savedQueries/savedQuery';
import { createPersistedList, type PersistedList } from './persistedList';

export const SAVED_QUERIES_KEY = 'kql-console:saved-queries';

export interface SavedQueriesStore extends PersistedList<SavedQuery> {
  put(query: SavedQuery): void;
  rename(id: string, name: string): void;
  remove(id: string): void;
  importDrafts(drafts: readonly SavedQueryDraft[]): ImportResult;
}

export function createSavedQueriesStore(storage: Storage, newId: () => string = () => crypto.randomUUID()): SavedQueriesStore {
  const list = createPersistedList({
    storage,
    key: SAVED_QUERIES_KEY,
    parse: parseStoredSavedQueries,
    serialize: storedSavedQueries,
    unsavedProblem: 'The browser refused to save the saved queries (its storage is full or disabled): export them to a file before closing the page.',
  });
  return {
    ...list,
    put: (query) => list.update((queries) => putSavedQuery(queries, query)),
    rename: (id, name) => list.update((queries) => renameSavedQuery(queries, id, name, Date.now())),
    remove: (id) => list.update((queries) => deleteSavedQuery(queries, id)),
    importDrafts: (drafts) => {
      let result: ImportResult = { queries: [], added: [], alreadySaved: [], renamed: [] };
      list.update((queries) => {
        result = mergeImport(queries, drafts, newId, Date.now());
        return result.queries;
      });
      return result;
    },
  };
}
