// The zone datetimes are shown in: UTC unless the analyst switched to the browser's own zone (settings.timeZoneDisplay).
import { useConsole } from '../../app/ServicesContext';
import { selectSettings } from '../../state/selectors';

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function useDisplayTimeZone(): string {
  const display = useConsole((state) => selectSettings(state).timeZoneDisplay);
  return display === 'utc' ? 'UTC' : localTimeZone();
}
