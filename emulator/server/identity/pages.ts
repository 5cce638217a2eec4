// The emulator's sign-in pages: plain HTML forms, no JavaScript, no CSP, so they work in a popup, a redirect and a
// hidden iframe alike.
import type { Persona } from '../../config.ts';
import { describe } from './aadsts.ts';
import type { AadstsError, ErrorTrace } from './aadsts.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;background:#f2f2f2;margin:0;color:#1b1b1b}
main{max-width:440px;margin:48px auto;background:#fff;padding:32px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:1.5rem;font-weight:600;margin:0 0 8px}.note{color:#505050;font-size:.9rem}
ul{list-style:none;padding:0}li{margin:0 0 16px}
button{font:inherit;width:100%;padding:10px 12px;text-align:left;border:1px solid #8a8886;background:#fff;cursor:pointer}
button:hover,button:focus{background:#f3f2f1;outline:2px solid #0067b8}
.persona-description{margin:4px 0 0;font-size:.85rem;color:#505050}.cancel{width:auto;margin-top:8px}
pre{white-space:pre-wrap;word-break:break-all;background:#f8f8f8;padding:8px;font-size:.8rem}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
${body}
</main></body>
</html>
`;
}

export interface PickerPageInput {
  formAction: string;
  transactionId: string;
  appName: string;
  personas: readonly Persona[];
  tenantDomainOf: (persona: Persona) => string;
  signedInPersona?: Persona;
}

/** "Pick an account": one submit button per persona, plus Cancel. */
export function personaPickerPage(input: PickerPageInput): string {
  const items = input.personas
    .map(
      (persona) => `<li><button type="submit" name="persona" value="${escapeHtml(persona.id)}" aria-describedby="persona-${escapeHtml(persona.id)}">Sign in as ${escapeHtml(persona.displayName)}</button>
<p class="persona-description" id="persona-${escapeHtml(persona.id)}">${escapeHtml(persona.upn)} (${escapeHtml(input.tenantDomainOf(persona))}). ${escapeHtml(persona.description)}</p></li>`,
    )
    .join('\n');
  const session =
    input.signedInPersona === undefined ? '' : `<p class="note">You are signed in as ${escapeHtml(input.signedInPersona.displayName)}.</p>\n`;
  return page(
    'Sign in to your account',
    `<h1>Pick an account</h1>
<p class="note">Emulated Microsoft Entra ID: demo personas only, no passwords. Signing in to <strong>${escapeHtml(input.appName)}</strong>.</p>
${session}<form method="post" action="${escapeHtml(input.formAction)}">
<input type="hidden" name="transaction" value="${escapeHtml(input.transactionId)}">
<ul>
${items}
</ul>
<button type="submit" name="cancel" value="1" class="cancel">Cancel</button>
</form>`,
  );
}

/** Entra's "Sorry, but we're having trouble signing you in" page, shown when it cannot redirect back to the app. */
export function signInErrorPage(error: AadstsError, trace: ErrorTrace): string {
  return page(
    'Sign in to your account',
    `<h1>Sorry, but we’re having trouble signing you in.</h1>
<p role="alert" id="error-message">AADSTS${error.code}: ${escapeHtml(error.message)}</p>
<h2>Troubleshooting details</h2>
<pre>${escapeHtml(describe(error, trace))}</pre>`,
  );
}

export function signedOutPage(): string {
  return page('Signed out', '<h1>You signed out of your account</h1>\n<p class="note">It’s a good idea to close all browser windows.</p>');
}

export function sessionExpiredPage(): string {
  return page('Sign in to your account', '<h1>This sign-in page has expired</h1>\n<p class="note">Go back to the application and sign in again.</p>');
}
