// Share links: a query, its timespan, workspace id and cloud NAME in a URL fragment (never sent to a server), e.g.
// `#kql=1&q=<deflate-raw, base64url>&t=24h&w=<workspace GUID>&c=AzurePublic`. Never an endpoint or a token
// (DESIGN §6): the console that opens the link decides where requests go. Everything in a link is untrusted input.
import { isCloudName, type CloudName } from '../clouds';
import { isGuid } from '../identifiers';
import type { TimespanSelection } from '../timespan/selection';
import { timespanFromText, timespanToText } from '../timespan/selectionText';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflateRaw, inflateRaw } from './deflateRaw';

export interface SharedQuery {
  queryText: string;
  timespan: TimespanSelection;
  workspaceId: string | null;
  cloud: CloudName | null;
}

export type ShareFragment =
  | { kind: 'none' }
  | { kind: 'shared'; query: SharedQuery }
  /** `error` is one sentence for the analyst. */
  | { kind: 'malformed'; error: string };

const MARKER = 'kql';
const VERSION = '1';
/** Far beyond any real query; bounds what a link can make the page inflate and hold. */
export const MAX_SHARED_QUERY_BYTES = 512 * 1024;
const MAX_FRAGMENT_LENGTH = 256 * 1024;

export async function encodeShareFragment(query: SharedQuery): Promise<string> {
  const params = new URLSearchParams({ [MARKER]: VERSION, q: toBase64Url(await deflateRaw(new TextEncoder().encode(query.queryText))) });
  params.set('t', timespanToText(query.timespan));
  if (query.workspaceId !== null) params.set('w', query.workspaceId);
  if (query.cloud !== null) params.set('c', query.cloud);
  return params.toString();
}

/** Whether a URL fragment (with or without `#`) is meant as a share link, valid or not. */
export function isShareFragment(fragment: string): boolean {
  return fragment.replace(/^#/, '').startsWith(`${MARKER}=`);
}

export async function decodeShareFragment(fragment: string): Promise<ShareFragment> {
  if (!isShareFragment(fragment)) return { kind: 'none' };
  const malformed = (problem: string): ShareFragment => ({ kind: 'malformed', error: `This share link cannot be opened: ${problem}` });
  if (fragment.length > MAX_FRAGMENT_LENGTH) return malformed('it is too long.');
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  if (params.get(MARKER) !== VERSION) return malformed('it comes from a newer version of KQL Console.');

  const timespan = timespanFromText(params.get('t') ?? '');
  if (!timespan) return malformed('its time range is not valid.');
  const workspaceId = params.get('w');
  if (workspaceId !== null && !isGuid(workspaceId)) return malformed('its workspace id is not a GUID.');
  const cloud = params.get('c');
  if (cloud !== null && !isCloudName(cloud)) return malformed('it names an unknown cloud.');

  const queryText = await inflateQuery(params.get('q') ?? '');
  if (queryText === null) return malformed('its query is damaged (was the link cut short?).');
  if (queryText.trim() === '') return malformed('its query is empty.');
  return { kind: 'shared', query: { queryText, timespan, workspaceId, cloud } };
}

async function inflateQuery(encoded: string): Promise<string | null> {
  const compressed = fromBase64Url(encoded);
  if (compressed === null || compressed.length === 0) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await inflateRaw(compressed, MAX_SHARED_QUERY_BYTES));
  } catch {
    return null;
  }
}
