// The steps most specs start with: open the console, sign in through the real MSAL popup as a demo persona, and
// choose the demo workspace in the workspace dialog.
import type { Page } from 'playwright-core';
import { DEMO_WORKSPACES } from '../../emulator/config';
import type { BrowserSession } from '../harness/fixtures';

export const DEMO_WORKSPACE = (() => {
  const workspace = DEMO_WORKSPACES.find((candidate) => candidate.kind === 'demo');
  if (!workspace) throw new Error('emulator/config.ts has no demo workspace');
  return workspace;
})();

/** Opens the console and signs in through the popup as the demo persona with this display name. */
export async function signInAs({ context, page, appUrl }: BrowserSession, displayName: string): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('heading', { name: 'KQL Console' }).waitFor();
  const popupOpened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const popup = await popupOpened;
  await popup.getByRole('button', { name: `Sign in as ${displayName}` }).click();
  await page.getByTestId('account-name').getByText(displayName).waitFor();
}

/**
 * Opens the console as `npm start` runs it (no Entra client id: the local demo) and signs in as Riley Reader. Its
 * requests go straight to the emulator, not through the harness's routes, so the browser sees the emulator's
 * connection exactly as it behaves (a dropped connection included).
 */
export async function signInToLocalDemo({ context, page, appUrl, emulatorUrl }: BrowserSession): Promise<void> {
  await context.route(`${appUrl}/config.json`, (route) => route.fulfill({ json: { clientId: '', tenantId: '', cloud: 'AzurePublic', emulatorUrl } }));
  await page.goto(appUrl);
  const popupOpened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Local demo sign-in' }).click();
  await (await popupOpened).getByRole('button', { name: 'Sign in as Riley Reader' }).click();
  await page.getByText('Demo data from the local emulator').waitFor();
}

export async function signInAsReader(session: BrowserSession): Promise<void> {
  await signInAs(session, 'Riley Reader');
}

/** Chooses a workspace by typing its id, as an analyst who cannot list workspaces does. */
export async function enterWorkspaceId(page: Page, workspaceId: string): Promise<void> {
  await page.getByRole('button', { name: /^Workspace/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a workspace' });
  await dialog.getByRole('textbox', { name: 'Workspace ID' }).fill(workspaceId);
  await dialog.getByRole('button', { name: 'Use this workspace ID' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

export async function chooseDemoWorkspace(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Workspace/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a workspace' });
  await dialog.getByRole('option', { name: new RegExp(DEMO_WORKSPACE.name) }).click();
  await dialog.waitFor({ state: 'hidden' });
}
