// Hardening in the built app (DESIGN §6, issue #6 items 6 and 7): tokens go only to the cloud's allow-listed hosts
// whatever a link or stored state says; the Content-Security-Policy blocks injected script and normal use raises no
// violation; hostile log values render as inert, readable text; no token text is left in storage, URLs, history,
// exports, copied details or console output; a cut-off or malformed answer leaves the previous result and the editor.
import type { BrowserContext, Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { test, type BrowserSession } from './harness/fixtures';
import { QUERY_URL, results, setQuery } from './helpers/results';
import { chooseDemoWorkspace, DEMO_WORKSPACE, signInAsReader } from './helpers/signIn';

/** The only hosts that may receive a bearer token in the production configuration (Azure public). */
const TOKEN_HOSTS = ['api.loganalytics.io', 'management.azure.com'];
/** Everything else the console may talk to: its own origin and Entra ID. */
const SIGN_IN_HOST = 'login.microsoftonline.com';
const EVIL = 'evil.example';

const runButton = (page: Page) => page.getByRole('toolbar', { name: 'Query actions' }).getByRole('button', { name: 'Run', exact: true });

async function run(page: Page): Promise<void> {
  await runButton(page).click();
}

/** Every request of the context (popups and iframes included): where it went and whether it carried a token. */
interface SeenRequest {
  url: URL;
  authorization: string | undefined;
}

/** Bearer tokens only over https to the allow-listed hosts, queries only on a workspace GUID's path, nothing elsewhere. */
function expectOnlyAllowedDestinations(requests: readonly SeenRequest[], appUrl: string): void {
  const withToken = requests.filter((request) => request.authorization !== undefined);
  expect(withToken.filter((request) => request.url.protocol !== 'https:' || !TOKEN_HOSTS.includes(request.url.hostname)).map((request) => request.url.href)).toEqual([]);
  const logAnalytics = withToken.filter((request) => request.url.hostname === 'api.loganalytics.io').map((request) => request.url.pathname);
  expect(logAnalytics.filter((path) => !/^\/v1\/workspaces\/[0-9a-f-]{36}\/(query|metadata)$/.test(path))).toEqual([]);
  const allowedHosts = [new URL(appUrl).host, SIGN_IN_HOST, ...TOKEN_HOSTS];
  expect(requests.filter((request) => !allowedHosts.includes(request.url.host)).map((request) => request.url.href)).toEqual([]);
}

/** Runs the editor's query and waits until it has an outcome: the cell `expected` or a diagnosis. */
async function runUntilAnswered(page: Page, expected: string): Promise<void> {
  await run(page);
  await results(page).getByRole('gridcell', { name: expected }).or(results(page).getByRole('alert')).first().waitFor();
}

function recordRequests(context: BrowserContext): SeenRequest[] {
  const seen: SeenRequest[] = [];
  context.on('request', (request) => {
    if (/^https?:/.test(request.url())) seen.push({ url: new URL(request.url()), authorization: request.headers().authorization });
  });
  return seen;
}

/** The bearer tokens the pages sent, and every token Entra ID issued (access, refresh, id), as seen on the network. */
function recordSecrets(context: BrowserContext): Set<string> {
  const secrets = new Set<string>();
  context.on('request', (request) => {
    const bearer = /^Bearer (.+)$/.exec(request.headers().authorization ?? '')?.[1];
    if (bearer) secrets.add(bearer);
  });
  context.on('response', (response) => {
    if (!/\/oauth2\/v2\.0\/token$/.test(new URL(response.url()).pathname) || !response.ok()) return;
    response.json().then(
      (body: Record<string, unknown>) => {
        for (const name of ['access_token', 'refresh_token', 'id_token']) if (typeof body[name] === 'string') secrets.add(body[name]);
      },
      () => undefined,
    );
  });
  return secrets;
}

/** Records Content-Security-Policy violations of every page of the context, from before its first script runs. */
async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const violations: { directive: string; blocked: string; sample: string }[] = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
}

function cspViolations(page: Page): Promise<{ directive: string; blocked: string; sample: string }[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: { directive: string; blocked: string; sample: string }[] }).__cspViolations);
}

const cspConsoleErrors = (session: BrowserSession) => session.consoleMessages.filter((line) => /Content Security Policy/i.test(line));

async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function exportCsv(page: Page): Promise<string> {
  await results(page).getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const text = await downloadText(await downloaded);
  await dialog.waitFor({ state: 'hidden' });
  return text;
}

