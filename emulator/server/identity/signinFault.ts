// The `signin-error` fault: where Entra reports each AADSTS code, and with which body.
import type { FaultSet } from '../faults/faultSet.ts';
import { Aadsts } from './aadsts.ts';
import type { AadstsError } from './aadsts.ts';

export interface SigninFaultContext {
  clientId: string;
  appName: string;
  redirectUri: string;
  directory: string;
  resource: string;
  origin: string;
}

interface Behaviour {
  /**
   * How the authorize endpoint answers: an error page (Entra cannot trust the redirect URI or the app), an error
   * redirect, an error redirect only for silent (prompt=none) requests (interactive ones would show Entra's own
   * MFA pages, which the emulator skips), or not at all (the error belongs to the token endpoint).
   */
  atAuthorize: 'page' | 'redirect' | 'silent-redirect' | 'none';
  /** Whether code redemption and refresh answer with the error. */
  atToken: boolean;
  build(context: SigninFaultContext, at: 'authorize' | 'token'): AadstsError;
}

const BEHAVIOURS: Record<number, Behaviour> = {
  50011: { atAuthorize: 'page', atToken: false, build: (c) => Aadsts.redirectUriMismatch(c.redirectUri, c.clientId) },
  700016: { atAuthorize: 'page', atToken: false, build: (c) => Aadsts.applicationNotFound(c.clientId, c.directory) },
  90002: { atAuthorize: 'page', atToken: false, build: (c) => Aadsts.tenantNotFound(c.directory) },
  9002326: { atAuthorize: 'none', atToken: true, build: (c) => Aadsts.crossOriginOnlyForSpa(c.origin) },
  65001: {
    atAuthorize: 'silent-redirect',
    atToken: true,
    build: (c, at) => ({ ...Aadsts.consentRequired(c.clientId, c.appName), ...(at === 'authorize' ? { error: 'consent_required', suberror: undefined } : {}) }),
  },
  50076: {
    atAuthorize: 'silent-redirect',
    atToken: true,
    build: (c, at) => ({ ...Aadsts.mfaRequired(c.resource), ...(at === 'authorize' ? { error: 'interaction_required' } : {}) }),
  },
  50079: {
    atAuthorize: 'silent-redirect',
    atToken: true,
    build: (c, at) => ({ ...Aadsts.mfaEnrollmentRequired(c.resource), ...(at === 'authorize' ? { error: 'interaction_required' } : {}) }),
  },
  530003: { atAuthorize: 'redirect', atToken: true, build: (_c, at) => Aadsts.managedDeviceRequired(at === 'authorize' ? 'access_denied' : 'invalid_grant') },
};

export type AuthorizeFault = { kind: 'page' | 'redirect'; error: AadstsError } | undefined;

export function authorizeFault(faults: FaultSet, silent: boolean, context: SigninFaultContext): AuthorizeFault {
  const behaviour = activeBehaviour(faults);
  if (behaviour === undefined) return undefined;
  const { atAuthorize } = behaviour;
  if (atAuthorize === 'none' || (atAuthorize === 'silent-redirect' && !silent)) return undefined;
  return { kind: atAuthorize === 'page' ? 'page' : 'redirect', error: behaviour.build(context, 'authorize') };
}

export function tokenFault(faults: FaultSet, context: SigninFaultContext): AadstsError | undefined {
  const behaviour = activeBehaviour(faults);
  return behaviour?.atToken === true ? behaviour.build(context, 'token') : undefined;
}

function activeBehaviour(faults: FaultSet): Behaviour | undefined {
  const code = faults.get('signin-error')?.['code'];
  return code === undefined ? undefined : BEHAVIOURS[code];
}
