// The selected workspace's schema for a component. Any component using it keeps the source following the current
// connection and workspace; the source itself skips a load that is already done or under way.
import { useEffect, useSyncExternalStore } from 'react';
import { useConsole, useServices } from '../../../app/ServicesContext';
import type { ConsoleServices } from '../../../app/services';
import { selectIdentity, selectWorkspace } from '../../../state/selectors';
import { createSchemaSource, type SchemaSource, type SchemaState } from './schemaSource';

const sources = new WeakMap<ConsoleServices, SchemaSource>();

function schemaSourceFor(services: ConsoleServices): SchemaSource {
  let source = sources.get(services);
  if (!source) {
    source = createSchemaSource();
    sources.set(services, source);
  }
  return source;
}

export function useWorkspaceSchema(): { state: SchemaState; refresh(): void } {
  const services = useServices();
  const source = schemaSourceFor(services);
  // The identity changes whenever the connection does (services.setConnection sets both), so it stands in for it.
  const identity = useConsole(selectIdentity);
  const workspaceId = useConsole(selectWorkspace)?.id ?? null;
  useEffect(() => {
    source.follow(workspaceId, identity ? services.connection() : null);
  }, [source, services, identity, workspaceId]);
  const state = useSyncExternalStore(source.subscribe, source.getSnapshot);
  return { state, refresh: source.refresh };
}
