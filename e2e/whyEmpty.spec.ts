// "Why is it empty?" in the built app against the emulator: a query that returns no rows shows the no-rows diagnosis;
// its checks run real queries and report when data last arrived, what the last filter does, and offer the preset
// that reaches the data, which then returns rows.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './harness/fixtures';
import { results, runQuery, setQuery } from './helpers/results';
import { chooseDemoWorkspace, signInAsReader } from './helpers/signIn';

const HOUR = 3_600_000;
const UTC_DATE_TIME = /(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC/;

/** Runs the editor's query over the last 24 hours and expects the no-rows diagnosis, then starts its checks. */
async function runEmptyAndAskWhy(page: Page, query: string) {
  await page.getByLabel('Time range').selectOption({ label: 'Last 24 hours' });
  await setQuery(page, query);
  const answer = await runQuery(page);
  expect(answer.tables[0]?.rows).toEqual([]);
  const panel = results(page).getByRole('alert', { name: 'No rows' });
  await panel.getByRole('button', { name: 'Why is it empty?' }).click();
  const findings = results(page).getByRole('region', { name: 'Why is it empty?' });
  await findings.getByRole('status').filter({ hasText: 'Checks finished.' }).waitFor();
  return { panel, findings, evidence: await findings.getByRole('list').getByRole('listitem').allTextContents() };
}

test('a computer that went silent two days ago: the checks report when its data last arrived and widen to a range that has it', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  const { findings, evidence } = await runEmptyAndAskWhy(page, 'Heartbeat\n| where Computer == "build-agent-02"');

  // The table itself keeps receiving heartbeats from the other machines.
  const table = evidence.find((item) => item.includes('Table Heartbeat'));
  expect(table).toMatch(/^✓ OK: Table Heartbeat: in the schema; [\d,]+ rows in the last 90 days; data last arrived \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, inside the selected range$/);

  // The silent machine's own rows stopped two days ago (emulator/data/world/fleet.ts).
  const matching = evidence.find((item) => item.includes('The query over the last 90 days')) ?? '';
  expect(matching).toMatch(/^✗ Problem: The query over the last 90 days: [\d,]+ rows in the last 90 days; the latest arrived .* UTC, \d+ hours before the selected range$/);
  const lastArrived = Date.parse(`${UTC_DATE_TIME.exec(matching)?.[1]?.replace(' ', 'T')}Z`);
  // The data is generated when the emulator starts: its silent machine beat hourly until 48 hours before that.
  const { startedAt } = (await (await fetch(`${session.emulatorUrl}/.emulator/health`)).json()) as { startedAt: string };
  const silentFor = Date.parse(startedAt) - lastArrived;
  expect(silentFor).toBeGreaterThan(48 * HOUR - 5 * 60_000);
  expect(silentFor).toBeLessThan(49 * HOUR + 5 * 60_000);

  expect(evidence.find((item) => item.includes('Without the last filter'))).toMatch(
    /^✗ Problem: Without the last filter: [\d,]+ rows in the same time range without \| where Computer == "build-agent-02": that filter removes them all$/,
  );
  await findings.getByText(/^Rows matching the query last arrived .* UTC, \d+ hours before the selected range\. Widen to the last 3 days to see them\.$/).waitFor();

  // Only the checks' widening is offered now: the rule's next-preset guess (the last 48 hours) would not reach the data.
  expect(await results(page).getByRole('button', { name: /^Widen to/ }).allTextContents()).toEqual(['Widen to the last 3 days']);
  await findings.getByRole('button', { name: 'Widen to the last 3 days' }).click();
  expect(await page.getByLabel('Time range').inputValue()).toBe('3d');
  const answer = await runQuery(page);
  expect(answer.tables[0]?.rows.length).toBeGreaterThan(0);
  await results(page).getByRole('grid', { name: /^PrimaryResult, [\d,]+ rows$/ }).waitFor();
  expect(await results(page).getByRole('alert', { name: 'No rows' }).count()).toBe(0);
  expect(await results(page).getByRole('region', { name: 'Why is it empty?' }).count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
});

test('a filter that matches nothing: the checks find rows without it and offer no wider range', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  const { findings, evidence } = await runEmptyAndAskWhy(page, 'SigninLogs\n| where UserPrincipalName == "nobody@contoso-demo.onmicrosoft.com"');

  expect(evidence.find((item) => item.includes('Table SigninLogs'))).toMatch(/^✓ OK: Table SigninLogs: in the schema; .* data last arrived \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, inside/);
  expect(evidence).toContain('✗ Problem: The query over the last 90 days: no row matches it in the last 90 days');
  expect(evidence.find((item) => item.includes('Without the last filter'))).toMatch(/^✗ Problem: Without the last filter: [\d,]+ rows in the same time range without \| where UserPrincipalName == /);
  await findings.getByText(/^The last filter removes every row: without \| where UserPrincipalName == "nobody@contoso-demo\.onmicrosoft\.com" the query returns [\d,]+ rows\./).waitFor();
  expect(await findings.getByRole('button', { name: /^Widen to/ }).count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
});
