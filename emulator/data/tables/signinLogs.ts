// SigninLogs: Entra ID interactive sign-ins. Mostly routine traffic from a few thousand users, plus the password
// spray from one address that guesses one victim's password.
import type { DynamicValue, Table } from '../../engine/api.ts';
import { DEMO_TENANT_ID } from '../../config.ts';
import type { GenerationContext } from '../context.ts';
import { FORMULA_INJECTIONS, HOSTILE_TEXTS, MARKUP_INJECTIONS, longDump, sprinkle, sprinkleNulls } from '../hostile.ts';
import { WeightedChoice } from '../random.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { burstAges, eventAges, mergeTimelines, ticksBefore, TICKS_PER_MILLISECOND } from '../time.ts';
import type { DirectoryUser } from '../world/directory.ts';
import { ENTRA_APPS, type EntraApp } from '../world/entraApps.ts';
import { PLACES, type Place } from '../world/places.ts';

const SCHEMA = columns(
  'TenantId:string', 'SourceSystem:string', 'TimeGenerated:datetime', 'ResourceId:string', 'OperationName:string',
  'OperationVersion:string', 'Category:string', 'ResultType:string', 'ResultSignature:string', 'ResultDescription:string',
  'DurationMs:long', 'CorrelationId:string', 'Resource:string', 'ResourceGroup:string', 'Identity:string', 'Level:string',
  'Location:string', 'AlternateSignInName:string', 'AppDisplayName:string', 'AppId:string',
  'AuthenticationRequirement:string', 'ClientAppUsed:string', 'ConditionalAccessPolicies:dynamic',
  'ConditionalAccessStatus:string', 'CreatedDateTime:datetime', 'DeviceDetail:dynamic', 'IsInteractive:bool', 'Id:string',
  'IPAddress:string', 'IsRisky:bool', 'LocationDetails:dynamic', 'ResourceDisplayName:string', 'ResourceIdentity:string',
  'RiskDetail:string', 'RiskLevelAggregated:string', 'RiskLevelDuringSignIn:string', 'RiskState:string', 'Status:dynamic',
  'UserAgent:string', 'UserDisplayName:string', 'UserId:string', 'UserPrincipalName:string', 'UserType:string',
  'AADTenantId:string', 'AutonomousSystemNumber:string', 'FlaggedForReview:bool', 'HomeTenantId:string', 'Type:string',
);

export const SIGNIN_LOGS = defineTable('SigninLogs', 'Microsoft Entra ID sign-in logs: interactive user sign-ins with result, location, device and risk.', SCHEMA);

interface SignInResult {
  code: string;
  description: string;
  status: DynamicValue;
}

function result(code: string, description: string, failureReason?: string, additionalDetails?: string): SignInResult {
  const status: Record<string, DynamicValue> = { errorCode: Number(code) };
  if (failureReason) status.failureReason = failureReason;
  if (additionalDetails) status.additionalDetails = additionalDetails;
  return { code, description, status };
}

const SUCCESS = result('0', '', undefined, 'MFA requirement satisfied by claim in the token');
const SUCCESS_SINGLE_FACTOR = result('0', '');
const INVALID_PASSWORD = result('50126', 'Error validating credentials due to invalid username or password.', 'Invalid username or password or Invalid on-premise username or password.');
const LOCKED_OUT = result('50053', 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.', 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.');
const MFA_REQUIRED = result('50074', 'Strong Authentication is required.', 'Strong Authentication is required.', 'The user was presented with an MFA prompt.');

