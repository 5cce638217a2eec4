import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { failed, plainFailure } from '../testing/fixtures';

const failedToFetch = (host: string) => plainFailure('network', 'NetworkError', `No readable answer from ${host}: TypeError: Failed to fetch`);

describe('network failures (no HTTP answer)', () => {
  it('offline wins over every other explanation', () => {
    const result = diagnose(failed(failedToFetch('api.loganalytics.io'), { navigatorOnline: false }));
    expect(result.id).toBe('offline');
    expect(result.evidence[0]).toEqual({ label: 'Browser network status', value: 'offline', status: 'problem' });
  });

  it('api.loganalytics.azure.us is no cloud host: suggests api.loganalytics.us and US Government', () => {
    const result = diagnose(failed(failedToFetch('api.loganalytics.azure.us'), { context: { endpoint: 'https://api.loganalytics.azure.us' } }));
    expect(result.id).toBe('endpoint-unknown-host');
    expect(result.evidence[0]).toEqual({
      label: 'Log Analytics endpoint',
      value: 'api.loganalytics.azure.us is not a host of any Azure cloud (did you mean api.loganalytics.us?)',
      status: 'problem',
    });
    expect(result.actions).toEqual([{ id: 'switchCloud', label: 'Switch to Azure US Government', cloud: 'AzureUSGovernment' }]);
  });

  it('api.loganalytics.cn is no cloud host: suggests api.loganalytics.azure.cn', () => {
    const result = diagnose(failed(failedToFetch('api.loganalytics.cn'), { context: { cloud: 'AzureChina', endpoint: 'https://api.loganalytics.cn' } }));
    expect(result.id).toBe('endpoint-unknown-host');
    expect(result.likelyCause).toMatch(/^api\.loganalytics\.cn is probably misspelt or guessed by analogy; the host you likely meant is api\.loganalytics\.azure\.cn\./);
    expect(result.actions).toEqual([{ id: 'openSettings', label: 'Choose the cloud', setting: 'cloud' }]);
  });

  it('a host of another cloud than the selected one', () => {
    const result = diagnose(failed(failedToFetch('api.loganalytics.us'), { context: { endpoint: 'https://api.loganalytics.us' } }));
    expect(result.id).toBe('endpoint-other-cloud');
    expect(result.actions).toEqual([{ id: 'switchCloud', label: 'Switch to Azure US Government', cloud: 'AzureUSGovernment' }]);
  });

  it('the right host that does not answer: honest that DNS, CORS and refused connections look alike', () => {
    const result = diagnose(failed(failedToFetch('api.loganalytics.io')));
    expect(result.id).toBe('network-unreachable');
    expect(result.title).toBe('No answer from api.loganalytics.io');
    expect(result.evidence).toEqual([
      { label: 'Browser network status', value: 'online (this only means a network is connected, not that Azure is reachable)', status: 'ok' },
      { label: 'Log Analytics endpoint', value: 'api.loganalytics.io (Azure (public))', status: 'ok' },
    ]);
    expect(result.likelyCause).toContain('cannot tell which one happened');
    expect(result.actions).toEqual([{ id: 'retry', label: 'Run again' }, { id: 'checkConnection', label: 'Check connection' }]);
  });

  it('in the local demo, points at the emulator instead', () => {
    const result = diagnose(failed(failedToFetch('localhost:5180'), { context: { connectionMode: 'demo', endpoint: 'http://localhost:5180' } }));
    expect(result.id).toBe('network-unreachable');
    expect(result.evidence[1]).toEqual({ label: 'Log Analytics endpoint', value: 'http://localhost:5180 (the local emulator)', status: 'ok' });
    expect(result.fixSteps[0]).toBe('Start the emulator: npm start (or npm run emulator).');
  });

  it('an answer that broke off in the middle says so, how far it got, and how to make it smaller', () => {
    const cutOff = plainFailure('network', 'AnswerCutOff', 'The answer from api.loganalytics.io broke off after 31 MB: TypeError: network error.', { status: 200 });
    const result = diagnose(failed(cutOff));
    expect(result.id).toBe('answer-cut-off');
    expect(result.title).toBe('The answer was cut off');
    expect(result.summary).toBe('The answer from api.loganalytics.io broke off after 31 MB: TypeError: network error. An incomplete answer cannot be read, so no rows are shown.');
    expect(result.fixSteps[1]).toMatch(/^If it breaks off again, make the answer smaller/);
    expect(result.actions).toEqual([{ id: 'retry', label: 'Run again' }, { id: 'checkConnection', label: 'Check connection' }]);
    expect(diagnose(failed(cutOff, { navigatorOnline: false })).id).toBe('offline');
  });
});