async function chooseNoTimeRange(page: Page): Promise<void> {
  await page.getByLabel('Time range').selectOption({ label: 'No time range (set in query)' });
}

test('tokens go only to the allow-listed hosts, whatever the link, the stored settings or the stored state say', async ({ session }) => {
  const { context, page, appUrl, emulatorUrl } = session;
  const requests = recordRequests(context);
  // The attacker's host answers anything, CORS preflights included, so a token sent there would show on the network.
  await context.route(`https://${EVIL}/**`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, POST, OPTIONS', 'access-control-allow-headers': 'authorization, content-type, prefer' },
      contentType: 'application/json',
      body: '{"tables":[]}',
    }),
  );
  // Stored sign-in settings with endpoints and garbage in them, before the console first starts.
  await page.goto(`${appUrl}/favicon.svg`);
  await page.evaluate((evil) => {
    const endpoint = `https://${evil}`;
    localStorage.setItem(
      'kql-console:connection-overrides',
      `{"cloud":"AzurePublic","emulatorUrl":"${endpoint}","logAnalyticsEndpoint":"${endpoint}","endpoint":"${endpoint}","__proto__":{"cloud":"${endpoint}"}}`,
    );
  }, EVIL);
  // A link naming endpoints: the attacker's host, and a loopback service (the CSP lets the demo reach loopback, so
  // only the token allow-list stands between it and a token).
  const link = new URL(appUrl);
  const hostileParams = { endpoint: emulatorUrl, logAnalyticsEndpoint: `https://${EVIL}`, emulatorUrl, cloud: `https://${EVIL}`, workspace: `../../${EVIL}/x` };
  for (const [name, value] of Object.entries(hostileParams)) link.searchParams.set(name, value);
  link.hash = `endpoint=https://${EVIL}`;
  const hostileLink = link.href;
  await signInAsReader({ ...session, appUrl: hostileLink });
  await chooseDemoWorkspace(page);
  await setQuery(page, 'print Step = "linked"');
  await runUntilAnswered(page, 'linked');
  expectOnlyAllowedDestinations(requests, appUrl);
  await results(page).getByRole('gridcell', { name: 'linked' }).waitFor();

  // Typed workspace ids that try to leave the query path are refused before anything is sent.
  await page.getByRole('button', { name: /^Workspace/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a workspace' });
  for (const hostile of [`../../${EVIL}/x`, `%2F@${EVIL}`, `${DEMO_WORKSPACE.customerId}/../../${EVIL}`, `//${EVIL}/v1`]) {
    await dialog.getByLabel('Workspace ID', { exact: true }).fill(hostile);
    await dialog.getByRole('button', { name: 'Use this workspace ID' }).click();
    await dialog.getByRole('alert').waitFor();
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  // Stored state rewritten by someone else: every workspace id becomes a path or host injection, every cloud a URL,
  // and every stored object gains endpoint fields. The console starts from it after a reload.
  const poisoned = await page.evaluate(
    ({ evil, workspaceId }) => {
      const hostileIds = [`../../${evil}/x`, `%2F@${evil}`, `https://${evil}/`, `${workspaceId}/../../../${evil}`];
      let next = 0;
      const poison = (value: unknown, key: string): unknown => {
        if (typeof value === 'string') {
          if (value.toLowerCase() === workspaceId) return hostileIds[next++ % hostileIds.length];
          return /cloud/i.test(key) ? `https://${evil}` : value;
        }
        if (Array.isArray(value)) return value.map((item) => poison(item, key));
        if (typeof value === 'object' && value !== null) {
          const entries = Object.entries(value).map(([name, item]) => [name, poison(item, name)]);
          return Object.fromEntries([...entries, ['endpoint', `https://${evil}`], ['logAnalyticsEndpoint', `https://${evil}`]]);
        }
        return value;
      };
      const keys = Object.keys(localStorage).filter((key) => key.startsWith('kql-console'));
      for (const key of keys) {
        try {
          localStorage.setItem(key, JSON.stringify(poison(JSON.parse(localStorage.getItem(key) ?? 'null'), key)));
        } catch {
          localStorage.setItem(key, `https://${evil}`);
        }
      }
      return next;
    },
    { evil: EVIL, workspaceId: DEMO_WORKSPACE.customerId.toLowerCase() },
  );
  expect(poisoned).toBeGreaterThan(0);
  const requestsBeforeReload = requests.length;
  await page.reload();
  // The poisoned sign-in settings name a cloud that does not exist: the console refuses to start and sends nothing.
  await page.getByRole('listitem').filter({ hasText: `cloud must be one of AzurePublic, AzureUSGovernment, AzureChina; got "https://${EVIL}".` }).waitFor();
  expect(requests.slice(requestsBeforeReload).filter((request) => request.authorization !== undefined)).toEqual([]);
  await page.getByRole('button', { name: 'Forget them and reload' }).click();
  await page.getByTestId('account-name').getByText('Riley Reader').waitFor();
  await setQuery(page, 'print Step = "after reload"');
  // The hostile workspace ids were dropped, not sent anywhere: there is no workspace to run against until one is chosen.
  await page.getByRole('button', { name: /^Workspace\s*Choose a workspace/ }).waitFor();
  expect(await runButton(page).isEnabled()).toBe(false);
  await chooseDemoWorkspace(page);
  await runUntilAnswered(page, 'after reload');
  await results(page).getByRole('gridcell', { name: 'after reload' }).waitFor();

  expect(requests.filter((request) => request.authorization !== undefined).length).toBeGreaterThan(4);
  expectOnlyAllowedDestinations(requests, appUrl);
  expect(session.pageErrors).toEqual([]);
});

test('normal use raises no CSP violation, and the CSP blocks injected inline script, event handlers and javascript: URLs', async ({ session }) => {
  const { context, page } = session;
  await recordCspViolations(context);
  await signInAsReader(session);
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'Heartbeat | take 20');
  await run(page);
  await results(page).getByRole('grid', { name: 'PrimaryResult, 20 rows' }).waitFor();
  expect(await exportCsv(page)).toMatch(/^\uFEFF/);
  expect(await cspViolations(page)).toEqual([]);
  expect(cspConsoleErrors(session)).toEqual([]);

  const outcome = await page.evaluate(async () => {
    const marks = window as unknown as { injected?: string[] };
    const script = document.createElement('script');
    script.textContent = '(window.injected ??= []).push("inline script")';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="/no-such-image.png" onerror="(window.injected ??= []).push(\'onerror handler\')">';
    document.body.append(holder);
    const link = document.createElement('a');
    link.href = 'javascript:(window.injected ??= []).push("javascript: URL")';
    document.body.append(link);
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return marks.injected ?? [];
  });
  expect(outcome).toEqual([]);
  // Each injection was refused: the inline script and the javascript: URL under script-src-elem, the handler under
  // script-src-attr, and Chromium said so in the console.
  const violations = await cspViolations(page);
  expect(violations.map((violation) => `${violation.directive} ${violation.blocked}`).sort()).toEqual(['script-src-attr inline', 'script-src-elem inline', 'script-src-elem inline']);
  const refusals = cspConsoleErrors(session).map((line) => /^console\.error: (Executing inline script|Executing inline event handler|Running the JavaScript URL) violates the following Content Security Policy directive 'script-src 'self''/.exec(line)?.[1]);
  expect(refusals).toEqual(['Executing inline script', 'Executing inline event handler', 'Running the JavaScript URL']);
  expect(session.pageErrors).toEqual([]);
});

