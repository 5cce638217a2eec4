// AzureDiagnostics: resource logs in "Azure diagnostics" mode, one wide sparse table shared by providers. Here: the
// shop's Application Gateway (access and WAF logs) and the production Key Vault (audit events). Columns a provider
// does not use stay empty, exactly as in the real table.
import type { Table } from '../../engine/api.ts';
import { DEMO_SUBSCRIPTIONS } from '../../config.ts';
import type { GenerationContext } from '../context.ts';
import { WeightedChoice, type SeededRandom } from '../random.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { eventAges, ticksBefore, TICKS_PER_MINUTE } from '../time.ts';
import { PLACES, type Place } from '../world/places.ts';

const SCHEMA = columns(
  'TenantId:string', 'TimeGenerated:datetime', 'ResourceId:string', 'Category:string', 'ResourceGroup:string',
  'SubscriptionId:string', 'ResourceProvider:string', 'Resource:string', 'ResourceType:string', 'OperationName:string',
  'ResultType:string', 'ResultSignature:string', 'ResultDescription:string', 'DurationMs:long', 'CallerIPAddress:string',
  'CorrelationId:string', 'Level:string', 'Message:string', 'requestUri_s:string', 'host_s:string', 'clientIP_s:string',
  'clientPort_d:real', 'httpMethod_s:string', 'httpVersion_s:string', 'httpStatus_d:real', 'receivedBytes_d:real',
  'sentBytes_d:real', 'timeTaken_d:real', 'userAgent_s:string', 'instanceId_s:string', 'ruleName_s:string',
  'transactionId_g:guid', 'clientIp_s:string', 'ruleId_s:string', 'action_s:string', 'id_s:string',
  'identity_claim_appid_g:guid', 'httpStatusCode_d:real', 'clientInfo_s:string', 'isAccessPolicyMatch_b:bool',
  'SourceSystem:string', 'Type:string', '_ResourceId:string',
);

export const AZURE_DIAGNOSTICS = defineTable('AzureDiagnostics', 'Azure resource logs in Azure Diagnostics mode: Application Gateway access and firewall logs, Key Vault audit events.', SCHEMA);

/**
 * Durations that do not fit a double exactly: a request whose completion was never observed is logged with
 * Int64.MaxValue, and 2^53 + 1 is the smallest integer a double cannot hold. They keep precision tests honest.
 */
export const UNREPRESENTABLE_DURATIONS: readonly bigint[] = [9_223_372_036_854_775_807n, 9_007_199_254_740_993n, 18_014_398_509_481_987n];

interface ResourceRef {
  provider: string;
  type: string;
  name: string;
  group: string;
}

const GATEWAY: ResourceRef = { provider: 'MICROSOFT.NETWORK', type: 'APPLICATIONGATEWAYS', name: 'APPGW-CONTOSO-PROD', group: 'RG-PROD-WEB' };
const VAULT: ResourceRef = { provider: 'MICROSOFT.KEYVAULT', type: 'VAULTS', name: 'KV-CONTOSO-PROD', group: 'RG-SECURITY-DEMO' };
const SUBSCRIPTION = DEMO_SUBSCRIPTIONS[1].subscriptionId;

function resourceIdOf(resource: ResourceRef): string {
  return `/SUBSCRIPTIONS/${SUBSCRIPTION.toUpperCase()}/RESOURCEGROUPS/${resource.group}/PROVIDERS/${resource.provider}/${resource.type}/${resource.name}`;
}

const PATHS = ['/', '/products', '/products/4711', '/products/1337?ref=home', '/cart/items', '/checkout', '/api/orders', '/static/app.3f9c1b.js', '/favicon.ico'];
const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'AppGW-Health-Probe/1.0',
];

interface WafFinding {
  ruleId: string;
  message: string;
  uri: string;
}

const WAF_FINDINGS: readonly WafFinding[] = [
  { ruleId: '942100', message: 'SQL Injection Attack Detected via libinjection', uri: "/products?id=1' OR 1=1--" },
  { ruleId: '942100', message: 'SQL Injection Attack Detected via libinjection', uri: '/products?id=1%27%20UNION%20SELECT%20password%20FROM%20users--' },
  { ruleId: '941100', message: 'XSS Attack Detected via libinjection', uri: '/search?q=<script>alert(1)</script>' },
  { ruleId: '941100', message: 'XSS Attack Detected via libinjection', uri: '/checkout?redirect=<img src=x onerror=alert(1)>' },
  { ruleId: '941170', message: 'NoScript XSS InjectionChecker: Attribute Injection', uri: '/cart/items?callback=javascript:alert(document.domain)' },
  { ruleId: '930100', message: 'Path Traversal Attack (/../)', uri: '/static/../../../../etc/passwd' },
  { ruleId: '920350', message: 'Host header is a numeric IP address', uri: '/' },
  { ruleId: '913100', message: 'Found User-Agent associated with security scanner', uri: '/.env' },
];

