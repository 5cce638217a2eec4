// Who is signed in, as the console shows it. No token material: identity is safe to keep in state.
export type ConnectionMode = 'entra' | 'demo' | 'pastedToken';

export interface SignedInIdentity {
  mode: ConnectionMode;
  /** Display name shown in the header. */
  name: string;
  username: string;
  tenantId: string;
}