/** The demo workspace's hostile AppTraces messages (emulator/data/hostile.ts), shortest first, the 1 MiB one last. */
const HOSTILE_QUERY = `AppTraces
| where Message in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(document.domain)", "<a href=\\"javascript:alert(1)\\">click</a>", "@SUM(A1)", "-2+3", "=HYPERLINK(\\"http://evil.example\\",\\"x\\")", "first line\\nsecond line\\nthird line") or Message endswith "fdp.exe" or strlen(Message) > 1000000
| extend Length = strlen(Message)
| project Length, Message
| order by Length asc`;

test('hostile sample values render as inert, readable text; the 1 MiB cell is cut with a way to see it all', async ({ session }) => {
  const { context, page } = session;
  await recordCspViolations(context);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await chooseNoTimeRange(page);
  const scriptsBefore = await page.evaluate(() => document.scripts.length);
  await setQuery(page, HOSTILE_QUERY);
  await run(page);
  const grid = results(page).getByRole('grid', { name: 'PrimaryResult, 10 rows' });
  await grid.waitFor();

  for (const text of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(document.domain)', '<a href="javascript:alert(1)">click</a>', '@SUM(A1)', '-2+3', '=HYPERLINK("http://evil.example","x")']) {
    expect(await grid.getByRole('gridcell', { name: text, exact: true }).count(), text).toBe(1);
  }
  await grid.getByRole('gridcell', { name: 'first line ⏎ second line ⏎ third line', exact: true }).waitFor();
  // Nothing in the data became markup, a live link or script.
  const built = await grid.evaluate((element) => ({
    elements: element.querySelectorAll('script, img, iframe, object, embed, a, [href], [src], [onerror]').length,
    links: element.querySelectorAll('[role="link"]').length,
  }));
  expect(built).toEqual({ elements: 0, links: 0 });
  expect(await page.evaluate(() => document.scripts.length)).toBe(scriptsBefore);

  // The right-to-left override stays inside its cell, and the details say it is there.
  const bidiCell = grid.getByRole('gridcell', { name: 'invoice_\u202Efdp.exe', exact: true });
  expect(await bidiCell.locator('bdi').evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
  await bidiCell.dblclick();
  const bidiDetails = page.getByRole('dialog', { name: 'Message, row 3' });
  await bidiDetails.getByText('invisible text-direction characters (U+202E)').waitFor();
  await bidiDetails.getByRole('button', { name: 'Close' }).click();
  await bidiDetails.waitFor({ state: 'hidden' });

  // The 1 MiB message: one short line in the grid, a capped preview in the details, and all of it on request.
  const giantCell = grid.locator('[role="row"][aria-rowindex="11"] [role="gridcell"][aria-colindex="2"]');
  const giantText = (await giantCell.textContent()) ?? '';
  expect(giantText.startsWith('Full request body: payload dump follows ⏎ 000001')).toBe(true);
  expect(giantText.endsWith('…')).toBe(true);
  expect(giantText.length).toBeLessThan(1_000);
  await giantCell.dblclick();
  const details = page.getByRole('dialog', { name: 'Message, row 10' });
  await details.getByText('string · 1,048,576 characters').waitFor();
  const value = details.getByLabel('Value of Message');
  expect(((await value.textContent()) ?? '').length).toBe(100_000);
  await details.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(async () => ((await value.textContent()) ?? '').length, { timeout: 20_000 }).toBe(1_048_576);
  await details.getByRole('button', { name: 'Close' }).click();

  expect(dialogs).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/;

/** The first secret (or JWT-looking text) found in `text`, as a short description; null when there is none. */
function leakIn(text: string, secrets: ReadonlySet<string>): string | null {
  for (const secret of secrets) if (text.includes(secret)) return `a token issued in this test (${secret.slice(0, 12)}…)`;
  const jwt = JWT.exec(text)?.[0];
  return jwt ? `JWT-looking text ${jwt.slice(0, 24)}…` : null;
}

/** What the page keeps outside MSAL's cache: localStorage, sessionStorage except MSAL's `msal.` entries, IndexedDB. */
async function pageStorage(page: Page): Promise<{ local: string; session: string; msalKeys: string[]; indexedDb: string }> {
  return page.evaluate(async () => {
    const entries = (storage: Storage, keep: (key: string) => boolean) =>
      JSON.stringify(Object.keys(storage).filter(keep).map((key) => [key, storage.getItem(key)]));
    const isMsal = (key: string) => key.startsWith('msal.');
    const asText = (value: unknown): string =>
      JSON.stringify(value, (_key, item: unknown) => (item instanceof ArrayBuffer || ArrayBuffer.isView(item) ? new TextDecoder().decode(item as ArrayBuffer) : item));
    const databases: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(String(request.error)));
        });
        databases.push(`${info.name}/${storeName}: ${asText(all)}`);
      }
      db.close();
    }
    return {
      local: entries(localStorage, () => true),
      session: entries(sessionStorage, (key) => !isMsal(key)),
      msalKeys: Object.keys(sessionStorage).filter(isMsal),
      indexedDb: databases.join('\n'),
    };
  });
}

