import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chainResults } from '../../../domain/connectionCheck/chain';
import { checkTokenClaims } from '../../../domain/connectionCheck/token';
import type { StepVerdict } from '../../../domain/connectionCheck/types';
import { diagnose } from '../../../domain/diagnosis/diagnose';
import { EMULATOR, failed, failureFromBody, NOW, readerClaims } from '../../../domain/diagnosis/testing/fixtures';
import { checkStatusText } from './CheckConnectionDialog';
import { CheckStepList } from './CheckStepList';

const passed: StepVerdict = { status: 'passed', detail: 'fine' };

/** Each step's text as the list renders it, tags stripped. */
function stepTexts(html: string): string[] {
  return [...html.matchAll(/<li class="check-step [^"]*"[^>]*>(.*?)<\/li>(?=<li class="check-step |<\/ol>$)/g)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
}

describe('CheckStepList', () => {
  it('shows the steps concluded, the one under way as Checking… and the rest as Waiting, each named by label and status', () => {
    const results = chainResults([passed, passed]);
    const html = renderToStaticMarkup(<CheckStepList results={results} running diagnosis={null} />);
    expect(stepTexts(html)).toEqual([
      '✓ Configuration Passed fine',
      '✓ Endpoint host known for the cloud Passed fine',
      '… Access token acquired Checking…',
      '· Token claims as expected Waiting',
      '· Log Analytics API reachable Waiting',
      '· Workspace readable Waiting',
    ]);
    expect(html).toMatch(/<li class="check-step check-step-passed" aria-labelledby="[^"]+-configuration-label [^"]+-configuration-status">/);
    expect(checkStatusText(results, true, null)).toBe('Checking: Access token acquired…');
  });

  it("shows a service answer's diagnosis with its summary and facts", () => {
    const failure = failureFromBody(403, EMULATOR.insufficientAccess);
    const results = chainResults([passed, passed, passed, passed, passed, { status: 'failed', detail: 'HTTP 403', failure: { outcome: { kind: 'failed', failure }, simulated: false } }]);
    const diagnosis = diagnose(failed(failure));
    const html = renderToStaticMarkup(<CheckStepList results={results} running={false} diagnosis={diagnosis} />);
    expect(html).toContain('<h3 id="');
    expect(html).toContain(`>${diagnosis.title}</h3>`);
    expect(html).toContain(diagnosis.summary.replace(/'/g, '&#x27;'));
    expect(html).toContain('What happened');
    expect(html).toContain('How to fix it');
    expect(checkStatusText(results, false, diagnosis)).toBe('Workspace readable failed: No permission to query this workspace.');
  });

  it('leaves out the summary and facts of a problem the console found itself, and counts the skipped steps', () => {
    const claims = readerClaims({ exp: NOW / 1000 - 600 });
    const verdict = checkTokenClaims({ ok: true, claims }, 'AzurePublic', NOW);
    if (verdict.status !== 'failed' || verdict.failure.outcome.kind !== 'failed') throw new Error('expected the claims step to fail');
    const results = chainResults([passed, passed, passed, verdict]);
    const diagnosis = diagnose(failed(verdict.failure.outcome.failure, { claims }));
    const html = renderToStaticMarkup(<CheckStepList results={results} running={false} diagnosis={diagnosis} />);
    expect(html).toContain('>The access token has expired</h3>');
    expect(html).not.toContain(diagnosis.summary);
    expect(html).not.toContain('What happened');
    expect(html).toContain('Most likely cause');
    expect(stepTexts(html).slice(4)).toEqual([
      '– Log Analytics API reachable Skipped Not checked: &quot;Token claims as expected&quot; failed.',
      '– Workspace readable Skipped Not checked: &quot;Token claims as expected&quot; failed.',
    ]);
    expect(checkStatusText(results, false, diagnosis)).toBe('Token claims as expected failed: The access token has expired. 2 later steps were skipped.');
  });

  it('says when every step passed', () => {
    expect(checkStatusText(chainResults(Array(6).fill(passed)), false, null)).toBe('All 6 steps passed.');
  });
});
