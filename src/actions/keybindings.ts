import type { Keybinding } from './types';

export interface KeyEventLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function matchesKeybinding(event: KeyEventLike, binding: Keybinding): boolean {
  return (
    event.key.toLowerCase() === binding.key.toLowerCase() &&
    event.shiftKey === (binding.shift ?? false) &&
    (event.ctrlKey || event.metaKey) === (binding.ctrlOrMeta ?? false) &&
    event.altKey === (binding.alt ?? false)
  );
}

/** "Shift+Enter", "Ctrl+Shift+E": what tooltips and menus show next to a label. */
export function keybindingLabel(binding: Keybinding, isMac = false): string {
  const parts: string[] = [];
  if (binding.ctrlOrMeta) parts.push(isMac ? 'Cmd' : 'Ctrl');
  if (binding.alt) parts.push(isMac ? 'Option' : 'Alt');
  if (binding.shift) parts.push('Shift');
  parts.push(binding.key.length === 1 ? binding.key.toUpperCase() : binding.key === 'Escape' ? 'Esc' : binding.key);
  return parts.join('+');
}
