import { describe, expect, it } from 'vitest';
import { byName, deleteSavedQuery, findByName, freeName, NAME_MAX_LENGTH, nameProblem, putSavedQuery, renameSavedQuery, type SavedQuery } from './savedQuery';

const query = (id: string, name: string, queryText = 'Heartbeat'): SavedQuery => ({ id, name, queryText, savedAt: 1 });

describe('saved queries', () => {
  const list = [query('1', 'Failed sign-ins'), query('2', 'Silent computers')];

  it('matches names regardless of case and surrounding spaces', () => {
    expect(findByName(list, '  failed SIGN-INS ')?.id).toBe('1');
    expect(findByName(list, 'failed')).toBeUndefined();
  });

  it('says why a name cannot be used, allowing a query to keep its own name', () => {
    expect(nameProblem('   ', list)).toBe('Give the query a name.');
    expect(nameProblem('x'.repeat(NAME_MAX_LENGTH + 1), list)).toBe(`A name can have at most ${NAME_MAX_LENGTH} characters.`);
    expect(nameProblem('silent COMPUTERS', list)).toBe('A saved query named “Silent computers” already exists.');
    expect(nameProblem('Silent computers', list, '2')).toBeNull();
    expect(nameProblem('Pegged CPU', list)).toBeNull();
  });

  it('adds, replaces, renames and deletes by id', () => {
    const added = putSavedQuery(list, query('3', 'Pegged CPU'));
    expect(added.map((q) => q.id)).toEqual(['1', '2', '3']);
    expect(putSavedQuery(added, query('1', 'Failed sign-ins', 'SigninLogs')).find((q) => q.id === '1')?.queryText).toBe('SigninLogs');
    const renamed = renameSavedQuery(added, '3', '  CPU at 97 %  ', 50);
    expect(renamed.find((q) => q.id === '3')).toMatchObject({ name: 'CPU at 97 %', savedAt: 50 });
    expect(deleteSavedQuery(renamed, '2').map((q) => q.id)).toEqual(['1', '3']);
  });

  it('lists alphabetically, ignoring case and ordering numbers naturally', () => {
    expect(byName([query('a', 'b 10'), query('b', 'B 9'), query('c', 'a')]).map((q) => q.name)).toEqual(['a', 'B 9', 'b 10']);
  });

  it('finds a free variant of a taken name, within the length limit', () => {
    expect(freeName(list, 'Pegged CPU')).toBe('Pegged CPU');
    expect(freeName(list, 'failed sign-ins')).toBe('failed sign-ins (2)');
    expect(freeName([...list, query('3', 'Failed sign-ins (2)')], 'Failed sign-ins')).toBe('Failed sign-ins (3)');
    const long = 'n'.repeat(NAME_MAX_LENGTH);
    const free = freeName([query('9', long)], long);
    expect(free.length).toBeLessThanOrEqual(NAME_MAX_LENGTH);
    expect(free.endsWith(' (2)')).toBe(true);
  });
});
