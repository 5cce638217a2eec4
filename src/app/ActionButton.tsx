// A button bound to a registry action: the same label, shortcut hint and enabled state everywhere it appears.
import { useStore } from 'zustand';
import { keybindingLabel } from '../actions/keybindings';
import { actionById, dispatchAction } from '../actions/registry';
import type { ActionId } from '../actions/types';
import { useActionContext } from './useActionContext';

interface ActionButtonProps {
  action: ActionId;
  className?: string;
  /** Visible text when it should differ from the action's label (the accessible name stays the label). */
  children?: React.ReactNode;
}

export function ActionButton({ action, className, children }: ActionButtonProps) {
  const context = useActionContext();
  const definition = actionById(action);
  const enabled = useStore(context.store, () => definition.isEnabled(context));
  const shortcut = definition.keybindings[0];
  return (
    <button
      type="button"
      className={className}
      disabled={!enabled}
      aria-label={definition.label}
      aria-keyshortcuts={shortcut ? keybindingLabel(shortcut).replace('Esc', 'Escape') : undefined}
      title={shortcut ? `${definition.label} (${keybindingLabel(shortcut)})` : definition.label}
      onClick={() => dispatchAction(action, context)}
    >
      {children ?? definition.label}
    </button>
  );
}
