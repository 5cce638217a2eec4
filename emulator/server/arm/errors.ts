// ARM error bodies ({"error":{"code","message"}}) and their WWW-Authenticate challenges.
import { DEMO_TENANT_ID } from '../../config.ts';
import type { TokenProblem } from '../auth/bearer.ts';
import type { JwtClaims } from '../crypto/jwt.ts';

export interface ArmError {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

function challenge(description: string, authorizationUri = 'https://login.windows.net/'): Record<string, string> {
  return { 'WWW-Authenticate': `Bearer authorization_uri="${authorizationUri}", error="invalid_token", error_description="${description}"` };
}

/** "8/17/2017 10:54:41 PM", the form ARM's expiry message uses. */
function armTime(date: Date): string {
  const hours = date.getUTCHours();
  const clock = [hours % 12 === 0 ? 12 : hours % 12, date.getUTCMinutes(), date.getUTCSeconds()]
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join(':');
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${clock} ${hours < 12 ? 'AM' : 'PM'}`;
}

const ALLOWED_AUDIENCES = "'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'";

export function armTokenRejected(problem: TokenProblem, claims: JwtClaims | undefined, now: Date): ArmError {
  switch (problem) {
    case 'missing':
      return { status: 401, code: 'AuthenticationFailed', message: "Authentication failed. The 'Authorization' header is missing.", headers: challenge("The authentication failed because of missing 'Authorization' header.") };
    case 'expired': {
      const expiry = typeof claims?.['exp'] === 'number' ? new Date(claims['exp'] * 1000) : now;
      return {
        status: 401,
        code: 'ExpiredAuthenticationToken',
        message: `The access token expiry UTC time '${armTime(expiry)}' is earlier than current UTC time '${armTime(now)}'.`,
        headers: challenge('The access token has expired.'),
      };
    }
    case 'wrong-audience':
      // The brief and the reference's error table give 403; real ARM may answer 401 with a challenge (UNCERTAIN).
      return {
        status: 403,
        code: 'InvalidAuthenticationTokenAudience',
        message: `The access token has been obtained for wrong audience or resource '${String(claims?.['aud'] ?? '')}'. It should exactly match with one of the allowed audiences ${ALLOWED_AUDIENCES}.`,
      };
    case 'malformed':
    case 'bad-signature':
    case 'not-yet-valid':
      return { status: 401, code: 'InvalidAuthenticationToken', message: 'The access token is invalid.', headers: challenge('The access token is invalid.') };
  }
}

export function wrongTenant(tokenTenantId: string): ArmError {
  return {
    status: 401,
    code: 'InvalidAuthenticationTokenTenant',
    message: `The access token is from the wrong issuer 'https://sts.windows.net/${tokenTenantId}/'. It must match the tenant 'https://sts.windows.net/${DEMO_TENANT_ID}/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/${DEMO_TENANT_ID}' to get the token. Note, if the subscription is transferred to another tenant there is no impact to the services, but information about new tenant could take time to propagate (up to an hour). If you just transferred your subscription and see this error message, please try back later.`,
    headers: challenge('The access token is from the wrong issuer.', `https://login.windows.net/${DEMO_TENANT_ID}`),
  };
}

export function authorizationFailed(clientName: string, objectId: string, action: string, scope: string): ArmError {
  return {
    status: 403,
    code: 'AuthorizationFailed',
    message: `The client '${clientName}' with object id '${objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
  };
}

export function missingApiVersion(): ArmError {
  return { status: 400, code: 'MissingApiVersionParameter', message: 'The api-version query parameter (?api-version=) is required for all requests.' };
}

export function subscriptionNotFound(subscriptionId: string): ArmError {
  return { status: 404, code: 'SubscriptionNotFound', message: `The subscription '${subscriptionId}' could not be found.` };
}

export function workspaceNotFound(resourceGroup: string, name: string): ArmError {
  return {
    status: 404,
    code: 'ResourceNotFound',
    message: `The Resource 'Microsoft.OperationalInsights/workspaces/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  };
}

/** The emulator serves only the listing and reading routes the console uses. */
export function routeNotEmulated(path: string): ArmError {
  return { status: 404, code: 'NotFound', message: `The emulator does not serve '${path}'.` };
}
