// Switches datetimes between UTC (the default, what the service returns) and the browser's zone, through the action
// registry. Column headers name the zone in use, so a screenshot or a copied header is never ambiguous.
import { dispatchAction } from '../../actions/registry';
import { useConsole } from '../../app/ServicesContext';
import { useActionContext } from '../../app/useActionContext';
import { selectSettings } from '../../state/selectors';
import { localTimeZone } from './displayTimeZone';

export function TimeZoneToggle() {
  const context = useActionContext();
  const local = useConsole((state) => selectSettings(state).timeZoneDisplay === 'local');
  return (
    <button type="button" aria-pressed={local} onClick={() => dispatchAction('toggleTimeZone', context)}>
      Local time ({localTimeZone()})
    </button>
  );
}
