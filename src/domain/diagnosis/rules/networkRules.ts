// No HTTP answer could be read, or an answer broke off. A browser reports DNS failures, refused or reset connections, TLS errors, proxies and
// CORS refusals alike (a TypeError, "Failed to fetch"), so the console cannot tell them apart; it can say whether the
// browser is offline and whether the host is the right one for the cloud, which rules out the usual mistakes.
import { CLOUDS } from '../../clouds';
import { docs } from '../docs';
import { checkEndpoint, type EndpointCheck } from '../endpointCheck';
import type { Facts } from '../facts';
import { onlineEvidence, requestEndpointEvidence } from '../requestEvidence';
import type { DiagnosisContent, DiagnosisRule } from '../rule';
import { hostOf } from '../text';
import type { DiagnosisAction } from '../types';

const INDISTINGUISHABLE =
  'A browser reports a name that does not resolve (DNS), a refused or reset connection, a certificate error, a proxy or firewall block and a CORS refusal the same way, so the console cannot tell which one happened; the browser\'s developer tools (Network tab and Console) show the real reason.';

function endpointOf(facts: Facts): EndpointCheck | null {
  return facts.isEmulator ? null : checkEndpoint(facts.context.endpoint, facts.service);
}

function offline(facts: Facts): DiagnosisContent {
  return {
    title: 'This browser is offline',
    severity: 'error',
    summary: 'The request could not be sent: the browser reports no network connection.',
    evidence: [onlineEvidence(facts), requestEndpointEvidence(facts)],
    likelyCause: 'The computer has no network connection (Wi-Fi or cable disconnected, VPN dropped, airplane mode).',
    fixSteps: ['Reconnect to the network (and the VPN, if your organization requires one).', 'Run the query again.'],
    actions: [{ id: 'retry', label: 'Run again' }],
    docs: docs('apiAccess'),
  };
}

function unknownHost(facts: Facts): DiagnosisContent {
  const check = endpointOf(facts);
  const host = check?.host ?? hostOf(facts.context.endpoint);
  const likely = check?.likelyCloud ?? null;
  const suggested = check?.suggestedHost ?? null;
  const actions: DiagnosisAction[] =
    likely !== null && likely !== facts.cloud.name
      ? [{ id: 'switchCloud', label: `Switch to ${CLOUDS[likely].displayName}`, cloud: likely }]
      : [{ id: 'openSettings', label: 'Choose the cloud', setting: 'cloud' }];
  return {
    title: 'The endpoint is not an Azure host',
    severity: 'error',
    summary: `No answer from ${host}, which is not a Log Analytics host of any Azure cloud.`,
    evidence: [requestEndpointEvidence(facts), onlineEvidence(facts)],
    likelyCause: `${host} is probably misspelt or guessed by analogy${suggested ? `; the host you likely meant is ${suggested}` : ''}. US Government uses api.loganalytics.us (api.loganalytics.azure.us does not exist) and China uses api.loganalytics.azure.cn. A name that does not exist fails in DNS, which the browser reports like any other network error.`,
    fixSteps: [
      'Choose the cloud in Settings instead of typing an endpoint: the console then uses that cloud\'s own hosts.',
      ...(suggested ? [`If you configured the endpoint yourself, use https://${suggested}.`] : []),
      'Run the query again.',
    ],
    actions,
    docs: docs('governmentClouds', 'nationalClouds'),
  };
}

function otherCloudHost(facts: Facts): DiagnosisContent {
  const owner = endpointOf(facts)?.owner ?? null;
  const ownerCloud = owner === null ? null : owner.cloud;
  const ownerName = ownerCloud === null ? 'another cloud' : CLOUDS[ownerCloud].displayName;
  return {
    title: "The endpoint belongs to another cloud",
    severity: 'error',
    summary: `No answer from ${hostOf(facts.context.endpoint)}, a host of ${ownerName}, while the console is set to ${facts.cloud.displayName}.`,
    evidence: [requestEndpointEvidence(facts), onlineEvidence(facts)],
    likelyCause: `The endpoint and the cloud setting disagree: a ${facts.cloud.displayName} token and workspace cannot be used at a ${ownerName} endpoint. ${INDISTINGUISHABLE}`,
    fixSteps: [`Choose one cloud for everything: switch the console to ${ownerName}, or use ${facts.cloud.displayName}'s endpoint.`, 'Run the query again.'],
    actions: ownerCloud === null ? [{ id: 'openSettings', label: 'Choose the cloud', setting: 'cloud' }] : [{ id: 'switchCloud', label: `Switch to ${ownerName}`, cloud: ownerCloud }],
    docs: docs('nationalClouds'),
  };
}

