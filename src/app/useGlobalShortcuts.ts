import { useEffect } from 'react';
import { actionForKey, dispatchAction } from '../actions/registry';
import { useActionContext } from './useActionContext';

/** Page-level shortcuts from the action registry. The editor handles its own keys (Shift+Enter, Esc) through the same ids. */
export function useGlobalShortcuts(): void {
  const context = useActionContext();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = actionForKey(event);
      if (action && dispatchAction(action.id, context)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [context]);
}
