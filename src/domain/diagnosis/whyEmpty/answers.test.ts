import { describe, expect, it } from 'vitest';
import { responseBody, table } from '../../results/testing/responseBody';
import { failureFromBody, plainFailure, RECORDED } from '../testing/fixtures';
import { answerFromBody, answerFromFailure, NOTHING_COUNTED } from './answers';

const summaryBody = (rows: readonly (readonly (number | bigint | string | null)[])[]) =>
  responseBody({ tables: [table('PrimaryResult', [['Rows', 'long'], ['LastArrived', 'datetime']], rows)], statistics: { query: { executionTime: 0.01 } } });

describe('answerFromBody', () => {
  it('reads the count and the last arrival of a summarize check', () => {
    expect(answerFromBody(summaryBody([[1234, '2026-11-20T10:00:00.1234567Z']]))).toEqual({ kind: 'counted', rows: 1234, lastArrived: '2026-11-20T10:00:00.1234567Z' });
  });

  it('reads an empty table as nothing counted: max() of no rows is null', () => {
    expect(answerFromBody(summaryBody([[0, null]]))).toEqual(NOTHING_COUNTED);
  });

  it('reads the Count column of `| count`', () => {
    expect(answerFromBody(responseBody({ tables: [table('PrimaryResult', [['Count', 'long']], [[42]])] }))).toEqual({ kind: 'counted', rows: 42, lastArrived: null });
  });

  it('reports a body it cannot read, or an incomplete one, as a failed check in words', () => {
    expect(answerFromBody('{"tables":[')).toEqual({ kind: 'failed', reason: 'the answer could not be read' });
    expect(answerFromBody(responseBody({ tables: [table('PrimaryResult', [['x', 'long']], [[1]])] }))).toEqual({ kind: 'failed', reason: 'the answer had no count in it' });
    const partial = responseBody({
      tables: [table('PrimaryResult', [['Rows', 'long'], ['LastArrived', 'datetime']], [[5, '2026-11-20T10:00:00Z']])],
      error: { code: 'PartialError', message: 'There were some errors when processing your query.', details: [{ code: 'EngineError', message: 'x', innererror: { code: 'E_LOW_MEMORY_CONDITION', message: 'low memory' } }] },
    });
    expect(answerFromBody(partial)).toEqual({ kind: 'failed', reason: 'the service returned an incomplete answer (E_LOW_MEMORY_CONDITION)' });
  });
});

describe('answerFromFailure', () => {
  it('names what the service could not resolve (SEM0100)', () => {
    expect(answerFromFailure(failureFromBody(400, RECORDED.unknownTable))).toEqual({ kind: 'failed', reason: 'the service cannot resolve the name Heartbeats', unresolved: 'Heartbeats' });
  });

  it('gives a short reason for throttling, refused access, network and other service errors', () => {
    expect(answerFromFailure(plainFailure('service', 'ThrottledError', 'Too many requests', { status: 429, retryAfterSeconds: 12 }))).toEqual({
      kind: 'failed',
      reason: 'the service is throttling queries; try again in 12 s',
    });
    expect(answerFromFailure(plainFailure('service', 'InsufficientAccessError', 'The provided credentials have insufficient access', { status: 403 }))).toEqual({
      kind: 'failed',
      reason: 'access refused (InsufficientAccessError)',
    });
    expect(answerFromFailure(plainFailure('network', 'NetworkError', 'No readable answer from api.loganalytics.io: Failed to fetch'))).toEqual({
      kind: 'failed',
      reason: 'no answer from the service (network error)',
    });
    expect(answerFromFailure(failureFromBody(504, RECORDED.gatewayTimeout))).toEqual({ kind: 'failed', reason: 'GatewayTimeout: Kusto query timed out' });
  });

  it('never echoes a JSON body', () => {
    const answer = answerFromFailure(plainFailure('service', 'HTTP500', '{"odd":"body"}', { status: 500 }));
    expect(answer).toEqual({ kind: 'failed', reason: 'HTTP500: (a JSON body the console could not interpret; not shown)' });
  });
});
