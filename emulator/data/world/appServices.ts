// The Contoso shop as Application Insights sees it: one component, a few services (cloud roles) and their endpoints.
import { DEMO_SUBSCRIPTIONS } from '../../config.ts';
import type { DynamicValue } from '../../engine/api.ts';
import { WeightedChoice, type SeededRandom } from '../random.ts';

export type Runtime = 'dotnet' | 'node';

export interface AppRole {
  name: string;
  instances: readonly string[];
  runtime: Runtime;
  sdkVersion: string;
  appVersion: string;
  /** The .NET namespace or Node module the service's code lives in. */
  codeNamespace: string;
}

export interface Endpoint {
  role: AppRole;
  /** AppRequests.Name and the operation name of everything the request causes. */
  name: string;
  host: string;
  /** Path template; "{id}" is replaced by an id, "{guid}" by a GUID. Empty for background operations. */
  path: string;
  medianMs: number;
  sigma: number;
  /** Relative share of all requests. */
  share: number;
  failureRate: number;
  failureCodes: WeightedChoice<string>;
  successCode: string;
}

const COMPONENT_NAME = 'contoso-shop-insights';
const COMPONENT_GROUP = 'rg-apps-demo';

/** The App Insights component all app telemetry belongs to. */
export const APP_COMPONENT = {
  resourceId: `/subscriptions/${DEMO_SUBSCRIPTIONS[1].subscriptionId}/resourcegroups/${COMPONENT_GROUP}/providers/microsoft.insights/components/${COMPONENT_NAME}`,
  instrumentationKey: '0c8b7a2e-4f51-4d3e-9a6b-5e4d3c2b1a09',
  resourceGuid: '7e6f5a4b-3c2d-4e1f-8a9b-0c1d2e3f4a5b',
} as const;

const web: AppRole = { name: 'contoso-web', instances: ['RD0003FF2B1C45', 'RD0003FF2B7A10'], runtime: 'dotnet', sdkVersion: 'dotnetc:2.22.0-997', appVersion: '3.8.1', codeNamespace: 'Contoso.Shop.Web' };
const orders: AppRole = { name: 'orders-api', instances: ['orders-api-7d9f8b6c4-x2kq9', 'orders-api-7d9f8b6c4-p8m3w', 'orders-api-7d9f8b6c4-zt4vn'], runtime: 'dotnet', sdkVersion: 'dotnetc:2.22.0-997', appVersion: '1.14.2', codeNamespace: 'Contoso.Orders.Api' };
const payments: AppRole = { name: 'payments-api', instances: ['payments-api-5c6d7f8b9-q4w8e', 'payments-api-5c6d7f8b9-r7t2y'], runtime: 'node', sdkVersion: 'node:2.9.6', appVersion: '2.3.0', codeNamespace: 'payments' };
const identity: AppRole = { name: 'identity-svc', instances: ['identity-svc-6b5a4c3d2-m9n8b'], runtime: 'dotnet', sdkVersion: 'dotnetc:2.22.0-997', appVersion: '5.0.4', codeNamespace: 'Contoso.Identity' };
const inventory: AppRole = { name: 'inventory-worker', instances: ['inventory-worker-84c9d7f6b-l2k3j'], runtime: 'dotnet', sdkVersion: 'dotnetc:2.22.0-997', appVersion: '1.2.0', codeNamespace: 'Contoso.Inventory.Worker' };

export const APP_ROLES: readonly AppRole[] = [web, orders, payments, identity, inventory];

const SHOP = 'shop.contoso-demo.com';
const API = 'api.contoso-demo.com';
const LOGIN = 'login.contoso-demo.com';

const serverErrors = new WeightedChoice<string>([['500', 70], ['503', 20], ['502', 10]]);
const notFound = new WeightedChoice<string>([['404', 80], ['500', 20]]);
const badToken = new WeightedChoice<string>([['400', 60], ['401', 40]]);
const throttledOrFailed = new WeightedChoice<string>([['500', 45], ['502', 25], ['429', 20], ['503', 10]]);

function endpoint(role: AppRole, name: string, host: string, path: string, medianMs: number, share: number, failureRate: number, failureCodes = serverErrors, sigma = 0.45, successCode = '200'): Endpoint {
  return { role, name, host, path, medianMs, sigma, share, failureRate, failureCodes, successCode };
}

export const ENDPOINTS: readonly Endpoint[] = [
  endpoint(web, 'GET /', SHOP, '/', 45, 14, 0.002),
  endpoint(web, 'GET /products', SHOP, '/products', 80, 12, 0.004),
  endpoint(web, 'GET /products/{id}', SHOP, '/products/{id}', 60, 18, 0.01, notFound),
  endpoint(web, 'POST /cart/items', SHOP, '/cart/items', 90, 6, 0.006),
  endpoint(web, 'GET /checkout', SHOP, '/checkout', 120, 3, 0.005),
  endpoint(web, 'POST /checkout', SHOP, '/checkout', 350, 2, 0.025),
  endpoint(orders, 'GET /api/orders/{id}', API, '/api/orders/{guid}', 25, 10, 0.015, notFound),
  endpoint(orders, 'GET /api/orders', API, '/api/orders?customerId={id}&page=1', 70, 5, 0.005),
  endpoint(orders, 'POST /api/orders', API, '/api/orders', 140, 2, 0.02, serverErrors, 0.5, '201'),
  endpoint(orders, 'DELETE /api/orders/{id}', API, '/api/orders/{guid}', 40, 0.5, 0.01, notFound, 0.45, '204'),
  endpoint(payments, 'POST /api/payments/authorize', API, '/api/payments/authorize', 420, 2, 0.035, throttledOrFailed, 0.6),
  endpoint(payments, 'POST /api/payments/capture', API, '/api/payments/capture', 300, 1.5, 0.015, throttledOrFailed, 0.55),
  endpoint(payments, 'GET /api/payments/{id}', API, '/api/payments/{guid}', 30, 1, 0.005),
  endpoint(identity, 'POST /connect/token', LOGIN, '/connect/token', 55, 8, 0.04, badToken),
  endpoint(identity, 'GET /.well-known/openid-configuration', LOGIN, '/.well-known/openid-configuration', 5, 4, 0.001, serverErrors, 0.3),
  endpoint(inventory, 'ProcessInventoryBatch', '', '', 1800, 1, 0.02, serverErrors, 0.7),
];

export function urlFor(target: Endpoint, rng: SeededRandom): string {
  if (!target.path) return '';
  const path = target.path.replace('{id}', String(rng.int(1000, 99999))).replace('{guid}', rng.guid());
  return `https://${target.host}${path}`;
}

/** The custom dimensions each SDK attaches to every request. */
export function requestProperties(role: AppRole): DynamicValue {
  return role.runtime === 'dotnet'
    ? { AspNetCoreEnvironment: 'Production', '_MS.ProcessedByMetricExtractors': "(Name:'Requests', Ver:'1.1')" }
    : { 'service.name': role.name, '_MS.ProcessedByMetricExtractors': "(Name:'Requests', Ver:'1.1')" };
}
