// What each endpoint logs while it handles a request: an opening line, work in the middle, a closing line, and on
// failure an error with the exception's stack. Messages are rendered once into small pools and then shared by
// reference across rows, which keeps a million-row AppTraces table cheap to build and to hold.
import type { DynamicValue } from '../../engine/api.ts';
import { WeightedChoice, type SeededRandom } from '../random.ts';
import { ENDPOINTS, urlFor, type Endpoint } from '../world/appServices.ts';
import { EXCEPTION_SAMPLES, stackText } from '../world/exceptionCatalog.ts';

/** Application Insights severity levels. */
export const Severity = { Verbose: 0, Information: 1, Warning: 2, Error: 3, Critical: 4 } as const;

export interface TraceEntry {
  message: string;
  severity: number;
  properties: DynamicValue;
  measurements: DynamicValue;
}

export interface TraceScript {
  opening: readonly TraceEntry[];
  middle: WeightedChoice<TraceEntry>;
  closingSuccess: readonly TraceEntry[];
  closingFailure: readonly TraceEntry[];
  failure: readonly TraceEntry[];
}

const VARIANTS = 12;
const WAREHOUSES = ['Kraków-1', 'São Paulo-2', 'Zürich-Nord', 'Redmond-East', '東京-3'];

function entry(message: string, severity: number, properties: DynamicValue, measurements: DynamicValue = null): TraceEntry {
  return { message, severity, properties, measurements };
}

function variants(rng: SeededRandom, render: (rng: SeededRandom) => TraceEntry): TraceEntry[] {
  return Array.from({ length: VARIANTS }, () => render(rng));
}

function methodOf(target: Endpoint): string {
  return target.name.split(' ')[0] ?? 'GET';
}

