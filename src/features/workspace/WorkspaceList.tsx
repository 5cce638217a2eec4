// The searchable list of workspaces: a search box that drives a listbox (combobox pattern with
// aria-activedescendant), so the arrows move through the options and Enter chooses one while typing continues.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { WorkspaceRef } from '../../state/sessionSlice';
import type { WorkspaceOption } from './workspaceOptions';

interface WorkspaceListProps {
  options: readonly WorkspaceOption[];
  search: string;
  onSearch(text: string): void;
  currentId: string | null;
  onChoose(workspace: WorkspaceRef): void;
}

export function WorkspaceList({ options, search, onSearch, currentId, onChoose }: WorkspaceListProps) {
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const [activeKey, setActiveKey] = useState<string | null>(null);
  // The active option follows the analyst's choice while it stays in the filtered list, and is the first otherwise.
  const foundIndex = options.findIndex((option) => option.workspace.id === activeKey);
  const activeIndex = foundIndex >= 0 ? foundIndex : options.length > 0 ? 0 : -1;

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  const move = (delta: number) => {
    if (options.length === 0) return;
    const next = (activeIndex + delta + options.length) % options.length;
    setActiveKey(options[next]?.workspace.id ?? null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[activeIndex];
      if (option) onChoose(option.workspace);
    }
  };

  return (
    <div className="workspace-list">
      <input
        type="search"
        aria-label="Search workspaces"
        placeholder="Search by name, resource group, region or ID"
        value={search}
        data-autofocus
        spellCheck={false}
        onChange={(event) => onSearch(event.target.value)}
        onKeyDown={onKeyDown}
        aria-controls={listId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
      />
      <ul role="listbox" id={listId} aria-label="Workspaces" className="workspace-options">
        {options.map((option, index) => {
          const { workspace } = option;
          const details = [workspace.resourceGroup, workspace.location, option.subscriptionName].filter(Boolean).join(' · ');
          return (
            <li
              key={workspace.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              aria-current={workspace.id === currentId ? 'true' : undefined}
              className="workspace-option"
              onPointerMove={() => setActiveKey(workspace.id)}
              onClick={() => onChoose(workspace)}
            >
              <span className="workspace-option-name">
                {workspace.name ?? workspace.id}
                {option.recent && <span className="badge">Recent</span>}
                {workspace.id === currentId && <span className="badge">Current</span>}
              </span>
              {details && <span className="workspace-option-details">{details}</span>}
              <code className="workspace-option-id">{workspace.id}</code>
            </li>
          );
        })}
      </ul>
      {options.length === 0 && search.trim() !== '' && <p className="muted">No workspace matches “{search.trim()}”.</p>}
    </div>
  );
}
