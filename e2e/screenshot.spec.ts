// The README's screenshot, taken from the real app by the suite so it always shows what the console looks like.
import { join } from 'node:path';
import { expect } from 'vitest';
import { test } from './harness/fixtures';
import { results, runQuery, setQuery } from './helpers/results';
import { chooseDemoWorkspace, signInAsReader } from './helpers/signIn';

const SCREENSHOT = join(import.meta.dirname, '..', 'docs', 'screenshot.png');

test('takes the README screenshot of a finished query', async ({ session }) => {
  const { page } = session;
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(
    page,
    'SigninLogs\n| where ResultType != "0"\n| summarize FailedSignIns = count(), Users = dcount(UserPrincipalName) by IPAddress, Location\n| order by FailedSignIns desc',
  );
  const answer = await runQuery(page);
  expect(answer.tables[0]?.rows.length).toBeGreaterThan(5);
  await results(page).getByRole('grid').waitFor();
  await page.locator('.monaco-editor').waitFor();
  await page.screenshot({ path: SCREENSHOT });
});
