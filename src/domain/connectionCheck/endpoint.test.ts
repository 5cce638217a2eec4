import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { input } from '../diagnosis/testing/fixtures';
import { checkEndpoint } from './endpoint';

describe('checkEndpoint', () => {
  it("passes the selected cloud's Log Analytics host when the connection sends its token there", () => {
    expect(checkEndpoint({ cloud: 'AzurePublic', endpoint: 'https://api.loganalytics.io', isEmulator: false, tokenUrlAllowed: true })).toEqual({
      status: 'passed',
      detail: 'api.loganalytics.io (Azure (public))',
    });
    expect(checkEndpoint({ cloud: 'AzureUSGovernment', endpoint: 'https://api.loganalytics.us', isEmulator: false, tokenUrlAllowed: true }).status).toBe('passed');
  });

  it('passes the local emulator of a demo connection', () => {
    expect(checkEndpoint({ cloud: 'AzurePublic', endpoint: 'http://127.0.0.1:5178', isEmulator: true, tokenUrlAllowed: true })).toEqual({
      status: 'passed',
      detail: 'http://127.0.0.1:5178 (the local emulator)',
    });
  });

  it('fails a host guessed by analogy, which the console refuses to send a token to', () => {
    const endpoint = 'https://api.loganalytics.azure.us';
    const verdict = checkEndpoint({ cloud: 'AzureUSGovernment', endpoint, isEmulator: false, tokenUrlAllowed: false });
    expect(verdict.status).toBe('failed');
    if (verdict.status !== 'failed') return;
    expect(verdict.detail).toBe('api.loganalytics.azure.us is not a host of any Azure cloud (did you mean api.loganalytics.us?); the console will not send a token there.');
    expect(verdict.failure.simulated).toBe(false);
    expect(diagnose(input(verdict.failure.outcome, { context: { cloud: 'AzureUSGovernment', endpoint } })).id).toBe('blocked-host');
  });

  it("fails another cloud's host even where a token would go, without claiming it was refused", () => {
    const verdict = checkEndpoint({ cloud: 'AzureUSGovernment', endpoint: 'https://api.loganalytics.io', isEmulator: false, tokenUrlAllowed: true });
    expect(verdict.status === 'failed' && verdict.detail).toBe('api.loganalytics.io belongs to Azure (public), but the console is set to Azure US Government');
    expect(verdict.status === 'failed' && verdict.failure.simulated).toBe(true);
  });
});
