// Saved functions of the demo workspace, as an analyst would have stored them.
import type { StoredFunction } from '../engine/api.ts';

export const DEMO_FUNCTIONS: readonly StoredFunction[] = [
  { name: 'FailedSignIns', parameters: '', body: 'SigninLogs | where ResultType != "0"' },
  { name: 'SignInsFromAddress', parameters: '(address:string)', body: 'SigninLogs | where IPAddress == address' },
  {
    name: 'SilentComputers',
    parameters: '(silence:timespan)',
    body: 'Heartbeat | summarize LastHeartbeat = max(TimeGenerated) by Computer | where LastHeartbeat < ago(silence)',
  },
];
