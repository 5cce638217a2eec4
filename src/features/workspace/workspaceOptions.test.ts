import { describe, expect, it } from 'vitest';
import type { ListedWorkspace } from './workspaceListing';
import { workspaceIdProblem, workspaceOptions } from './workspaceOptions';

const sentinel: ListedWorkspace = {
  id: 'b5a3e4c2-0000-4000-8000-0000000d3001',
  name: 'contoso-sentinel-demo',
  resourceGroup: 'rg-security-demo',
  location: 'westeurope',
  subscriptionId: 'd3b7f5a0-0000-4000-8000-00000000500b',
  subscriptionName: 'Contoso Security (demo)',
};
const empty: ListedWorkspace = { ...sentinel, id: 'b5a3e4c2-0000-4000-8000-00000000e397', name: 'contoso-empty', resourceGroup: 'rg-apps-demo', location: 'eastus', subscriptionName: 'Contoso Operations (demo)' };
const large: ListedWorkspace = { ...empty, id: 'b5a3e4c2-0000-4000-8000-000000001a29', name: 'contoso-apps-large' };
const manual = { id: '11111111-2222-4333-8444-555555555555' };

describe('workspaceOptions', () => {
  it('puts recent workspaces first, completed from the listing, then the rest in listing order', () => {
    const options = workspaceOptions([manual, { id: empty.id.toUpperCase() }], [large, empty, sentinel], '');
    expect(options.map((option) => [option.workspace.name ?? option.workspace.id, option.recent, option.subscriptionName])).toEqual([
      [manual.id, true, null],
      ['contoso-empty', true, 'Contoso Operations (demo)'],
      ['contoso-apps-large', false, 'Contoso Operations (demo)'],
      ['contoso-sentinel-demo', false, 'Contoso Security (demo)'],
    ]);
    expect(options[1]?.workspace).toEqual({ id: empty.id, name: 'contoso-empty', resourceGroup: 'rg-apps-demo', location: 'eastus', subscriptionId: empty.subscriptionId });
  });

  it('matches every search term against name, resource group, region, id and subscription, ignoring case', () => {
    const names = (search: string) => workspaceOptions([], [large, empty, sentinel], search).map((option) => option.workspace.name);
    expect(names('SENTINEL')).toEqual(['contoso-sentinel-demo']);
    expect(names('eastus apps')).toEqual(['contoso-apps-large', 'contoso-empty']);
    expect(names('1a29')).toEqual(['contoso-apps-large']);
    expect(names('security (demo)')).toEqual(['contoso-sentinel-demo']);
    expect(names('westeurope empty')).toEqual([]);
  });
});

describe('workspaceIdProblem', () => {
  it('accepts a GUID, with surrounding spaces', () => {
    expect(workspaceIdProblem(` ${sentinel.id} `, [])).toBeNull();
  });

  it('asks for a value when empty', () => {
    expect(workspaceIdProblem('  ', [])).toBe('Enter a workspace ID.');
  });

  it('recognises a listed workspace name and gives its id', () => {
    expect(workspaceIdProblem('Contoso-Sentinel-Demo', [sentinel])).toBe(
      '"contoso-sentinel-demo" is the workspace\'s name; the query API needs its ID, b5a3e4c2-0000-4000-8000-0000000d3001. Choose it from the list above.',
    );
  });

  it('explains what a workspace id looks like', () => {
    expect(workspaceIdProblem('not-a-guid', [])).toBe(
      '"not-a-guid" is not a workspace ID. A workspace ID is a GUID such as 00000000-0000-0000-0000-000000000000: the "Workspace ID" on the workspace\'s Overview page in the Azure portal (not its name or resource ID).',
    );
  });
});