function capitalized(word: string): string {
  const letters = word.replace(/[^A-Za-z]/g, '');
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

/** "POST /api/payments/authorize" → "PaymentsController.Authorize", as ASP.NET Core names the endpoint. */
function controllerAction(target: Endpoint): string {
  const segments = (target.path.split('?')[0] ?? '').split('/').filter((segment) => segment !== '' && segment !== 'api' && !segment.startsWith('{'));
  const controller = capitalized(segments[0] ?? 'Home') || 'Home';
  const action = segments[1] ? capitalized(segments[1]) : capitalized(methodOf(target).toLowerCase());
  return `${controller}Controller.${action}`;
}

function failureEntries(target: Endpoint, category: DynamicValue, headline: string): TraceEntry[] {
  const samples = EXCEPTION_SAMPLES.filter((sample) => sample.role === target.role.name);
  return samples.map((sample) => entry(`${headline}${sample.newline}${stackText(sample)}`, Severity.Error, category));
}

function dotnetScript(rng: SeededRandom, target: Endpoint): TraceScript {
  const ns = target.role.codeNamespace;
  const hosting = { CategoryName: 'Microsoft.AspNetCore.Hosting.Diagnostics' };
  const routing = { CategoryName: 'Microsoft.AspNetCore.Routing.EndpointMiddleware' };
  const efCommand = { CategoryName: 'Microsoft.EntityFrameworkCore.Database.Command', OriginalFormat: 'Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType=\'{commandType}\', CommandTimeout=\'{commandTimeout}\']{newLine}{commandText}' };
  const domain = { CategoryName: `${ns}.Services`, OriginalFormat: 'Handled {Operation} for {EntityId} in {ElapsedMilliseconds} ms' };
  const retry = { CategoryName: 'Polly', OriginalFormat: 'Retrying request to {Service} after {StatusCode} (attempt {Attempt} of {MaxAttempts})' };
  const slowQuery = { CategoryName: `${ns}.Data`, OriginalFormat: 'Slow SQL query: {ElapsedMilliseconds} ms' };
  const health = { CategoryName: 'Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService', OriginalFormat: "Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms with message '{HealthCheckDescription}'" };
  const method = methodOf(target);
  const isWorker = target.path === '';
  const middle = new WeightedChoice<TraceEntry>([
    ...(isWorker ? [] : [[entry(`Executing endpoint '${ns}.Controllers.${controllerAction(target)} (${ns})'`, Severity.Information, routing), 2] as const]),
    ...variants(rng, (r) => {
      const elapsed = r.int(1, 40);
      return entry(
        `Executed DbCommand (${elapsed}ms) [Parameters=[@__id_0='?' (DbType = Guid)], CommandType='Text', CommandTimeout='30']\nSELECT TOP(1) [o].[Id], [o].[CustomerId], [o].[Status], [o].[Total]\nFROM [Orders] AS [o]\nWHERE [o].[Id] = @__id_0`,
        Severity.Information,
        efCommand,
      );
    }).map((e) => [e, 2] as const),
    ...variants(rng, (r) => {
      const elapsed = r.int(2, 120);
      return entry(`Handled ${target.name} for ${r.guid()} in ${elapsed} ms`, Severity.Verbose, domain, { ElapsedMilliseconds: elapsed });
    }).map((e) => [e, 4] as const),
    ...variants(rng, (r) => entry(`Retrying request to payments-api after 429 (attempt ${r.int(1, 3)} of 3)`, Severity.Warning, retry)).map((e) => [e, 0.3] as const),
    ...variants(rng, (r) => {
      const elapsed = r.int(1500, 9000);
      return entry(`Slow SQL query: ${elapsed} ms`, Severity.Warning, slowQuery, { ElapsedMilliseconds: elapsed });
    }).map((e) => [e, 0.3] as const),
    [entry("Health check sql with status Unhealthy completed after 30012.4ms with message 'Timeout expired after 30000 ms'", Severity.Critical, health), 0.02],
    ...(isWorker
      ? variants(rng, (r) => entry(`Updated stock for ${r.int(10, 500)} SKUs in warehouse ${r.pick(WAREHOUSES)}`, Severity.Information, { CategoryName: `${ns}.StockUpdater`, OriginalFormat: 'Updated stock for {Count} SKUs in warehouse {Warehouse}' })).map((e) => [e, 4] as const)
      : []),
  ]);
  if (isWorker) {
    const batch = { CategoryName: `${ns}.InventoryBatchService` };
    return {
      opening: variants(rng, (r) => entry(`Starting inventory batch ${r.int(100_000, 999_999)} with ${r.int(50, 2000)} SKUs`, Severity.Information, batch)),
      middle,
      closingSuccess: variants(rng, (r) => entry(`Finished inventory batch ${r.int(100_000, 999_999)} in ${r.int(400, 9000)} ms`, Severity.Information, batch)),
      closingFailure: variants(rng, (r) => entry(`Inventory batch ${r.int(100_000, 999_999)} failed and will be retried`, Severity.Warning, batch)),
      failure: failureEntries(target, batch, 'Inventory batch failed'),
    };
  }
  return {
    opening: variants(rng, (r) => entry(`Request starting HTTP/1.1 ${method} ${urlFor(target, r)} - - -`, Severity.Information, hosting)),
    middle,
    closingSuccess: variants(rng, (r) => entry(`Request finished HTTP/1.1 ${method} ${urlFor(target, r)} - ${target.successCode} ${r.int(200, 90_000)} application/json;+charset=utf-8 ${(r.logNormal(target.medianMs, target.sigma)).toFixed(4)}ms`, Severity.Information, hosting)),
    closingFailure: variants(rng, (r) => entry(`Request finished HTTP/1.1 ${method} ${urlFor(target, r)} - ${target.failureCodes.sample(r)} 0 - ${(r.logNormal(target.medianMs * 3, target.sigma)).toFixed(4)}ms`, Severity.Information, hosting)),
    failure: failureEntries(target, { CategoryName: 'Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware' }, 'An unhandled exception has occurred while executing the request.'),
  };
}

function nodeScript(rng: SeededRandom, target: Endpoint): TraceScript {
  const http = { service: target.role.name, module: 'http' };
  const payments = { service: target.role.name, module: 'payments' };
  const method = methodOf(target);
  const path = target.path.replace('{guid}', ':id');
  return {
    opening: [entry(`--> ${method} ${path}`, Severity.Information, http)],
    middle: new WeightedChoice<TraceEntry>([
      ...variants(rng, (r) => entry(`calling acquirer gateway for order ${r.guid()}`, Severity.Information, payments)).map((e) => [e, 3] as const),
      ...variants(rng, (r) => {
        const score = r.int(0, 100);
        return entry(`fraud score ${score} for card ending ${r.int(1000, 9999)}`, Severity.Verbose, payments, { fraudScore: score });
      }).map((e) => [e, 3] as const),
      ...variants(rng, (r) => entry(`acquirer responded 429, retrying in ${r.pick([250, 500, 1000])} ms`, Severity.Warning, payments)).map((e) => [e, 0.4] as const),
    ]),
    closingSuccess: variants(rng, (r) => entry(`<-- ${method} ${path} ${target.successCode} ${r.int(20, 900)}ms`, Severity.Information, http)),
    closingFailure: variants(rng, (r) => entry(`<-- ${method} ${path} ${target.failureCodes.sample(r)} ${r.int(20, 30_000)}ms`, Severity.Warning, http)),
    failure: failureEntries(target, payments, `Unhandled error in ${method} ${path}`),
  };
}

export function buildTraceScripts(rng: SeededRandom): Map<Endpoint, TraceScript> {
  return new Map(ENDPOINTS.map((target) => [target, target.role.runtime === 'node' ? nodeScript(rng, target) : dotnetScript(rng, target)]));
}
