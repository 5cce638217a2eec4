// Failed sign-ins in the built app against the emulator's Entra ID: each AADSTS error the emulator's `signin-error`
// fault produces, a cancelled or closed sign-in window, and a popup the browser's own popup blocker refuses, each
// shown as its diagnosis (title, evidence, fix, actions) rather than a code or a raw body.
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { launchChromiumServer, routeAzureToEmulator } from './harness/browser';
import { test, type BrowserSession } from './harness/fixtures';

async function openConsole(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('heading', { name: 'KQL Console' }).waitFor();
}

/** Runs `work` with the emulator's sign-in failing with AADSTS `code`, where Entra reports that code. */
async function withSignInError<T>(emulatorUrl: string, code: number, work: () => Promise<T>): Promise<T> {
  const faultUrl = `${emulatorUrl}/.emulator/faults/signin-error`;
  expect((await fetch(faultUrl, { method: 'PUT', body: JSON.stringify({ code }) })).ok).toBe(true);
  try {
    return await work();
  } finally {
    await fetch(faultUrl, { method: 'DELETE' });
  }
}

/** Clicks Sign in and returns MSAL's sign-in window. */
async function openSignInPopup({ context, page }: BrowserSession): Promise<Page> {
  const popupOpened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  return popupOpened;
}

function panel(page: Page, title: string): Locator {
  return page.getByRole('alert', { name: title });
}

/** One evidence item, found by its label and value as the panel words it ("Sign-in error: AADSTS65001: ..."). */
function evidence(diagnosis: Locator, text: string): Locator {
  return diagnosis.getByRole('listitem').filter({ hasText: text });
}

