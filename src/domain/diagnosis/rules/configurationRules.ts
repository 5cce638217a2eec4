// Before anything is sent: something the console needs is not set (client id, tenant, workspace id, a pasted token),
// or the console refused to send a token to a host outside the selected cloud's allow-list (DESIGN §6).
import { CLOUDS } from '../../clouds';
import { isGuid } from '../../identifiers';
import { docs } from '../docs';
import { checkEndpoint, serviceHosts } from '../endpointCheck';
import type { Facts } from '../facts';
import { requestEndpointEvidence, workspaceEvidence } from '../requestEvidence';
import type { DiagnosisContent, DiagnosisRule } from '../rule';
import { hostOf, joinWords } from '../text';
import type { DiagnosisAction, Evidence, SettingsField } from '../types';

interface Requirement {
  evidence: Evidence;
  /** What to do when it is missing, and where. */
  step: string;
  setting: SettingsField | null;
}

function requirements(facts: Facts): Requirement[] {
  const { context } = facts;
  const list: Requirement[] = [];
  if (context.connectionMode === 'entra' || context.connectionMode === null) {
    const clientId = context.clientId?.trim() ?? '';
    list.push({
      evidence:
        clientId === ''
          ? { label: 'Client ID', value: 'not set', status: 'problem' }
          : isGuid(clientId)
            ? { label: 'Client ID', value: clientId, status: 'ok' }
            : { label: 'Client ID', value: `"${clientId}" is not a GUID`, status: 'problem' },
      step: "Enter the Application (client) ID of the console's app registration in Settings → Client ID.",
      setting: 'clientId',
    });
    const tenant = context.tenantId?.trim() ?? '';
    list.push({
      evidence: tenant === '' ? { label: 'Tenant ID', value: 'not set', status: 'problem' } : { label: 'Tenant ID', value: tenant, status: 'ok' },
      step: 'Enter your Directory (tenant) ID, or a domain such as contoso.onmicrosoft.com, in Settings → Tenant ID.',
      setting: 'tenantId',
    });
  }
  if (context.connectionMode === 'pastedToken') {
    list.push({
      evidence: facts.token === null ? { label: 'Access token', value: 'none pasted', status: 'problem' } : { label: 'Access token', value: 'pasted', status: 'ok' },
      step: 'Paste an access token for the Log Analytics API (Sign in again opens the token dialog).',
      setting: null,
    });
  }
  list.push({
    evidence: workspaceEvidence(facts),
    step: "Choose a workspace, or enter its Workspace ID (the GUID on the workspace's Overview page).",
    setting: null,
  });
  return list;
}

function missingConfiguration(facts: Facts): DiagnosisContent {
  const all = requirements(facts);
  const missing = all.filter((requirement) => requirement.evidence.status === 'problem');
  const names = missing.map((requirement) => requirement.evidence.label.replace(/^Access token$/, 'an access token'));
  const firstSetting = missing.find((requirement) => requirement.setting !== null)?.setting ?? null;
  const actions: DiagnosisAction[] = [
    ...(firstSetting !== null ? [{ id: 'openSettings' as const, label: 'Open Settings', setting: firstSetting }] : []),
    ...(missing.some((requirement) => requirement.evidence.label === 'Access token') ? [{ id: 'signInAgain' as const, label: 'Paste a token' }] : []),
    { id: 'checkConnection', label: 'Check connection' },
  ];
  return {
    title: 'The console is not fully set up',
    severity: 'error',
    summary: missing.length > 0 ? `The request was not sent: ${joinWords(names)} ${missing.length === 1 ? 'is' : 'are'} missing or invalid.` : 'The request was not sent: a required setting is missing.',
    evidence: all.map((requirement) => requirement.evidence),
    likelyCause:
      missing.length > 0
        ? `The console needs ${joinWords(names)} before it can query; ${missing.length === 1 ? 'it is' : 'they are'} not set, or not in the expected form.`
        : `The console reported: ${facts.failure?.message ?? 'a setting is missing'}.`,
    fixSteps: [...(missing.length > 0 ? missing : all).map((requirement) => requirement.step), 'Run the query again.'],
    actions,
    docs: docs('spaRegistration', 'findTenant', 'workspaceOverview'),
  };
}

function blockedHost(facts: Facts): DiagnosisContent {
  const host = hostOf(facts.context.endpoint);
  const check = checkEndpoint(facts.context.endpoint, facts.service);
  const urlProblems = check?.urlProblems ?? [];
  const owner = check?.owner ?? null;
  const allowed = serviceHosts(facts.cloud.name, facts.service);
  let likelyCause: string;
  const actions: DiagnosisAction[] = [];
  if (owner !== null && owner.cloud !== facts.cloud.name) {
    likelyCause = `${host} belongs to ${CLOUDS[owner.cloud].displayName}, but the console is set to ${facts.cloud.displayName}; a token is only ever sent to the selected cloud's hosts.`;
    actions.push({ id: 'switchCloud', label: `Switch to ${CLOUDS[owner.cloud].displayName}`, cloud: owner.cloud });
  } else if (owner === null) {
    likelyCause = `${host} is not a host of any Azure cloud${check?.suggestedHost ? ` (did you mean ${check.suggestedHost}?)` : ''}, so the console will not send it a token. US Government uses api.loganalytics.us and China api.loganalytics.azure.cn.`;
    actions.push({ id: 'openSettings', label: 'Choose the cloud', setting: 'cloud' });
  } else {
    likelyCause = `The URL itself is refused: ${urlProblems.length > 0 ? urlProblems.join('; ') : 'it is not a plain https URL of an allowed host'}. Tokens go only over https to the default port.`;
    actions.push({ id: 'openSettings', label: 'Choose the cloud', setting: 'cloud' });
  }
  return {
    title: 'The console refused to send the token',
    severity: 'error',
    summary: `Nothing was sent: ${host} is not one of the hosts the console sends ${facts.cloud.displayName} tokens to.`,
    evidence: [requestEndpointEvidence(facts), { label: 'Allowed hosts', value: allowed.join(', '), status: 'unknown' }],
    likelyCause,
    fixSteps: [
      "Choose the cloud in Settings; the console then uses that cloud's own endpoint.",
      'If the endpoint comes from the deployment\'s runtime configuration, correct it there to the cloud\'s Log Analytics host.',
      'Run the query again.',
    ],
    actions,
    docs: docs('nationalClouds', 'apiAccess'),
  };
}

export const CONFIGURATION_RULES: readonly DiagnosisRule[] = [
  { id: 'missing-configuration', key: { on: 'kind', kinds: ['configuration'] }, diagnose: missingConfiguration },
  { id: 'blocked-host', key: { on: 'kind', kinds: ['blocked-host'] }, diagnose: blockedHost },
];
