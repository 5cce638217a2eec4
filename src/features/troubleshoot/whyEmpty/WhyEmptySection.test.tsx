import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DiagnosisAction } from '../../../domain/diagnosis/types';
import type { WhyEmptyState } from './useWhyEmpty';
import { WhyEmptySection } from './WhyEmptySection';

const render = (state: WhyEmptyState) => renderToStaticMarkup(<WhyEmptySection state={state} onAction={(_action: DiagnosisAction) => undefined} />);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('WhyEmptySection', () => {
  it('shows nothing before the checks start', () => {
    expect(render({ status: 'idle' })).toBe('');
  });

  it('is a region named by its heading, with the progress as a status', () => {
    const html = render({ status: 'checking', answered: 1, total: 3 });
    expect(html).toMatch(/^<section class="notice notice-info diagnosis" aria-labelledby="(.+?)"><h2 id="\1" class="notice-title">Why is it empty\?<\/h2>/);
    expect(html).toContain('<p class="notice-message" role="status">Checking… (1 of 3 answered)</p>');
  });

  it('lists each check as evidence, then the conclusion and the preset that reaches the data', () => {
    const html = render({
      status: 'done',
      findings: {
        evidence: [
          { label: 'Table Heartbeat', value: 'in the schema; 52,113 rows in the last 90 days; data last arrived 2026-11-22 11:59:12 UTC, inside the selected range', status: 'ok' },
          { label: 'The query over the last 90 days', value: '2,870 rows in the last 90 days; the latest arrived 2026-11-20 11:58:03 UTC, 24 hours before the selected range', status: 'problem' },
        ],
        conclusion: 'Rows matching the query last arrived 2026-11-20 11:58:03 UTC, 24 hours before the selected range. Widen to the last 3 days to see them.',
        widen: { id: 'widenTimespan', label: 'Widen to the last 3 days', presetId: '3d' },
      },
    });
    expect(text(html)).toBe(
      'Why is it empty? Checks finished. Evidence checked ✓ OK: Table Heartbeat: in the schema; 52,113 rows in the last 90 days; data last arrived 2026-11-22 11:59:12 UTC, inside the selected range ✗ Problem: The query over the last 90 days: 2,870 rows in the last 90 days; the latest arrived 2026-11-20 11:58:03 UTC, 24 hours before the selected range Conclusion Rows matching the query last arrived 2026-11-20 11:58:03 UTC, 24 hours before the selected range. Widen to the last 3 days to see them. Widen to the last 3 days',
    );
    expect(html).toContain('<button type="button">Widen to the last 3 days</button>');
  });

  it('says why the checks could not run', () => {
    expect(text(render({ status: 'unavailable', reason: 'Sign in to run the checks.' }))).toBe('Why is it empty? Sign in to run the checks.');
  });
});
