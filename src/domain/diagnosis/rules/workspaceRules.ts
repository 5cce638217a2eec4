// 404: the path does not exist. With a workspace name instead of its GUID the service answers PathNotFoundError; with
// a well-formed GUID that no workspace has, WorkspaceNotFoundError. A GUID that exists elsewhere usually means the
// workspace lives in another cloud (each cloud has its own endpoint) or the id was mistyped.
import { CLOUD_NAMES, CLOUDS } from '../../clouds';
import { isGuid } from '../../identifiers';
import { docs } from '../docs';
import type { Facts } from '../facts';
import { requestEndpointEvidence, workspaceEvidence } from '../requestEvidence';
import type { DiagnosisContent, DiagnosisRule, RuleKey } from '../rule';
import { hostOf } from '../text';
import { tokenEvidence } from '../tokenEvidence';

function workspaceIdOf(facts: Facts): string {
  return facts.context.workspaceId?.trim() ?? '';
}

function notGuid(facts: Facts): DiagnosisContent {
  const id = workspaceIdOf(facts);
  return {
    title: 'The workspace ID is not a GUID',
    severity: 'error',
    summary: id === '' ? 'No workspace ID was given, so the request path does not exist.' : `"${id}" is not a workspace ID, so the request path does not exist (404).`,
    evidence: [workspaceEvidence(facts), requestEndpointEvidence(facts)],
    likelyCause:
      'The query API addresses a workspace by its Workspace ID, a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, not by its name or resource id.',
    fixSteps: [
      'In the Azure portal, open the Log Analytics workspace; on its Overview page copy the Workspace ID.',
      'Choose the workspace from the list, or enter that GUID as the workspace.',
      'Run the query again.',
    ],
    actions: [{ id: 'checkConnection', label: 'Check connection' }],
    docs: docs('workspaceOverview'),
  };
}

function notFound(facts: Facts): DiagnosisContent {
  const id = workspaceIdOf(facts);
  const otherClouds = CLOUD_NAMES.filter((name) => name !== facts.cloud.name);
  return {
    title: 'Workspace not found',
    severity: 'error',
    summary: `${facts.cloud.displayName}'s Log Analytics (${hostOf(facts.context.endpoint)}) has no workspace ${id}.`,
    evidence: [workspaceEvidence(facts), requestEndpointEvidence(facts), ...tokenEvidence(facts)],
    likelyCause: `The ID is well formed but unknown here: it was mistyped or copied from another field (a subscription or tenant ID), the workspace was deleted, or it lives in another cloud (${otherClouds.map((name) => CLOUDS[name].displayName).join(' or ')}), whose workspaces only its own endpoint knows.`,
    fixSteps: [
      "Compare the ID with the Workspace ID on the workspace's Overview page in the Azure portal (not the subscription or tenant ID).",
      'If the workspace is in a sovereign cloud, choose that cloud in Settings and sign in there.',
      'Pick the workspace from the list instead of typing it, then run the query again.',
    ],
    actions: [
      { id: 'checkConnection', label: 'Check connection' },
      { id: 'openSettings', label: 'Choose the cloud', setting: 'cloud' },
    ],
    docs: docs('workspaceOverview', 'nationalClouds'),
  };
}

const workspaceIsNotGuid = (facts: Facts): boolean => !isGuid(workspaceIdOf(facts));
const notFoundCodes: RuleKey = { on: 'code', codes: ['PathNotFoundError', 'WorkspaceNotFoundError'] };
const notFoundStatus: RuleKey = { on: 'status', statuses: [404] };

export const WORKSPACE_RULES: readonly DiagnosisRule[] = [
  { id: 'workspace-id-not-guid', key: notFoundCodes, when: workspaceIsNotGuid, diagnose: notGuid },
  { id: 'workspace-not-found', key: notFoundCodes, diagnose: notFound },
  { id: 'workspace-id-not-guid', key: notFoundStatus, when: workspaceIsNotGuid, diagnose: notGuid },
  { id: 'workspace-not-found', key: notFoundStatus, diagnose: notFound },
];
