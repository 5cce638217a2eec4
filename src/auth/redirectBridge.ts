// Entry of redirect.html, MSAL v5's redirect bridge: it hands the authorization response in this page's URL back to
// the console window (popup and silent iframe flows) and closes. It must stay outside MsalProvider and the app.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  // Only the code: the URL this page holds carries an authorization code that must not reach the console log.
  const code = typeof error === 'object' && error !== null && 'errorCode' in error ? String(error.errorCode) : 'unknown_error';
  console.error(`Sign-in response could not be handed back to the console (${code}).`);
});
