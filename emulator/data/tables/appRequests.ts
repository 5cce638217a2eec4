// AppRequests: one row per operation of the shop's services.
import type { DynamicValue, Table } from '../../engine/api.ts';
import type { GenerationContext } from '../context.ts';
import { sprinkleNulls } from '../hostile.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { ticksBefore } from '../time.ts';
import { APP_COMPONENT, APP_ROLES, requestProperties, type AppRole } from '../world/appServices.ts';
import type { AppOperations } from './appOperations.ts';

const SCHEMA = columns(
  'TenantId:string', 'TimeGenerated:datetime', 'Id:string', 'Source:string', 'Name:string', 'Url:string', 'Success:bool',
  'ResultCode:string', 'DurationMs:real', 'Properties:dynamic', 'Measurements:dynamic', 'OperationName:string',
  'OperationId:string', 'ParentId:string', 'SyntheticSource:string', 'SessionId:string', 'UserId:string',
  'UserAuthenticatedId:string', 'AppVersion:string', 'AppRoleName:string', 'AppRoleInstance:string', 'ClientType:string',
  'ClientIP:string', 'ClientCity:string', 'ClientStateOrProvince:string', 'ClientCountryOrRegion:string', 'IKey:string',
  'ResourceGUID:string', 'SDKVersion:string', 'ItemCount:int', 'SourceSystem:string', 'Type:string', '_ResourceId:string',
);

export const APP_REQUESTS = defineTable('AppRequests', 'Application Insights requests: incoming HTTP calls and tracked operations of the Contoso shop.', SCHEMA);

export function generateAppRequests(ctx: GenerationContext, operations: AppOperations): Table {
  const { rng, now } = ctx;
  const table = new TableBuilder(SCHEMA, operations.count);
  const c = table.columns;
  const properties = new Map<AppRole, DynamicValue>(APP_ROLES.map((role) => [role, requestProperties(role)]));
  for (let row = 0; row < operations.count; row++) {
    const target = operations.endpoints[row];
    const place = operations.clientPlaces[row];
    if (!target || !place) throw new Error(`Operation ${row} is incomplete`);
    const operationId = operations.operationIds[row] ?? '';
    c.TimeGenerated[row] = ticksBefore(now, operations.ages[row] ?? 0);
    c.Id[row] = operations.requestIds[row] ?? '';
    c.Name[row] = target.name;
    c.OperationName[row] = target.name;
    c.Url[row] = operations.urls[row] ?? '';
    c.Success[row] = operations.success[row] === 1;
    c.ResultCode[row] = operations.resultCodes[row] ?? '';
    c.DurationMs[row] = Math.round((operations.durationMs[row] ?? 0) * 1000) / 1000;
    c.Properties[row] = properties.get(target.role) ?? null;
    c.OperationId[row] = operationId;
    c.ParentId[row] = operationId;
    c.SyntheticSource[row] = operations.synthetic[row] === 1 ? 'Application Insights Availability Monitoring' : '';
    c.SessionId[row] = operations.sessionIds[row] ?? '';
    c.UserId[row] = operations.userIds[row] ?? '';
    c.UserAuthenticatedId[row] = operations.authenticatedUserIds[row] ?? '';
    c.AppVersion[row] = target.role.appVersion;
    c.AppRoleName[row] = target.role.name;
    c.AppRoleInstance[row] = operations.instances[row] ?? '';
    c.ClientCity[row] = place.city;
    c.ClientStateOrProvince[row] = place.state;
    c.ClientCountryOrRegion[row] = place.country;
    c.SDKVersion[row] = target.role.sdkVersion;
    // Adaptive sampling keeps one in N requests and says so in ItemCount.
    c.ItemCount[row] = rng.chance(0.1) ? rng.pick([2, 4, 5]) : 1;
  }
  c.ClientType.fill('PC');
  c.ClientIP.fill('0.0.0.0');
  c.IKey.fill(APP_COMPONENT.instrumentationKey);
  c.ResourceGUID.fill(APP_COMPONENT.resourceGuid);
  c.SourceSystem.fill('Azure');
  c._ResourceId.fill(APP_COMPONENT.resourceId);
  stampStandardColumns(table, APP_REQUESTS.name, ctx.workspace.customerId);
  if (ctx.hostile) sprinkleNulls(c.DurationMs, 4, rng);
  return table.toTable();
}
