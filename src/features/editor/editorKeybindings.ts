// The action registry's keybindings (src/actions/registry.ts) in Monaco's encoding, so the editor binds exactly the
// keys the rest of the console uses for the same action.
import type { Keybinding } from '../../actions/types';

/** The parts of Monaco's KeyMod and KeyCode enums this needs; passed in so this module does not load Monaco. */
export interface MonacoKeyEnums {
  KeyMod: { CtrlCmd: number; Shift: number; Alt: number };
  KeyCode: Readonly<Record<string, number | string>>;
}

const NAMED_KEYS: Readonly<Record<string, string>> = {
  enter: 'Enter',
  escape: 'Escape',
  tab: 'Tab',
  ',': 'Comma',
  '.': 'Period',
  '/': 'Slash',
  ';': 'Semicolon',
  pageup: 'PageUp',
  pagedown: 'PageDown',
};

/** Monaco's KeyCode member name for a KeyboardEvent.key value, or null when Monaco has no such key. */
export function monacoKeyCodeName(key: string): string | null {
  const lower = key.toLowerCase();
  if (NAMED_KEYS[lower]) return NAMED_KEYS[lower];
  if (/^[a-z]$/.test(lower)) return `Key${lower.toUpperCase()}`;
  if (/^[0-9]$/.test(lower)) return `Digit${lower}`;
  if (/^f([1-9]|1[0-9])$/.test(lower)) return lower.toUpperCase();
  return null;
}

export function toMonacoKeybinding(binding: Keybinding, { KeyMod, KeyCode }: MonacoKeyEnums): number | null {
  const name = monacoKeyCodeName(binding.key);
  const code = name === null ? undefined : KeyCode[name];
  if (typeof code !== 'number') return null;
  return code | (binding.ctrlOrMeta ? KeyMod.CtrlCmd : 0) | (binding.shift ? KeyMod.Shift : 0) | (binding.alt ? KeyMod.Alt : 0);
}