test('after sign-in, queries, CSV export and copied details, no token text is left outside MSAL\'s cache', async ({ session }) => {
  const { context, page } = session;
  const secrets = recordSecrets(context);
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'SigninLogs | project TimeGenerated, UserPrincipalName, AlternateSignInName | take 50');
  await run(page);
  await results(page).getByRole('grid', { name: 'PrimaryResult, 50 rows' }).waitFor();
  const exported = await exportCsv(page);
  expect(exported.split('\r\n').length).toBeGreaterThan(50);

  // A token the service refuses puts its decoded claims into a diagnosis; Copy details must still hold no token.
  // The emulator's per-request fault header, added in transit to this one run's POST (the page is untouched).
  let refuseNextToken = true;
  await page.route(QUERY_URL, async (route) => {
    const refuse = refuseNextToken && route.request().method() === 'POST';
    if (refuse) refuseNextToken = false;
    await route.fallback(refuse ? { headers: { ...route.request().headers(), 'x-emulator-fault': 'expired-token' } } : {});
  });
  await setQuery(page, 'SigninLogs | take 5');
  await run(page);
  const diagnosis = results(page).getByRole('alert', { name: 'The access token has expired' });
  await diagnosis.getByRole('button', { name: 'Copy details' }).click();
  await diagnosis.getByRole('status').filter({ hasText: 'Details copied.' }).waitFor();
  const copiedDetails = await page.evaluate(() => navigator.clipboard.readText());
  expect(copiedDetails).toContain('aud');

  const storage = await pageStorage(page);
  // Tokens do live in MSAL's own cache (DESIGN §6): that is where the test knows to find them.
  expect(storage.msalKeys.some((key) => key.includes('accesstoken'))).toBe(true);
  expect(secrets.size).toBeGreaterThan(2);
  const cdp = await context.newCDPSession(page);
  const history = (await cdp.send('Page.getNavigationHistory')).entries.map((entry) => `${entry.url} ${entry.title}`).join('\n');
  const places: Record<string, string> = {
    localStorage: storage.local,
    'sessionStorage (outside MSAL)': storage.session,
    IndexedDB: storage.indexedDb,
    URL: page.url(),
    'history entries': history,
    'exported CSV': exported,
    'Copy details': copiedDetails,
    'console messages': session.consoleMessages.join('\n'),
  };
  const leaks = Object.entries(places).flatMap(([place, text]) => {
    const leak = leakIn(text, secrets);
    return leak ? [`${place}: ${leak}`] : [];
  });
  expect(leaks).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

test('a cut-off or malformed answer gives a clear error and keeps the previous result and the editor', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'print Step = "previous", Padding = strcat("x", "y")');
  const answered = page.waitForResponse((response) => response.url() === QUERY_URL && response.request().method() === 'POST');
  await run(page);
  const realBody = await (await answered).text();
  await results(page).getByRole('gridcell', { name: 'previous' }).waitFor();

  const query = 'print Step = "next", Padding = strcat("x", "y")';
  await setQuery(page, query);
  const nextBody = realBody.replace('previous', 'next');
  const badAnswers = [
    { what: 'cut off', body: nextBody.slice(0, Math.floor(nextBody.length * 0.6)), contentType: 'application/json; charset=utf-8' },
    { what: 'a proxy page', body: '<html><body>Please sign in to the proxy</body></html>', contentType: 'text/html' },
    { what: 'the wrong shape', body: '{"tables":[{"name":"PrimaryResult","columns":[{"name":"Step","type":"string"}],"rows":[["next", 1]]}]}', contentType: 'application/json' },
  ];
  for (const bad of badAnswers) {
    await page.route(QUERY_URL, (route) => route.fulfill({ status: 200, contentType: bad.contentType, headers: { 'access-control-allow-origin': '*' }, body: bad.body }), { times: 1 });
    await run(page);
    const diagnosis = results(page).getByRole('alert', { name: 'The answer could not be read' });
    await diagnosis.waitFor();
    expect(await diagnosis.textContent(), bad.what).toMatch(/The answer could not be read/);
    await results(page).getByText('The result below is from the previous run.').waitFor();
    expect(await results(page).getByRole('gridcell', { name: 'previous' }).count(), bad.what).toBe(1);
    expect(await page.locator('.monaco-editor .view-lines').evaluate((lines) => (lines as HTMLElement).innerText.replace(/\u00a0/g, ' ')), bad.what).toBe(query);
    expect(session.pageErrors, bad.what).toEqual([]);
  }

  // The editor still holds the query: Run again sends it, and the real answer replaces the previous result.
  await results(page).getByRole('alert', { name: 'The answer could not be read' }).getByRole('button', { name: 'Run again' }).click();
  await results(page).getByRole('gridcell', { name: 'next' }).waitFor();
  expect(await results(page).getByRole('alert').count()).toBe(0);
});