const VAULT_OPERATIONS = new WeightedChoice<{ name: string; uri: (rng: SeededRandom) => string }>([
  [{ name: 'SecretGet', uri: (rng) => `https://kv-contoso-prod.vault.azure.net/secrets/${rng.pick(['db-password', 'storage-key', 'payments-api-key', 'smtp-password'])}/?api-version=7.4` }, 60],
  [{ name: 'SecretList', uri: () => 'https://kv-contoso-prod.vault.azure.net/secrets?api-version=7.4' }, 5],
  [{ name: 'KeySign', uri: () => 'https://kv-contoso-prod.vault.azure.net/keys/token-signing/sign?api-version=7.4' }, 15],
  [{ name: 'KeyGet', uri: () => 'https://kv-contoso-prod.vault.azure.net/keys/token-signing/?api-version=7.4' }, 8],
  [{ name: 'Authentication', uri: () => 'https://kv-contoso-prod.vault.azure.net/secrets/db-password/?api-version=7.4' }, 8],
  [{ name: 'VaultGet', uri: () => `https://management.azure.com/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-security-demo/providers/Microsoft.KeyVault/vaults/kv-contoso-prod?api-version=2023-07-01` }, 4],
]);

const VAULT_OUTCOMES = new WeightedChoice<{ signature: string; status: number }>([
  [{ signature: 'OK', status: 200 }, 95],
  [{ signature: 'Unauthorized', status: 401 }, 2.5],
  [{ signature: 'Forbidden', status: 403 }, 1.5],
  [{ signature: 'TooManyRequests', status: 429 }, 1],
]);

/** Workloads reading the vault: managed identities of the shop's services. */
const VAULT_CLIENTS = [
  { appId: '8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d', clientInfo: 'azsdk-net-Security.KeyVault.Secrets/4.5.0 (.NET 8.0.1; Ubuntu 22.04.3 LTS)', ip: '10.224.0.5' },
  { appId: '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e', clientInfo: 'azsdk-js-keyvault-secrets/4.8.0 core-rest-pipeline/1.13.0 Node/v20.11.0 OS/(x64-Linux-5.15.0-1057-azure)', ip: '10.224.0.6' },
  { appId: '0c9d8e7f-6a5b-4c4d-9e3f-2a1b0c9d8e7f', clientInfo: 'FxVersion/4.8.9181.0 OSName/Windows OSVersion/Microsoft.Windows.10.0.20348. Microsoft.Azure.KeyVault.KeyVaultClient/3.0.5', ip: '10.1.1.4' },
];

const CATEGORY = new WeightedChoice<'access' | 'firewall' | 'vault'>([['access', 62], ['firewall', 13], ['vault', 25]]);
const CUSTOMER_PLACES = new WeightedChoice<Place>(PLACES.filter((place) => place.share > 0).map((place) => [place, place.share]));
const SCANNER_IPS = ['198.51.100.77', '203.0.113.150', '192.0.2.201', '203.0.113.66'];

