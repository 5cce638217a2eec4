import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { authErrorCode, createAuthClient, type AuthClient } from './auth/msalClient';
import { loadRuntimeConfig } from './config/runtimeConfig';
import { CLOUDS } from './domain/clouds';
import { ConfigurationProblem } from './features/connection/ConfigurationProblem';
import './ui/base.css';

async function startConsole(): Promise<ReactNode> {
  const loaded = await loadRuntimeConfig();
  if (!loaded.ok) return <ConfigurationProblem title="The configuration (config.json) has problems" problems={loaded.errors} />;
  const { config } = loaded;
  if (config.clientId === null) {
    return (
      <ConfigurationProblem
        title="Sign-in is not configured"
        problems={[
          'Set clientId (and tenantId) in config.json to the app registration of this console, then reload.',
          ...(config.emulatorUrl ? [`The local emulator answers at ${config.emulatorUrl}; this version cannot sign in to it yet.`] : []),
        ]}
      />
    );
  }
  let auth: AuthClient;
  try {
    auth = await createAuthClient({ clientId: config.clientId, tenantId: config.tenantId, cloud: CLOUDS[config.cloud] });
  } catch (error) {
    return <ConfigurationProblem title="Sign-in could not start" problems={[`MSAL reported ${authErrorCode(error)}.`]} />;
  }
  return <App config={config} auth={auth} />;
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element.');
const root = createRoot(rootElement);
void startConsole().then((content) => root.render(<StrictMode>{content}</StrictMode>));
