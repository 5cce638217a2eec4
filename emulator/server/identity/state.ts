// What the emulated Entra ID remembers between requests: pending sign-ins, browser sessions, authorization codes and
// refresh tokens. Everything is in memory and ends with the process.
import type { PersonaId } from '../../config.ts';
import { newGuid, randomToken } from '../crypto/ids.ts';

export interface AuthorizeRequest {
  authoritySegment: string;
  clientId: string;
  redirectUri: string;
  responseMode: 'fragment' | 'query';
  scopes: string[];
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  wantsClientInfo: boolean;
  correlationId?: string;
}

export interface Session {
  id: string;
  personaId: PersonaId;
  /** The `sid` claim and MSAL's silent-SSO hint. */
  sid: string;
  sessionState: string;
}

export interface AuthorizationCode {
  request: AuthorizeRequest;
  personaId: PersonaId;
  sid: string;
  expiresAt: number;
  redeemed: boolean;
}

export interface RefreshGrant {
  clientId: string;
  personaId: PersonaId;
  sid: string;
  scopes: string[];
  /** When the user signed in: SPA refresh tokens expire a fixed time after it, however often they are redeemed. */
  signedInAt: Date;
  expiresAt: number;
}

const TRANSACTION_LIFETIME_MS = 30 * 60_000;
const CODE_LIFETIME_MS = 10 * 60_000;
/** Expired codes and refresh tokens are kept this long so that their use still gets the "expired" error. */
const FORGET_AFTER_EXPIRY_MS = 24 * 3600_000;

export class IdentityState {
  private readonly transactions = new Map<string, { request: AuthorizeRequest; expiresAt: number }>();
  private readonly sessions = new Map<string, Session>();
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();

  beginTransaction(request: AuthorizeRequest, nowMs: number): string {
    prune(this.transactions, nowMs);
    const id = randomToken(18);
    this.transactions.set(id, { request, expiresAt: nowMs + TRANSACTION_LIFETIME_MS });
    return id;
  }

  /** Returns and forgets a pending sign-in: each picker page can be answered once. */
  takeTransaction(id: string, nowMs: number): AuthorizeRequest | undefined {
    const entry = this.transactions.get(id);
    this.transactions.delete(id);
    return entry === undefined || entry.expiresAt <= nowMs ? undefined : entry.request;
  }

  startSession(personaId: PersonaId): Session {
    const session: Session = { id: randomToken(24), personaId, sid: newGuid(), sessionState: newGuid() };
    this.sessions.set(session.id, session);
    return session;
  }

  findSession(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  endSession(id: string | undefined): void {
    if (id !== undefined) this.sessions.delete(id);
  }

  issueCode(request: AuthorizeRequest, session: Session, nowMs: number): string {
    prune(this.codes, nowMs - FORGET_AFTER_EXPIRY_MS);
    const code = `1.A${randomToken(96)}`;
    this.codes.set(code, { request, personaId: session.personaId, sid: session.sid, expiresAt: nowMs + CODE_LIFETIME_MS, redeemed: false });
    return code;
  }

  findCode(code: string): AuthorizationCode | undefined {
    return this.codes.get(code);
  }

  issueRefreshToken(grant: RefreshGrant, nowMs: number): string {
    prune(this.refreshTokens, nowMs - FORGET_AFTER_EXPIRY_MS);
    const token = `1.AXkA${randomToken(120)}`;
    this.refreshTokens.set(token, grant);
    return token;
  }

  findRefreshToken(token: string): RefreshGrant | undefined {
    return this.refreshTokens.get(token);
  }
}

function prune(entries: Map<string, { expiresAt: number }>, nowMs: number): void {
  for (const [key, entry] of entries) if (entry.expiresAt <= nowMs) entries.delete(key);
}
