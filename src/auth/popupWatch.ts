// Sign-in popups the analyst closes. MSAL v5 learns of a popup's answer only through the redirect bridge, so a popup
// closed by hand leaves it waiting until its 60-second timeout. Watching the window lets the console say "cancelled"
// at once instead of showing "Signing in…" for a minute.

/** The codes a blocked popup produces: window.open returned null, or opening it threw. */
const POPUP_BLOCKED_CODES = ['popup_window_error', 'empty_window_error'];

export function isPopupBlocked(errorCode: string): boolean {
  return POPUP_BLOCKED_CODES.includes(errorCode);
}

/** What a popup closed before it answered is reported as: MSAL's own code for the same situation. */
export class PopupClosedError extends Error {
  readonly errorCode = 'user_cancelled';
  constructor() {
    super('The sign-in window was closed before sign-in finished.');
    this.name = 'PopupClosedError';
  }
}

const POLL_MS = 300;
/** After the bridge closes a popup that did answer, MSAL still redeems the code; this leaves it time to finish. */
const GRACE_MS = 4_000;

export class PopupWatch {
  private current: Window | null = null;

  opened(popup: Window): void {
    this.current = popup;
  }

  /** `work`'s result, or PopupClosedError when the popup it opened is closed and `work` does not finish soon after. */
  unlessClosed<T>(work: Promise<T>): Promise<T> {
    this.current = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let closedAt: number | null = null;
    const closed = new Promise<never>((_, reject) => {
      timer = setInterval(() => {
        if (!this.current?.closed) return;
        closedAt ??= Date.now();
        if (Date.now() - closedAt >= GRACE_MS) reject(new PopupClosedError());
      }, POLL_MS);
    });
    return Promise.race([work, closed]).finally(() => clearInterval(timer));
  }
}
