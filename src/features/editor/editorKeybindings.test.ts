import { describe, expect, it } from 'vitest';
import { actionById } from '../../actions/registry';
import { monacoKeyCodeName, toMonacoKeybinding, type MonacoKeyEnums } from './editorKeybindings';

// Monaco 0.46's values for the members used here (KeyMod bits and KeyCode numbers).
const enums: MonacoKeyEnums = {
  KeyMod: { CtrlCmd: 2048, Shift: 1024, Alt: 512 },
  KeyCode: { Enter: 3, Escape: 9, KeyE: 35, Comma: 87, F6: 64, PageDown: 12 },
};

describe('monacoKeyCodeName', () => {
  it('names keys the way Monaco does', () => {
    expect(['Enter', 'Escape', 'e', 'E', '7', 'F6', 'F12', ',', 'ArrowUp'].map(monacoKeyCodeName)).toEqual([
      'Enter',
      'Escape',
      'KeyE',
      'KeyE',
      'Digit7',
      'F6',
      'F12',
      'Comma',
      null,
    ]);
  });
});

describe('toMonacoKeybinding', () => {
  it("encodes the run action's Shift+Enter and Ctrl/Cmd+Enter, and cancel's Escape", () => {
    expect(actionById('run').keybindings.map((binding) => toMonacoKeybinding(binding, enums))).toEqual([3 | 1024, 3 | 2048]);
    expect(actionById('cancel').keybindings.map((binding) => toMonacoKeybinding(binding, enums))).toEqual([9]);
  });

  it("encodes the next-tab action's Alt+PageDown, which Monaco would otherwise keep for scrolling", () => {
    expect(actionById('nextTab').keybindings.map((binding) => toMonacoKeybinding(binding, enums))).toEqual([12 | 512]);
  });

  it('combines every modifier, and gives null for a key Monaco lacks', () => {
    expect(toMonacoKeybinding({ key: 'e', ctrlOrMeta: true, shift: true, alt: true }, enums)).toBe(35 | 2048 | 1024 | 512);
    expect(toMonacoKeybinding({ key: 'ArrowUp' }, enums)).toBeNull();
    expect(toMonacoKeybinding({ key: 'x' }, enums)).toBeNull();
  });
});
