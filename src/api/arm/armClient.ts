// A small typed client for the two ARM listings the workspace picker needs (reference/log-analytics-api.md §7):
// subscriptions, and the Log Analytics workspaces of one subscription. Pages are followed through `nextLink` verbatim
// until it is absent, and every URL (nextLink included) is checked against the connection's allow-list before a
// token goes with it. Answers are results, not exceptions; only the caller's own abort propagates.
import type { WireArmError, WireArmPage, WireSubscription, WireWorkspace } from './wireTypes';
import { hostOf } from '../requestText';

export const SUBSCRIPTIONS_API_VERSION = '2022-12-01';
export const WORKSPACES_API_VERSION = '2023-09-01';

/** What the client needs from a connection: where ARM is, where its token may go, and the token. */
export interface ArmAccess {
  /** Base URL of ARM without a trailing slash, e.g. https://management.azure.com. */
  endpoint: string;
  isTokenUrlAllowed(url: string): boolean;
  getToken(): Promise<string>;
  fetchFn?: typeof fetch;
}

export interface ArmSubscription {
  subscriptionId: string;
  displayName: string;
}

export interface ArmWorkspace {
  /** The workspace id (properties.customerId), what the query API takes. */
  workspaceId: string;
  name: string;
  resourceGroup: string;
  location: string;
  subscriptionId: string;
  /** The ARM resource id, as ARM returned it. */
  resourceId: string;
}

export interface ArmFailure {
  kind: 'blocked-host' | 'token' | 'network' | 'service' | 'malformed-response';
  /** HTTP status, or null when no response came. */
  status: number | null;
  /** ARM's error code (e.g. AuthorizationFailed), or one of ours for failures before or without a response. */
  code: string;
  message: string;
}

export type ArmResult<T> = { ok: true; value: T } | { ok: false; failure: ArmFailure };

/** More pages than any real tenant has; stops a service that keeps returning nextLink from looping forever. */
const MAX_PAGES = 200;

export function subscriptionsUrl(endpoint: string): string {
  return `${trimSlash(endpoint)}/subscriptions?api-version=${SUBSCRIPTIONS_API_VERSION}`;
}

export function workspacesUrl(endpoint: string, subscriptionId: string): string {
  return `${trimSlash(endpoint)}/subscriptions/${encodeURIComponent(subscriptionId)}/providers/Microsoft.OperationalInsights/workspaces?api-version=${WORKSPACES_API_VERSION}`;
}

export async function listSubscriptions(access: ArmAccess, signal?: AbortSignal): Promise<ArmResult<ArmSubscription[]>> {
  const result = await listAllPages<WireSubscription>(access, subscriptionsUrl(access.endpoint), signal);
  if (!result.ok) return result;
  const subscriptions = result.value
    .filter((item) => typeof item.subscriptionId === 'string' && item.subscriptionId !== '')
    .map((item) => ({ subscriptionId: item.subscriptionId, displayName: item.displayName || item.subscriptionId }));
  return { ok: true, value: subscriptions };
}

export async function listWorkspaces(access: ArmAccess, subscriptionId: string, signal?: AbortSignal): Promise<ArmResult<ArmWorkspace[]>> {
  const result = await listAllPages<WireWorkspace>(access, workspacesUrl(access.endpoint, subscriptionId), signal);
  if (!result.ok) return result;
  const workspaces: ArmWorkspace[] = [];
  for (const item of result.value) {
    const workspace = toWorkspace(item, subscriptionId);
    if (workspace) workspaces.push(workspace);
  }
  return { ok: true, value: workspaces };
}

async function listAllPages<T>(access: ArmAccess, firstUrl: string, signal: AbortSignal | undefined): Promise<ArmResult<T[]>> {
  const items: T[] = [];
  let url: string | null = firstUrl;
  for (let page = 0; url !== null; page += 1) {
    if (page === MAX_PAGES) {
      return failed('malformed-response', null, 'TooManyPages', `ARM kept returning nextLink after ${MAX_PAGES} pages; the listing was stopped.`);
    }
    const result: ArmResult<WireArmPage<T>> = await getPage<T>(access, url, signal);
    if (!result.ok) return result;
    items.push(...result.value.value);
    url = typeof result.value.nextLink === 'string' && result.value.nextLink !== '' ? result.value.nextLink : null;
  }
  return { ok: true, value: items };
}

async function getPage<T>(access: ArmAccess, url: string, signal: AbortSignal | undefined): Promise<ArmResult<WireArmPage<T>>> {
  if (!access.isTokenUrlAllowed(url)) {
    return failed('blocked-host', null, 'TokenHostNotAllowed', `The console does not send this connection's token to ${hostOf(url)}; the request was not made.`);
  }
  let token: string;
  try {
    token = await access.getToken();
  } catch (error) {
    if (isAbort(error)) throw error;
    return failed('token', null, 'TokenUnavailable', `No token for Azure Resource Manager: ${errorText(error)}`);
  }
  let response: Response;
  try {
    response = await (access.fetchFn ?? fetch)(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, signal: signal ?? null });
  } catch (error) {
    if (isAbort(error)) throw error;
    return failed('network', null, 'NetworkError', `No response from ${hostOf(url)} (network failure, DNS, or a missing CORS answer).`);
  }
  const body = await readJson(response);
  if (!response.ok) return serviceFailure(response.status, body);
  if (!isPage<T>(body)) {
    return failed('malformed-response', response.status, 'MalformedResponse', `${hostOf(url)} answered HTTP ${response.status} without an ARM list (no "value" array).`);
  }
  return { ok: true, value: body };
}

function serviceFailure(status: number, body: unknown): { ok: false; failure: ArmFailure } {
  const error = isRecord(body) ? (body as WireArmError).error : undefined;
  const code = typeof error?.code === 'string' && error.code !== '' ? error.code : `HTTP${status}`;
  const message = typeof error?.message === 'string' && error.message !== '' ? error.message : `Azure Resource Manager answered HTTP ${status} without an error body.`;
  return failed('service', status, code, message);
}

/** Resource ids look like /subscriptions/{s}/resourceGroups/{rg}/providers/...; ARM returns them in any case. */
function toWorkspace(item: WireWorkspace, subscriptionId: string): ArmWorkspace | null {
  const workspaceId = item.properties?.customerId;
  if (typeof workspaceId !== 'string' || workspaceId === '' || typeof item.id !== 'string' || typeof item.name !== 'string') return null;
  const segments = item.id.split('/');
  const groupIndex = segments.findIndex((segment) => segment.toLowerCase() === 'resourcegroups');
  return {
    workspaceId,
    name: item.name,
    resourceGroup: groupIndex >= 0 ? (segments[groupIndex + 1] ?? '') : '',
    location: item.location ?? '',
    subscriptionId,
    resourceId: item.id,
  };
}

function failed(kind: ArmFailure['kind'], status: number | null, code: string, message: string): { ok: false; failure: ArmFailure } {
  return { ok: false, failure: { kind, status, code, message } };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function isPage<T>(body: unknown): body is WireArmPage<T> {
  return isRecord(body) && Array.isArray(body.value) && body.value.every(isRecord);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** MSAL errors carry their meaning in errorCode; their message is only a documentation link. */
function errorText(error: unknown): string {
  if (isRecord(error) && typeof error.errorCode === 'string') return error.errorCode;
  return error instanceof Error ? error.message : String(error);
}

function trimSlash(text: string): string {
  return text.replace(/\/+$/, '');
}
