// Step 1: is everything the chain needs set, and in the right form? Signed in, the Entra app's client id and tenant
// (for an Entra sign-in), and a workspace id that is a GUID.
import { isGuid } from '../identifiers';
import type { ConnectionMode } from '../identity';
import { failure } from '../queryFailure';
import type { StepVerdict } from './types';

export interface ConfigurationObservation {
  /** Null when nobody is signed in. */
  connectionMode: ConnectionMode | null;
  clientId: string | null;
  tenantId: string;
  workspaceId: string | null;
}

const MODE_TEXT: Readonly<Record<ConnectionMode, string>> = {
  entra: 'Signed in with Microsoft Entra ID',
  demo: 'Signed in to the local demo',
  pastedToken: 'Using a pasted access token',
};

function problemsOf({ connectionMode, clientId, tenantId, workspaceId }: ConfigurationObservation): string[] {
  const problems: string[] = [];
  if (connectionMode === null) problems.push('Nobody is signed in.');
  if (connectionMode === 'entra') {
    if (clientId === null || clientId.trim() === '') problems.push('No application (client) ID is configured.');
    else if (!isGuid(clientId.trim())) problems.push(`The client ID "${clientId}" is not a GUID.`);
    if (tenantId.trim() === '') problems.push('No tenant is configured.');
  }
  if (workspaceId === null || workspaceId.trim() === '') problems.push('No workspace is chosen.');
  else if (!isGuid(workspaceId.trim())) problems.push(`"${workspaceId}" is not a workspace ID (a GUID).`);
  return problems;
}

export function checkConfiguration(observed: ConfigurationObservation): StepVerdict {
  const { connectionMode, clientId, tenantId, workspaceId } = observed;
  const problems = problemsOf(observed);
  // problemsOf names a missing sign-in or workspace; the null tests only tell the compiler.
  if (problems.length > 0 || connectionMode === null || workspaceId === null) {
    const detail = problems.join(' ');
    return { status: 'failed', detail, failure: { outcome: { kind: 'failed', failure: failure('configuration', 'MissingConfiguration', detail) }, simulated: false } };
  }
  const app = connectionMode === 'entra' ? ` (client ID ${clientId}, tenant ${tenantId})` : '';
  return { status: 'passed', detail: `${MODE_TEXT[connectionMode]}${app}; workspace ${workspaceId}.` };
}
