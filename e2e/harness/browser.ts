// The system Chromium driven by playwright-core, and the routing that lets the app keep its production Azure
// configuration while every Azure call is answered by the local emulator.
import { chromium, type BrowserContext, type BrowserServer, type Route } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Without this, Chromium's Local Network Access checks stop MSAL's hidden iframe from going from the (routed)
// public login page back to the app on 127.0.0.1, and silent token renewal times out.
const EXTRA_DISABLED_FEATURES = ['LocalNetworkAccessChecks'];

/** The Azure origins the app talks to in production; each is answered by the emulator. */
export const ROUTED_AZURE_ORIGINS = ['https://login.microsoftonline.com', 'https://management.azure.com', 'https://api.loganalytics.io'];

/**
 * Launches one headless Chromium that every spec connects to (chromium.connect). Chromium honours only the last
 * --disable-features switch, and Playwright passes its own list, so the two lists are merged into one switch.
 * `popupBlocking` keeps Chromium's own popup blocker on (Playwright turns it off by default): a window.open without
 * user activation then returns null.
 */
export async function launchChromiumServer(options: { popupBlocking?: boolean } = {}): Promise<BrowserServer> {
  const playwrightSwitch = await playwrightDisabledFeaturesSwitch();
  return chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    headless: true,
    host: '127.0.0.1',
    args: [...CHROMIUM_ARGS, mergedDisabledFeaturesSwitch(playwrightSwitch, EXTRA_DISABLED_FEATURES)],
    ignoreDefaultArgs: [...(playwrightSwitch ? [playwrightSwitch] : []), ...(options.popupBlocking ? ['--disable-popup-blocking'] : [])],
  });
}

/** Playwright does not publish its default switches, so a short-lived launch reads them from the command line. */
async function playwrightDisabledFeaturesSwitch(): Promise<string | undefined> {
  const probe = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, host: '127.0.0.1', args: CHROMIUM_ARGS });
  try {
    return probe.process().spawnargs.find((arg) => arg.startsWith('--disable-features='));
  } finally {
    await probe.close();
  }
}

function mergedDisabledFeaturesSwitch(existingSwitch: string | undefined, extraFeatures: readonly string[]): string {
  const existing = existingSwitch ? existingSwitch.slice('--disable-features='.length).split(',') : [];
  return `--disable-features=${[...new Set([...existing, ...extraFeatures])].filter(Boolean).join(',')}`;
}

/**
 * Forwards the Azure origins to the emulator. It uses the context (not the page) so popups and MSAL's hidden iframe
 * are covered too. X-Forwarded-Host/Proto make the emulator build its absolute URLs for the public host.
 */
export async function routeAzureToEmulator(context: BrowserContext, emulatorUrl: string): Promise<void> {
  for (const origin of ROUTED_AZURE_ORIGINS) {
    await context.route(`${origin}/**`, (route) => forwardToEmulator(route, emulatorUrl));
  }
}

async function forwardToEmulator(route: Route, emulatorUrl: string): Promise<void> {
  const request = route.request();
  const publicUrl = new URL(request.url());
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(await request.allHeaders())) {
    if (name !== 'host' && !name.startsWith(':')) headers[name] = value;
  }
  headers['x-forwarded-host'] = publicUrl.host;
  headers['x-forwarded-proto'] = 'https';
  try {
    // Redirects (the authorize endpoint's answer to the app) go back to the browser, which must follow them itself.
    const response = await route.fetch({ url: new URL(publicUrl.pathname + publicUrl.search, emulatorUrl).href, headers, maxRedirects: 0 });
    await route.fulfill({ response });
  } catch (error) {
    if (isClosedTargetError(error)) return;
    // Playwright's error text carries a call log with the request headers: print only its first line, redacted,
    // so a bearer token never reaches the test output.
    console.error(`[e2e harness] forwarding ${request.method()} ${publicUrl.origin}${publicUrl.pathname} to the emulator failed: ${firstLineRedacted(error)}`);
    await route.abort('connectionrefused').catch(() => undefined);
  }
}

// A page or context that closes, or a request the page aborts (Cancel, a newer run), is normal while forwarding.
function isClosedTargetError(error: unknown): boolean {
  return error instanceof Error && /Target page, context or browser has been closed|Target closed|Request context disposed/.test(error.message);
}

function firstLineRedacted(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return text.replace(/Bearer\s+[\w.~+/=-]+/gi, 'Bearer [redacted]');
}
