// Renders a feature component to HTML in Node (no DOM, so effects do not run), inside real services: the console
// store and the results client over the in-process worker handlers. Enough to check markup, roles and wording.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ServicesProvider } from '../../../app/ServicesContext';
import { createConsoleServices, type ConsoleServices } from '../../../app/services';
import { createConsoleStore } from '../../../state/store';
import { createResultsClient } from '../../../workers/resultsClient';
import { createInProcessPort } from '../../../workers/resultsPort';

export function testServices(): ConsoleServices {
  const store = createConsoleStore(undefined);
  return createConsoleServices({ clientId: null, tenantId: 'organizations', cloud: 'AzurePublic', emulatorUrl: null }, store, createResultsClient(createInProcessPort));
}

export function renderStatic(node: ReactNode, services: ConsoleServices = testServices()): string {
  return renderToStaticMarkup(<ServicesProvider services={services}>{node}</ServicesProvider>);
}
