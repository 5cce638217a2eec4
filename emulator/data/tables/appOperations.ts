// The operations of the Contoso shop, generated once and shared by AppRequests, AppTraces and AppExceptions so the
// three tables join on OperationId the way real Application Insights data does.
import type { SeededRandom } from '../random.ts';
import { WeightedChoice } from '../random.ts';
import { eventAges } from '../time.ts';
import { ENDPOINTS, urlFor, type Endpoint } from '../world/appServices.ts';
import { PLACES, type Place } from '../world/places.ts';

/** One operation per index, oldest first; columnar like the tables it feeds. */
export interface AppOperations {
  count: number;
  /** Ticks before now at which the request started. */
  ages: Float64Array;
  endpoints: Endpoint[];
  instances: string[];
  operationIds: string[];
  requestIds: string[];
  urls: string[];
  resultCodes: string[];
  success: Uint8Array;
  durationMs: Float64Array;
  clientPlaces: Place[];
  sessionIds: string[];
  userIds: string[];
  authenticatedUserIds: string[];
  synthetic: Uint8Array;
}

const ENDPOINT_CHOICE = new WeightedChoice<Endpoint>(ENDPOINTS.map((target) => [target, target.share]));
const CUSTOMER_PLACES = new WeightedChoice<Place>(PLACES.filter((place) => place.share > 0).map((place) => [place, place.share]));
const ANONYMOUS_VISITORS = 3000;

export function generateAppOperations(rng: SeededRandom, count: number, now: bigint): AppOperations {
  const visitors = Array.from({ length: ANONYMOUS_VISITORS }, () => rng.hex(8));
  const operations: AppOperations = {
    count,
    ages: eventAges(rng, count, now, { lastHour: 0.12, lastDay: 0.3 }),
    endpoints: new Array<Endpoint>(count),
    instances: new Array<string>(count),
    operationIds: new Array<string>(count),
    requestIds: new Array<string>(count),
    urls: new Array<string>(count),
    resultCodes: new Array<string>(count),
    success: new Uint8Array(count),
    durationMs: new Float64Array(count),
    clientPlaces: new Array<Place>(count),
    sessionIds: new Array<string>(count),
    userIds: new Array<string>(count),
    authenticatedUserIds: new Array<string>(count),
    synthetic: new Uint8Array(count),
  };
  for (let i = 0; i < count; i++) {
    const target = ENDPOINT_CHOICE.sample(rng);
    const failed = rng.chance(target.failureRate);
    const resultCode = failed ? target.failureCodes.sample(rng) : target.successCode;
    const visitor = rng.pickSkewed(visitors, 1.5);
    operations.endpoints[i] = target;
    operations.instances[i] = rng.pick(target.role.instances);
    operations.operationIds[i] = rng.hex(32);
    operations.requestIds[i] = rng.hex(16);
    operations.urls[i] = urlFor(target, rng);
    operations.resultCodes[i] = resultCode;
    operations.success[i] = Number(resultCode) < 400 ? 1 : 0;
    // Failures are usually fast (validation) or very slow (timeouts).
    const slowFailure = failed && resultCode.startsWith('5') && rng.chance(0.4);
    operations.durationMs[i] = slowFailure ? 30_000 + rng.next() * 100 : rng.logNormal(target.medianMs, target.sigma);
    operations.clientPlaces[i] = CUSTOMER_PLACES.sample(rng);
    operations.sessionIds[i] = `${visitor}${rng.hex(4)}`;
    operations.userIds[i] = visitor;
    operations.authenticatedUserIds[i] = rng.chance(0.35) ? `customer-${Number.parseInt(visitor.slice(0, 5), 16) % 90_000}` : '';
    operations.synthetic[i] = target.name === 'GET /' && rng.chance(0.15) ? 1 : 0;
  }
  return operations;
}
