// Light or dark for the whole console, Monaco included; a toggle button bound to the registry's toggleTheme.
import { dispatchAction } from '../../actions/registry';
import { useConsole } from '../../app/ServicesContext';
import { useActionContext } from '../../app/useActionContext';
import { selectTheme } from '../../state/selectors';

export function ThemeToggle() {
  const context = useActionContext();
  const dark = useConsole(selectTheme) === 'dark';
  return (
    <button type="button" className="theme-toggle" aria-pressed={dark} onClick={() => dispatchAction('toggleTheme', context)}>
      <span aria-hidden="true">◐</span> Dark theme
    </button>
  );
}
