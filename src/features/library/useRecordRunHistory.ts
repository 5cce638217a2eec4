// Keeps the run history recording for as long as the console is mounted. A failure is recorded under the title of
// the diagnosis the troubleshooting panel gives it, computed from the same sources.
import { useEffect } from 'react';
import { useServices } from '../../app/ServicesContext';
import { diagnose } from '../../domain/diagnosis/diagnose';
import { diagnosisInputFor } from '../troubleshoot/diagnosisInput';
import { libraryOf, newId } from './libraryStores';
import { recordRunHistory } from './runHistory';

export function useRecordRunHistory(): void {
  const services = useServices();
  useEffect(() => {
    const { history } = libraryOf(services);
    return recordRunHistory(services.store, {
      record: (entry) => history.record(entry),
      failureTitle: (run, started, state) =>
        diagnose(
          diagnosisInputFor({
            run,
            cloud: state.cloud,
            identity: state.identity,
            timespan: started.timespan,
            serverWaitSeconds: state.settings.serverWaitSeconds,
            config: services.config,
            logAnalyticsEndpoint: services.connection()?.logAnalyticsEndpoint ?? null,
            origin: location.origin,
            navigatorOnline: navigator.onLine,
          }),
        ).title,
      now: Date.now,
      newId,
    });
  }, [services]);
}
