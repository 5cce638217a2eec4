import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './app/AppShell';
import { createConsoleServices } from './app/services';
import { ServicesProvider } from './app/ServicesContext';
import { loadRuntimeConfig } from './config/runtimeConfig';
import { ConfigurationProblem } from './features/connection/ConfigurationProblem';
import { restoreConnection } from './features/connection/restoreConnection';
import { openShareLinkFromAddress } from './features/tabs/openShareLink';
import { claimBrowserTabId } from './state/browserTab';
import { createConsoleStore } from './state/store';
import { createResultsClient } from './workers/resultsClient';
import './ui/base.css';

async function startConsole(): Promise<ReactNode> {
  const loaded = await loadRuntimeConfig();
  if (!loaded.ok) return <ConfigurationProblem title="The configuration (config.json) has problems" problems={loaded.errors} />;
  const store = createConsoleStore(undefined, await claimBrowserTabId());
  store.getState().setCloud(loaded.config.cloud);
  const results = createResultsClient();
  results.start();
  const services = createConsoleServices(loaded.config, store, results);
  await openShareLinkFromAddress(services);
  // A share link pasted into the address bar of an open console changes only the fragment: no reload.
  window.addEventListener('hashchange', () => void openShareLinkFromAddress(services));
  await restoreConnection(services);
  return (
    <ServicesProvider services={services}>
      <AppShell />
    </ServicesProvider>
  );
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element.');
const root = createRoot(rootElement);
void startConsole().then((content) => root.render(<StrictMode>{content}</StrictMode>));