const ROUTINE_RESULTS = new WeightedChoice<SignInResult>([
  [SUCCESS, 62],
  [SUCCESS_SINGLE_FACTOR, 24],
  [result('50140', "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.", "This error occurred due to 'Keep me signed in' interrupt when the user was signing in."), 3.5],
  [MFA_REQUIRED, 3],
  [INVALID_PASSWORD, 3],
  [result('50076', 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access.', 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access.'), 1.8],
  [result('53003', 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'), 1.2],
  [result('50055', 'The password is expired.', 'The password is expired.'), 0.4],
  [result('65001', 'The user or administrator has not consented to use the application.', 'The user or administrator has not consented to use the application.'), 0.4],
  [result('50097', 'Device authentication is required.', 'Device authentication is required.'), 0.4],
]);

const APPS = new WeightedChoice<EntraApp>(ENTRA_APPS.map((app) => [app, app.share]));

const REQUIRE_MFA_POLICY = { id: '2f3b1c4d-0000-4000-8000-00000000ca01', displayName: 'CA001: Require MFA for all users', enforcedGrantControls: ['Mfa'], enforcedSessionControls: [] };
const BLOCK_LEGACY_POLICY = { id: '2f3b1c4d-0000-4000-8000-00000000ca02', displayName: 'CA002: Block legacy authentication', enforcedGrantControls: ['Block'], enforcedSessionControls: [] };

function policies(mfaResult: string, legacyResult: string): DynamicValue {
  return [
    { ...REQUIRE_MFA_POLICY, result: mfaResult },
    { ...BLOCK_LEGACY_POLICY, result: legacyResult },
  ];
}

const POLICIES_SATISFIED = policies('success', 'notApplied');
const POLICIES_NOT_APPLIED = policies('notApplied', 'notApplied');
const POLICIES_BLOCKED = policies('notApplied', 'failure');

const locationDetails = new Map<Place, DynamicValue>(
  PLACES.map((place) => [place, { city: place.city, state: place.state, countryOrRegion: place.countryCode, geoCoordinates: { latitude: place.latitude, longitude: place.longitude } }]),
);

/** Documentation AS numbers (RFC 5398), one per place. */
function asnOf(place: Place): string {
  return String(64496 + (PLACES.indexOf(place) % 16));
}

const TRAVEL_PLACES = PLACES.filter((place) => place.share > 0);
const LEGACY_CLIENTS = ['IMAP4', 'Authenticated SMTP', 'Exchange ActiveSync', 'Other clients', 'POP3'];
const SPRAY_DEVICE: DynamicValue = { deviceId: '', operatingSystem: '', browser: 'Python Requests 2.31' };
const TENANT_RESOURCE_ID = `/tenants/${DEMO_TENANT_ID}/providers/Microsoft.aadiam`;
const PARTNER_TENANT_ID = '3c5e8a91-0000-4000-8000-00000000fab1';

export function generateSigninLogs(ctx: GenerationContext, routineCount: number): Table {
  const { rng, now, world } = ctx;
  const spray = world.incidents.spray;
  const routineAges = eventAges(rng, routineCount, now, { lastHour: 0.1, lastDay: 0.3 });
  const sprayAges = spray.bursts.map((burst) => burstAges(rng, burst.startAge, burst.duration, burst.attempts));
  const timeline = mergeTimelines([routineAges, ...sprayAges]);
  const latestBurst = sprayAges.length;
  const rowCount = timeline.ages.length;
  const table = new TableBuilder(SCHEMA, rowCount);
  const c = table.columns;

  const writeUser = (row: number, user: DirectoryUser): void => {
    c.Identity[row] = user.displayName;
    c.UserDisplayName[row] = user.displayName;
    c.UserPrincipalName[row] = user.userPrincipalName;
    c.AlternateSignInName[row] = user.userPrincipalName;
    c.UserId[row] = user.objectId;
    c.UserType[row] = user.userType;
    c.HomeTenantId[row] = user.userType === 'Guest' ? PARTNER_TENANT_ID : DEMO_TENANT_ID;
  };
  const writeOutcome = (row: number, outcome: SignInResult): void => {
    c.ResultType[row] = outcome.code;
    c.ResultDescription[row] = outcome.description;
    c.Status[row] = outcome.status;
  };
  const writePlace = (row: number, place: Place, ip: string): void => {
    c.IPAddress[row] = ip;
    c.Location[row] = place.countryCode;
    c.LocationDetails[row] = locationDetails.get(place) ?? null;
    c.AutonomousSystemNumber[row] = asnOf(place);
  };
  const writeApp = (row: number, app: EntraApp, clientAppUsed: string): void => {
    c.AppDisplayName[row] = app.displayName;
    c.AppId[row] = app.appId;
    c.ResourceDisplayName[row] = app.resourceDisplayName;
    c.ResourceIdentity[row] = app.resourceId;
    c.ClientAppUsed[row] = clientAppUsed;
    c.IsInteractive[row] = app.interactive;
  };
  const exchange = ENTRA_APPS.find((app) => app.displayName === 'Office 365 Exchange Online') ?? APPS.sample(rng);

  for (let row = 0; row < rowCount; row++) {
    const generated = ticksBefore(now, timeline.ages[row] ?? 0);
    c.TimeGenerated[row] = generated;
    c.CreatedDateTime[row] = generated - BigInt(rng.int(50, 900) * TICKS_PER_MILLISECOND);
    c.CorrelationId[row] = rng.guid();
    c.Id[row] = rng.guid();
    c.RiskDetail[row] = 'none';
    c.RiskState[row] = 'none';
    c.RiskLevelAggregated[row] = 'none';
    c.RiskLevelDuringSignIn[row] = 'none';
    c.IsRisky[row] = false;
    c.FlaggedForReview[row] = false;

    const source = timeline.source[row] ?? 0;
    if (source === 0) {
      const user = rng.pickSkewed(world.users, 2);
      const app = APPS.sample(rng);
      const outcome = ROUTINE_RESULTS.sample(rng);
      const place = rng.chance(0.92) ? user.home : rng.pick(TRAVEL_PLACES);
      const ip = rng.chance(0.15) ? `${place.ipv6Prefix}:${rng.hex(4)}:${rng.hex(4)}::${rng.hex(3)}` : rng.pick(place.publicIPv4);
      writeUser(row, user);
      writeOutcome(row, outcome);
      writePlace(row, place, ip);
      writeApp(row, app, app.clientAppUsed);
      c.DeviceDetail[row] = user.device.detail;
      c.UserAgent[row] = user.device.userAgent;
      const blocked = outcome.code === '53003';
      c.ConditionalAccessStatus[row] = blocked ? 'failure' : outcome === SUCCESS ? 'success' : 'notApplied';
      c.ConditionalAccessPolicies[row] = blocked ? POLICIES_BLOCKED : outcome === SUCCESS ? POLICIES_SATISFIED : POLICIES_NOT_APPLIED;
      c.AuthenticationRequirement[row] = outcome === SUCCESS || outcome === MFA_REQUIRED ? 'multiFactorAuthentication' : 'singleFactorAuthentication';
      if (rng.chance(0.004)) {
        const risk = rng.pick(['low', 'medium']);
        c.RiskLevelDuringSignIn[row] = risk;
        c.RiskLevelAggregated[row] = risk;
      }
      continue;
    }

    const attempt = timeline.indexInSource[row] ?? 0;
    const burstSize = sprayAges[source - 1]?.length ?? 0;
    const isLatestBurst = source === latestBurst;
    const guessedMfa = isLatestBurst && attempt === burstSize - 2;
    const guessedLegacy = isLatestBurst && attempt === burstSize - 1;
    const user = guessedMfa || guessedLegacy ? spray.victim : (spray.targets[attempt % spray.targets.length] ?? spray.victim);
    const outcome = guessedLegacy ? SUCCESS_SINGLE_FACTOR : guessedMfa ? MFA_REQUIRED : rng.chance(0.08) ? LOCKED_OUT : INVALID_PASSWORD;
    writeUser(row, user);
    writeOutcome(row, outcome);
    writePlace(row, spray.place, spray.ip);
    writeApp(row, exchange, guessedMfa ? 'Browser' : guessedLegacy ? 'IMAP4' : rng.pick(LEGACY_CLIENTS));
    c.DeviceDetail[row] = SPRAY_DEVICE;
    c.UserAgent[row] = spray.userAgent;
    c.ConditionalAccessStatus[row] = 'notApplied';
    c.ConditionalAccessPolicies[row] = POLICIES_NOT_APPLIED;
    c.AuthenticationRequirement[row] = 'singleFactorAuthentication';
    if (guessedMfa || guessedLegacy) {
      c.RiskLevelDuringSignIn[row] = 'high';
      c.RiskLevelAggregated[row] = 'high';
      c.RiskState[row] = 'atRisk';
      c.IsRisky[row] = true;
    }
  }

  fillConstants(table);
  stampStandardColumns(table, SIGNIN_LOGS.name, ctx.workspace.customerId);
  if (ctx.hostile) {
    sprinkle(c.AlternateSignInName, HOSTILE_TEXTS, rng);
    sprinkle(c.UserAgent, [...FORMULA_INJECTIONS, ...MARKUP_INJECTIONS, longDump('User-Agent', 40_000)], rng);
    sprinkleNulls(c.IsRisky, 12, rng);
    sprinkleNulls(c.FlaggedForReview, 6, rng);
    sprinkleNulls(c.CreatedDateTime, 5, rng);
    sprinkleNulls(c.DeviceDetail, 5, rng);
  }
  return table.toTable();
}

function fillConstants(table: TableBuilder<(typeof SCHEMA)[number]['name']>): void {
  const c = table.columns;
  c.SourceSystem.fill('Azure AD');
  c.ResourceId.fill(TENANT_RESOURCE_ID);
  c.OperationName.fill('Sign-in activity');
  c.OperationVersion.fill('1.0');
  c.Category.fill('SignInLogs');
  c.ResultSignature.fill('None');
  c.DurationMs.fill(0);
  c.Resource.fill('Microsoft.aadiam');
  c.ResourceGroup.fill('Microsoft.aadiam');
  c.Level.fill('4');
  c.AADTenantId.fill(DEMO_TENANT_ID);
}
