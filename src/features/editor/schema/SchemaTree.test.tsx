import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../domain/schema/model';
import { SchemaTree } from './SchemaTree';

const schema: Schema = {
  tables: [{ name: 'SigninLogs', description: null, columns: [{ name: 'UserPrincipalName', type: 'string' }] }],
  functions: [],
};

describe('SchemaTree', () => {
  it('renders a flat ARIA tree with levels and positions, and only the first row in the tab order', () => {
    expect(renderToStaticMarkup(<SchemaTree schema={schema} onInsert={() => undefined} />)).toBe(
      '<div role="tree" aria-label="Tables and functions" class="schema-tree">' +
        '<div role="treeitem" aria-label="Tables" aria-level="1" aria-setsize="1" aria-posinset="1" aria-expanded="true" tabindex="0" class="schema-row schema-row-level-1">' +
        '<span class="schema-twisty" aria-hidden="true">▾</span><span class="schema-name">Tables</span><span class="schema-detail">1</span></div>' +
        '<div role="treeitem" aria-label="SigninLogs" aria-level="2" aria-setsize="1" aria-posinset="1" aria-expanded="false" tabindex="-1" class="schema-row schema-row-level-2" title="Insert SigninLogs">' +
        '<span class="schema-twisty" aria-hidden="true">▸</span><span class="schema-name">SigninLogs</span></div>' +
        '</div>',
    );
  });
});