/** Nowhere a bare status or a JSON body: the panel speaks in words. */
async function expectNoRawBody(diagnosis: Locator): Promise<void> {
  const text = (await diagnosis.textContent()) ?? '';
  expect(text).not.toMatch(/[{[]\s*"(error|error_description)"/);
  expect(text).not.toMatch(/eyJ[\w-]+\./);
}

interface TokenCase {
  code: number;
  title: string;
  evidence: (appUrl: string) => string;
  /** Whether Entra lets the analyst pick an account before reporting the code (it does unless it refuses at once). */
  picksAccount: boolean;
}

const REFUSED_CASES: TokenCase[] = [
  { code: 65001, title: 'Consent is needed', evidence: () => 'Sign-in error: AADSTS65001: The user or administrator has not consented', picksAccount: true },
  { code: 50076, title: 'Multi-factor authentication is required', evidence: () => 'Sign-in error: AADSTS50076: Due to a configuration change', picksAccount: true },
  { code: 50079, title: 'Multi-factor authentication must be set up', evidence: () => 'Sign-in error: AADSTS50079', picksAccount: true },
  { code: 9002326, title: 'The redirect URI is registered as Web, not Single-page application', evidence: (appUrl) => `Redirect URI the console uses: ${appUrl}/redirect.html`, picksAccount: true },
  { code: 530003, title: 'Blocked by Conditional Access', evidence: () => 'Correlation ID (for your administrator): ', picksAccount: false },
];

test.for(REFUSED_CASES.map((testCase) => [testCase.code, testCase.title, testCase] as const))('AADSTS%i from the emulator shows "%s" with its evidence and Sign in again', async ([, , testCase], { session }) => {
  const { page, appUrl, emulatorUrl } = session;
  await openConsole(page, appUrl);
  await withSignInError(emulatorUrl, testCase.code, async () => {
    const popup = await openSignInPopup(session);
    if (testCase.picksAccount) await popup.getByRole('button', { name: 'Sign in as Riley Reader' }).click();

    const diagnosis = panel(page, testCase.title);
    await diagnosis.waitFor();
    await evidence(diagnosis, testCase.evidence(appUrl)).waitFor();
    await diagnosis.getByRole('definition').filter({ hasText: `AADSTS${testCase.code}` }).waitFor();
    expect(await diagnosis.getByRole('button', { name: 'Sign in again' }).isEnabled()).toBe(true);
    await expectNoRawBody(diagnosis);
  });
  expect(session.pageErrors).toEqual([]);
});

test("Sign in again from a consent diagnosis signs in once the tenant allows it, and the panel goes away", async ({ session }) => {
  const { context, page, appUrl, emulatorUrl } = session;
  await openConsole(page, appUrl);
  await withSignInError(emulatorUrl, 65001, async () => {
    const popup = await openSignInPopup(session);
    await popup.getByRole('button', { name: 'Sign in as Riley Reader' }).click();
    await panel(page, 'Consent is needed').waitFor();
  });

  const popupOpened = context.waitForEvent('page');
  await panel(page, 'Consent is needed').getByRole('button', { name: 'Sign in again' }).click();
  await (await popupOpened).getByRole('button', { name: 'Sign in as Riley Reader' }).click();
  await page.getByTestId('account-name').getByText('Riley Reader').waitFor();
  expect(await panel(page, 'Consent is needed').count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
});

test('AADSTS50011 stays in the sign-in window; its code typed in the panel shows the exact redirect URI MSAL sent', async ({ session }) => {
  const { page, appUrl, emulatorUrl } = session;
  await openConsole(page, appUrl);
  await withSignInError(emulatorUrl, 50011, async () => {
    const popup = await openSignInPopup(session);
    await popup.waitForURL((url) => url.hostname === 'login.microsoftonline.com');
    const sentRedirectUri = new URL(popup.url()).searchParams.get('redirect_uri');
    expect(sentRedirectUri).toBe(`${appUrl}/redirect.html`);
    // Entra (and the emulator) show the error on their own page and do not return to the console.
    expect(await popup.getByRole('alert').textContent()).toContain(`AADSTS50011: The redirect URI '${sentRedirectUri}' specified in the request does not match`);
    await popup.close();

    const closed = panel(page, 'The sign-in window was closed');
    await closed.waitFor();
    await evidence(closed, `Redirect URI the console uses: ${sentRedirectUri}`).waitFor();
    expect(await closed.getByRole('button', { name: 'Sign in again' }).isEnabled()).toBe(true);

    await page.getByRole('textbox', { name: 'Error code shown in the sign-in window' }).fill('AADSTS50011');
    await page.getByRole('button', { name: 'Explain the code' }).click();
    const redirect = panel(page, 'The redirect URI is not registered');
    await redirect.waitFor();
    await evidence(redirect, `Redirect URI the console uses: ${sentRedirectUri}`).waitFor();
    await redirect.getByRole('listitem').filter({ hasText: `Under "Single-page application" (Add a platform → Single-page application if there is none), add exactly: ${sentRedirectUri}` }).waitFor();
    expect(await redirect.getByRole('button', { name: 'Sign in again' }).isEnabled()).toBe(true);
    await expectNoRawBody(redirect);
  });
  expect(session.pageErrors).toEqual([]);
});

test('AADSTS700016 typed from the sign-in window opens Settings at the client ID; Dismiss closes the panel', async ({ session }) => {
  const { page, appUrl, emulatorUrl } = session;
  await openConsole(page, appUrl);
  await withSignInError(emulatorUrl, 700016, async () => {
    const popup = await openSignInPopup(session);
    expect(await popup.getByRole('alert').textContent()).toMatch(/^AADSTS700016: Application with identifier/);
    await popup.close();
  });
  await panel(page, 'The sign-in window was closed').waitFor();
  const codeField = page.getByRole('textbox', { name: 'Error code shown in the sign-in window' });
  await codeField.fill('the redirect one');
  await page.getByRole('button', { name: 'Explain the code' }).click();
  expect(await codeField.getAttribute('aria-invalid')).toBe('true');
  await codeField.fill('700016');
  await page.getByRole('button', { name: 'Explain the code' }).click();

  const notFound = panel(page, 'The app is not registered in this tenant');
  await evidence(notFound, 'Client ID: 5a1c0f3e-').waitFor();
  await notFound.getByRole('button', { name: 'Open sign-in settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.waitFor();
  const clientIdField = await settings.getByRole('textbox', { name: 'Client ID' }).getAttribute('id');
  await page.waitForFunction((id) => document.activeElement?.id === id, clientIdField);
  await page.keyboard.press('Escape');
  await settings.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Dismiss sign-in problem' }).click();
  await notFound.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Sign in');
  expect(session.pageErrors).toEqual([]);
});

test('cancelling on the sign-in page and closing the sign-in window each show their diagnosis; a new attempt clears the last', async ({ session }) => {
  const { page, appUrl } = session;
  await openConsole(page, appUrl);

  const picker = await openSignInPopup(session);
  await picker.getByRole('button', { name: 'Cancel' }).click();
  const cancelled = panel(page, 'Sign-in was cancelled');
  await cancelled.waitFor();
  await evidence(cancelled, 'Sign-in error: AADSTS65004: User declined to consent to access the app.').waitFor();
  await cancelled.getByRole('definition').filter({ hasText: 'access_denied' }).waitFor();

  const closedWindow = await openSignInPopup(session);
  expect(await cancelled.count()).toBe(0);
  await closedWindow.getByRole('button', { name: 'Sign in as Riley Reader' }).waitFor();
  await closedWindow.close();
  const closed = panel(page, 'The sign-in window was closed');
  await closed.waitFor();
  await evidence(closed, 'Sign-in error: The sign-in window was closed before sign-in finished.').waitFor();
  await closed.getByRole('definition').filter({ hasText: 'user_cancelled' }).waitFor();
  expect(await closed.getByRole('button', { name: 'Sign in again' }).isEnabled()).toBe(true);

  await closed.getByRole('button', { name: 'Sign in again' }).focus();
  await page.keyboard.press('Escape');
  await closed.waitFor({ state: 'hidden' });
  expect(session.pageErrors).toEqual([]);
});

// Chromium's own popup blocker (Playwright switches it off; this browser keeps it) refuses window.open when the click
// carries no user activation, as when a sign-in starts after an await or from a script rather than from the click.
async function clickWithoutUserActivation(context: BrowserContext, page: Page, buttonText: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const expression = `(() => {
    if (navigator.userActivation.isActive) return 'active';
    const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === ${JSON.stringify(buttonText)});
    if (!button) return 'missing';
    button.click();
    return 'clicked';
  })()`;
  // Playwright's own calls into the page carry activation, which lapses after a few seconds.
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, userGesture: false, returnByValue: true });
    if (result.value === 'clicked') return;
    if (result.value === 'missing') throw new Error(`No button "${buttonText}"`);
    await page.waitForTimeout(250);
  }
  throw new Error('The page kept its user activation.');
}

test('with the browser blocking popups for real, the local demo shows the popup-blocked diagnosis and Entra sign-in continues by redirect', async () => {
  const emulatorUrl = inject('emulatorUrl');
  const appUrl = inject('appUrl');
  const server = await launchChromiumServer({ popupBlocking: true });
  const browser = await chromium.connect(server.wsEndpoint());
  try {
    const context = await browser.newContext();
    context.setDefaultTimeout(15_000);
    await routeAzureToEmulator(context, emulatorUrl);
    const pageErrors: string[] = [];
    context.on('weberror', (webError) => pageErrors.push(String(webError.error())));

    // The local demo has no redirect to fall back on: the blocked window is the diagnosis.
    const demoConfig = { clientId: '', tenantId: '', cloud: 'AzurePublic', emulatorUrl };
    await context.route(`${appUrl}/config.json`, (route) => route.fulfill({ json: demoConfig }));
    const page = await context.newPage();
    await openConsole(page, appUrl);
    await clickWithoutUserActivation(context, page, 'Local demo sign-in');
    const blocked = panel(page, 'The sign-in window was blocked');
    await blocked.waitFor();
    await evidence(blocked, `Console address: ${appUrl}`).waitFor();
    await blocked.getByRole('listitem').filter({ hasText: `Allow pop-ups for ${appUrl} (the icon at the end of the address bar).` }).waitFor();
    await blocked.getByRole('definition').filter({ hasText: 'popup_blocked' }).waitFor();
    expect(context.pages()).toHaveLength(1);
    // A real click carries user activation, so the blocker lets Sign in again open the window.
    const popupOpened = context.waitForEvent('page');
    await blocked.getByRole('button', { name: 'Sign in again' }).click();
    await (await popupOpened).getByRole('button', { name: 'Sign in as Riley Reader' }).click();
    await page.getByText('Demo data from the local emulator').waitFor();
    expect(await blocked.count()).toBe(0);

    // Entra sign-in continues as a redirect; a redirect that comes back refused is diagnosed when the console loads.
    await context.unroute(`${appUrl}/config.json`);
    const entraPage = await context.newPage();
    await withSignInError(emulatorUrl, 530003, async () => {
      await openConsole(entraPage, appUrl);
      // The authorize endpoint answers this code with a redirect straight back, so the page's own navigation is watched.
      const redirected = entraPage.waitForRequest((request) => request.isNavigationRequest() && request.frame() === entraPage.mainFrame() && new URL(request.url()).pathname.endsWith('/oauth2/v2.0/authorize'));
      await clickWithoutUserActivation(context, entraPage, 'Sign in');
      await redirected;
      const conditionalAccess = panel(entraPage, 'Blocked by Conditional Access');
      await conditionalAccess.waitFor();
      await evidence(conditionalAccess, 'Sign-in error: AADSTS530003: Your device is required to be managed to access this resource.').waitFor();
      await evidence(conditionalAccess, 'Correlation ID (for your administrator): ').waitFor();
      expect(await conditionalAccess.getByRole('button', { name: 'Sign in again' }).isEnabled()).toBe(true);
      await expectNoRawBody(conditionalAccess);
    });
    expect(context.pages()).toHaveLength(2);
    expect(pageErrors).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
