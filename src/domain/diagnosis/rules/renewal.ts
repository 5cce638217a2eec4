// How to get a fresh token depends on how the console is connected: Entra sign-in renews it, a pasted token must be
// fetched again by the analyst (with the right resource and cloud), the local demo signs in against the emulator.
import type { CloudName } from '../../clouds';
import type { Facts } from '../facts';
import { expectedAudiences } from '../tokenEvidence';
import type { DiagnosisAction } from '../types';

const AZURE_CLI_CLOUDS: Readonly<Record<CloudName, string>> = {
  AzurePublic: 'AzureCloud',
  AzureUSGovernment: 'AzureUSGovernment',
  AzureChina: 'AzureChinaCloud',
};

/** The resource a token for this request must be issued for, e.g. https://api.loganalytics.io. */
export function expectedResource(facts: Facts): string {
  return expectedAudiences(facts.cloud, facts.service)[0] ?? '';
}

/** The Azure CLI command that prints a token for this request's resource and cloud. */
function cliTokenCommand(facts: Facts): string {
  const cloudStep = facts.cloud.name === 'AzurePublic' ? '' : `az cloud set --name ${AZURE_CLI_CLOUDS[facts.cloud.name]}, then `;
  return `${cloudStep}az account get-access-token --resource ${expectedResource(facts)} --query accessToken -o tsv`;
}

/** The step that gets a fresh token, worded for the connection mode. */
export function renewTokenStep(facts: Facts): string {
  switch (facts.context.connectionMode) {
    case 'pastedToken':
      return `Get a new access token and paste it (Sign in again opens the token dialog). With the Azure CLI: ${cliTokenCommand(facts)}`;
    case 'demo':
      return 'Sign in to the local demo again (Sign in again, below).';
    default:
      return `Sign in again (Sign in again, below): the console asks Microsoft Entra ID for a fresh token for ${expectedResource(facts)}.`;
  }
}

/** "Sign in again", carrying a claims challenge from WWW-Authenticate when the service sent one. */
export function signInAgainAction(facts: Facts): DiagnosisAction {
  const challenge = facts.failure?.wwwAuthenticate ?? '';
  const claims = /\bclaims="([^"]+)"/.exec(challenge)?.[1];
  return claims === undefined ? { id: 'signInAgain', label: 'Sign in again' } : { id: 'signInAgain', label: 'Sign in again', claims };
}
