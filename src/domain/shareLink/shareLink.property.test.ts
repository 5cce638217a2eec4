import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOUD_NAMES } from '../clouds';
import { TIMESPAN_PRESETS } from '../timespan/presets';
import type { TimespanSelection } from '../timespan/selection';
import { fromBase64Url, toBase64Url } from './base64url';
import { decodeShareFragment, encodeShareFragment, type SharedQuery } from './shareLink';

const RUNS = { seed: 20240611, numRuns: 200 };

const timespan: fc.Arbitrary<TimespanSelection> = fc.oneof(
  fc.constantFrom(...TIMESPAN_PRESETS.map((preset) => ({ kind: 'preset' as const, presetId: preset.id }))),
  fc.constant({ kind: 'setInQuery' as const }),
  fc
    .tuple(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.integer({ min: 1, max: 400 * 86_400_000 }))
    .map(([start, length]) => ({ kind: 'custom' as const, start: new Date(start).toISOString(), end: new Date(start + length).toISOString() })),
);

const sharedQuery: fc.Arbitrary<SharedQuery> = fc.record({
  // Well-formed text: a lone surrogate cannot travel as UTF-8, and no editor produces one.
  queryText: fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\t', '|', '"', '#', '&', '=', '%', '\u202e', '\ufeff'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 400 }).filter((text) => text.trim() !== ''),
  timespan,
  workspaceId: fc.option(fc.uuid(), { nil: null }),
  cloud: fc.option(fc.constantFrom(...CLOUD_NAMES), { nil: null }),
});

describe('share link properties', () => {
  it('decode(encode(query)) gives back the query, and the fragment needs no escaping in a URL', async () => {
    await fc.assert(
      fc.asyncProperty(sharedQuery, async (query) => {
        const fragment = await encodeShareFragment(query);
        expect(fragment).toMatch(/^kql=1&q=[\w-]+&t=[\w.%-]+(&w=[\w-]+)?(&c=\w+)?$/);
        expect(await decodeShareFragment(`#${fragment}`)).toEqual({ kind: 'shared', query });
      }),
      RUNS,
    );
  });

  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('any fragment after the marker decodes to a link or a one-line error, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (rest) => {
        const outcome = await decodeShareFragment(`#kql=${rest}`);
        expect(['shared', 'malformed']).toContain(outcome.kind);
        if (outcome.kind === 'malformed') expect(outcome.error).not.toContain('\n');
      }),
      RUNS,
    );
  });
});
