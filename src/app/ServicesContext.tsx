import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ConsoleState } from '../state/store';
import type { ConsoleServices } from './services';

const ServicesContext = createContext<ConsoleServices | null>(null);

export function ServicesProvider({ services, children }: { services: ConsoleServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): ConsoleServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}

/** Reads the console store through a named selector (see src/state/selectors.ts). */
export function useConsole<T>(selector: (state: ConsoleState) => T): T {
  return useStore(useServices().store, selector);
}