function unreachable(facts: Facts): DiagnosisContent {
  const host = hostOf(facts.context.endpoint);
  return {
    title: `No answer from ${host}`,
    severity: 'error',
    summary: `The request to ${host} failed before any HTTP answer could be read.`,
    evidence: [onlineEvidence(facts), requestEndpointEvidence(facts)],
    likelyCause: facts.isEmulator
      ? 'The local emulator is not running, or runs on another port. Start it with "npm start" (or "npm run emulator").'
      : `${host} is the right host for ${facts.cloud.displayName}, so the likely causes are a firewall, proxy or content filter blocking it, a workspace that only accepts queries through a private link, or a dropped connection. ${INDISTINGUISHABLE}`,
    fixSteps: facts.isEmulator
      ? ['Start the emulator: npm start (or npm run emulator).', 'Run the query again.']
      : [
          'Run the query again: a dropped connection often works the second time.',
          `Open https://${host}/ in a new tab: any answer (even an error page) means the host is reachable from this network.`,
          "Open the browser's developer tools (Network tab) and run again: it shows whether DNS, the certificate, a proxy or CORS stopped the request.",
          "If your organization uses a proxy, a firewall or Azure Monitor Private Link, ask for the Log Analytics host to be allowed (or connect to the network the private link serves).",
        ],
    actions: [{ id: 'retry', label: 'Run again' }, { id: 'checkConnection', label: 'Check connection' }],
    docs: docs('privateLink', 'apiAccess'),
  };
}

/** The answer started (its status and part of its body arrived), then the connection ended. */
function answerCutOff(facts: Facts): DiagnosisContent {
  const host = hostOf(facts.context.endpoint);
  return {
    title: 'The answer was cut off',
    severity: 'error',
    summary: `${facts.failure?.message ?? `The answer from ${host} broke off.`} An incomplete answer cannot be read, so no rows are shown.`,
    evidence: [onlineEvidence(facts), requestEndpointEvidence(facts)],
    likelyCause: facts.isEmulator
      ? "The emulator closed the connection in the middle of the answer: its connection-reset fault is switched on, or it was stopped."
      : `The connection dropped while the answer was downloading: a network change (Wi-Fi, a VPN reconnecting), a proxy or firewall that limits how big or how long a response may be, or ${host} closing the connection. Big answers take longest and are the most exposed.`,
    fixSteps: [
      'Run the query again: a dropped connection often works the second time.',
      'If it breaks off again, make the answer smaller: project only the columns you need, summarize, add | take, or narrow the time range.',
      `If it always breaks off around the same size, a proxy may limit responses: ask your network team to allow large responses from ${host}.`,
    ],
    actions: [{ id: 'retry', label: 'Run again' }, { id: 'checkConnection', label: 'Check connection' }],
    docs: docs('apiAccess'),
  };
}

const network = { on: 'kind', kinds: ['network'] } as const;

export const NETWORK_RULES: readonly DiagnosisRule[] = [
  { id: 'offline', key: network, when: (facts) => facts.input.navigatorOnline === false, diagnose: offline },
  { id: 'answer-cut-off', key: network, when: (facts) => facts.failure?.code === 'AnswerCutOff', diagnose: answerCutOff },
  { id: 'endpoint-unknown-host', key: network, when: (facts) => endpointOf(facts)?.owner === null, diagnose: unknownHost },
  {
    id: 'endpoint-other-cloud',
    key: network,
    when: (facts) => {
      const owner = endpointOf(facts)?.owner;
      return owner != null && owner.cloud !== facts.cloud.name;
    },
    diagnose: otherCloudHost,
  },
  { id: 'network-unreachable', key: network, diagnose: unreachable },
];
