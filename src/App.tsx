import { useState } from 'react';
import type { AuthClient, SignedInAccount } from './auth/msalClient';
import { CLOUDS } from './domain/clouds';
import type { RuntimeConfig } from './domain/runtimeConfig';
import { SignInPanel } from './features/connection/SignInPanel';
import { QueryForm } from './features/query/QueryForm';
import { useQueryRunner } from './features/query/useQueryRunner';
import { ResultView } from './features/results/ResultView';

interface AppProps {
  config: RuntimeConfig;
  auth: AuthClient;
}

export function App({ config, auth }: AppProps) {
  const cloud = CLOUDS[config.cloud];
  const [account, setAccount] = useState<SignedInAccount | null>(() => auth.getAccount());
  const { state, run } = useQueryRunner(cloud, auth);

  return (
    <main className="app">
      <h1>KQL Console</h1>
      <SignInPanel cloud={cloud} auth={auth} account={account} onSignedIn={setAccount} />
      <QueryForm running={state.status === 'running'} canRun={account !== null} onRun={run} />
      <ResultView state={state} />
    </main>
  );
}