export function generateAzureDiagnostics(ctx: GenerationContext, count: number): Table {
  const { rng, now, world } = ctx;
  const ages = eventAges(rng, count, now, { lastHour: 0.1, lastDay: 0.3 });
  const table = new TableBuilder(SCHEMA, count);
  const c = table.columns;
  const vaultRows: number[] = [];
  const gatewayId = resourceIdOf(GATEWAY);
  const vaultId = resourceIdOf(VAULT);
  const setResource = (row: number, resource: ResourceRef, resourceId: string): void => {
    c.ResourceId[row] = resourceId;
    c._ResourceId[row] = resourceId.toLowerCase();
    c.ResourceGroup[row] = resource.group;
    c.ResourceProvider[row] = resource.provider;
    c.ResourceType[row] = resource.type;
    c.Resource[row] = resource.name;
  };
  for (let row = 0; row < count; row++) {
    const age = ages[row] ?? 0;
    c.TimeGenerated[row] = ticksBefore(now, age);
    const category = CATEGORY.sample(rng);
    if (category === 'vault') {
      vaultRows.push(row);
      const operation = VAULT_OPERATIONS.sample(rng);
      const outcome = VAULT_OUTCOMES.sample(rng);
      const client = rng.pick(VAULT_CLIENTS);
      setResource(row, VAULT, vaultId);
      c.Category[row] = 'AuditEvent';
      c.Level[row] = 'Informational';
      c.OperationName[row] = operation.name;
      c.ResultType[row] = 'Success';
      c.ResultSignature[row] = outcome.signature;
      c.DurationMs[row] = Math.round(rng.logNormal(outcome.status === 429 ? 2 : 18, 0.7));
      c.CallerIPAddress[row] = client.ip;
      c.CorrelationId[row] = rng.guid();
      c.requestUri_s[row] = operation.uri(rng);
      c.id_s[row] = operation.name.startsWith('Secret') ? `https://kv-contoso-prod.vault.azure.net/secrets/db-password/${rng.hex(32)}` : 'https://kv-contoso-prod.vault.azure.net/keys/token-signing';
      c.identity_claim_appid_g[row] = client.appId;
      c.httpStatusCode_d[row] = outcome.status;
      c.clientInfo_s[row] = client.clientInfo;
      c.isAccessPolicyMatch_b[row] = outcome.status === 200 ? true : outcome.status === 403 ? false : null;
      continue;
    }
    setResource(row, GATEWAY, gatewayId);
    c.transactionId_g[row] = rng.guid();
    c.instanceId_s[row] = rng.pick(['appgw_0', 'appgw_1']);
    if (category === 'firewall') {
      const finding = rng.pick(WAF_FINDINGS);
      c.Category[row] = 'ApplicationGatewayFirewallLog';
      c.OperationName[row] = 'ApplicationGatewayFirewall';
      c.clientIp_s[row] = rng.pick(SCANNER_IPS);
      c.requestUri_s[row] = finding.uri;
      c.ruleId_s[row] = finding.ruleId;
      c.Message[row] = finding.message;
      c.action_s[row] = rng.pick(['Matched', 'Matched', 'Blocked', 'Detected']);
      continue;
    }
    const place = CUSTOMER_PLACES.sample(rng);
    const status = rng.chance(0.97) ? rng.pick([200, 200, 200, 200, 304, 301]) : rng.pick([404, 500, 502, 403]);
    c.Category[row] = 'ApplicationGatewayAccessLog';
    c.OperationName[row] = 'ApplicationGatewayAccess';
    c.requestUri_s[row] = rng.pick(PATHS);
    c.host_s[row] = 'shop.contoso-demo.com';
    c.clientIP_s[row] = rng.chance(0.03) ? '10.1.1.200' : rng.pick(place.publicIPv4);
    c.clientPort_d[row] = rng.int(1024, 65535);
    c.httpMethod_s[row] = rng.chance(0.85) ? 'GET' : 'POST';
    c.httpVersion_s[row] = rng.chance(0.6) ? 'HTTP/2.0' : 'HTTP/1.1';
    c.httpStatus_d[row] = status;
    c.receivedBytes_d[row] = rng.int(300, 4000);
    c.sentBytes_d[row] = rng.int(400, 250_000);
    c.timeTaken_d[row] = Math.round(rng.logNormal(0.05, 0.8) * 1000) / 1000;
    c.userAgent_s[row] = rng.pick(USER_AGENTS);
    c.ruleName_s[row] = 'rule-https-shop';
  }

  // The attacker tries the vault with the stolen account right after the spray succeeds.
  const attackRows = vaultRows.filter((row) => (ages[row] ?? 0) >= 5 * TICKS_PER_MINUTE && (ages[row] ?? 0) < 8 * TICKS_PER_MINUTE).slice(-2);
  for (const row of attackRows) {
    c.OperationName[row] = 'SecretList';
    c.CallerIPAddress[row] = world.incidents.spray.ip;
    c.ResultSignature[row] = 'Forbidden';
    c.httpStatusCode_d[row] = 403;
    c.isAccessPolicyMatch_b[row] = false;
    c.clientInfo_s[row] = 'python-requests/2.31.0';
  }
  UNREPRESENTABLE_DURATIONS.forEach((duration, k) => {
    const row = vaultRows[Math.floor(((k + 0.5) * vaultRows.length) / UNREPRESENTABLE_DURATIONS.length)];
    if (row !== undefined) c.DurationMs[row] = duration;
  });
  c.SubscriptionId.fill(SUBSCRIPTION);
  c.SourceSystem.fill('Azure');
  stampStandardColumns(table, AZURE_DIAGNOSTICS.name, ctx.workspace.customerId);
  return table.toTable();
}
