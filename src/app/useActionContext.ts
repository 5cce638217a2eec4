import { useMemo } from 'react';
import type { ActionContext } from '../actions/types';
import { useServices } from './ServicesContext';
import { createActionServices } from './actionServices';

export function useActionContext(): ActionContext {
  const services = useServices();
  return useMemo(() => ({ store: services.store, services: createActionServices(services) }), [services]);
}
