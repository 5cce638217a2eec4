// Runs the check when the dialog's content mounts and again on request; a newer run aborts the older one, and what
// a superseded run reports is dropped because it belongs to another attempt.
import { useEffect, useState } from 'react';
import { useServices } from '../../../app/ServicesContext';
import { isComplete } from '../../../domain/connectionCheck/chain';
import { runConnectionCheck, type CheckProgress } from './runConnectionCheck';

export interface ConnectionCheckState {
  /** Null until the first step of the current attempt has concluded. */
  progress: CheckProgress | null;
  running: boolean;
  runAgain(): void;
}

export function useConnectionCheck(): ConnectionCheckState {
  const services = useServices();
  const [attempt, setAttempt] = useState(0);
  const [report, setReport] = useState<{ attempt: number; progress: CheckProgress } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const { workspace, cloud } = services.store.getState();
    void runConnectionCheck(
      {
        config: services.config,
        connection: services.connection(),
        cloud,
        workspaceId: workspace?.id ?? null,
        origin: location.origin,
        navigatorOnline: navigator.onLine,
        now: Date.now,
        signal: controller.signal,
      },
      (progress) => setReport({ attempt, progress }),
    );
    return () => controller.abort();
  }, [attempt, services]);

  const progress = report?.attempt === attempt ? report.progress : null;
  return { progress, running: progress === null || !isComplete(progress.results), runAgain: () => setAttempt((previous) => previous + 1) };
}
