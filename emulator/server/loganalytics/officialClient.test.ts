// The official @azure/monitor-query-logs client, unchanged, against the emulator.
import { Durations, LogsQueryClient, LogsQueryResultStatus } from '@azure/monitor-query-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WORKSPACES } from '../../config.ts';
import type { RunningEmulator } from '../index.ts';
import { emulatorCredential, forwardingHttpClient } from '../testing/forwardingHttpClient.ts';
import { STARTUP_TIMEOUT_MS, startTestEmulator } from '../testing/emulatorClient.ts';
import { armWorkspaceId } from '../arm/resources.ts';

const demo = DEMO_WORKSPACES[0]!;
let emulator: RunningEmulator;
let client: LogsQueryClient;

beforeAll(async () => {
  emulator = await startTestEmulator();
  client = new LogsQueryClient(emulatorCredential(emulator.url, 'reader'), { httpClient: forwardingHttpClient(emulator.url) });
}, STARTUP_TIMEOUT_MS);
afterAll(() => emulator.close());

describe('@azure/monitor-query-logs against the emulator', () => {
  it('queries a workspace and converts every cell type as it does against Azure', async () => {
    const result = await client.queryWorkspace(
      demo.customerId,
      'print s="hello", b=true, d=datetime(2000-01-02 03:04:05Z), i=toint(100), l=long(101), r=102.1, j=dynamic({"hello":"world"})',
      { duration: Durations.oneDay },
    );
    expect(result.status).toBe(LogsQueryResultStatus.Success);
    if (result.status !== LogsQueryResultStatus.Success) return;
    const [table] = result.tables;
    expect(table!.columnDescriptors.map((column) => [column.name, column.type])).toEqual([
      ['s', 'string'], ['b', 'bool'], ['d', 'datetime'], ['i', 'int'], ['l', 'long'], ['r', 'real'], ['j', 'dynamic'],
    ]);
    expect(table!.rows).toEqual([['hello', true, new Date('2000-01-02T03:04:05Z'), 100, 101, 102.1, { hello: 'world' }]]);
  });

  it('returns rows of sample data, by workspace and by resource id', async () => {
    const byWorkspace = await client.queryWorkspace(demo.customerId, 'SigninLogs | take 5', { duration: Durations.sevenDays });
    expect(byWorkspace.status === LogsQueryResultStatus.Success && byWorkspace.tables[0]!.rows.length).toBe(5);
    const byResource = await client.queryResource(armWorkspaceId(demo), 'Heartbeat | take 3', { duration: Durations.oneDay });
    expect(byResource.status === LogsQueryResultStatus.Success && byResource.tables[0]!.rows.length).toBe(3);
  });

  it('reports a truncated result as a partial failure and a bad query as a RestError', async () => {
    const partial = await client.queryWorkspace(demo.customerId, 'set truncationmaxrecords=1; datatable (s: string) ["a", "b"]', { duration: Durations.oneDay });
    expect(partial.status).toBe(LogsQueryResultStatus.PartialFailure);
    if (partial.status === LogsQueryResultStatus.PartialFailure) {
      expect(partial.partialTables[0]!.rows).toEqual([['a']]);
      expect(partial.partialError.code).toBe('PartialError');
    }
    await expect(client.queryWorkspace(demo.customerId, 'completely invalid syntax', { duration: Durations.oneDay })).rejects.toMatchObject({ statusCode: 400, code: 'BadArgumentError' });
  });
});
