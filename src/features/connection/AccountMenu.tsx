// The signed-in account in the header: name and user name on a button that opens a small menu with "Check
// connection" and "Sign out". Keyboard: Enter/Space/ArrowDown open it with focus on the first item, the arrow keys,
// Home and End move between items, Escape closes it and returns focus.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SignedInIdentity } from '../../domain/identity';

interface AccountMenuProps {
  identity: SignedInIdentity;
  onCheckConnection(): void;
  onSignOut(): void;
}

const MODE_LABELS: Readonly<Record<SignedInIdentity['mode'], string>> = {
  entra: 'Signed in with Microsoft Entra ID',
  demo: 'Signed in to the local demo',
  pastedToken: 'Using a pasted access token',
};

export function AccountMenu({ identity, onCheckConnection, onSignOut }: AccountMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const firstItem = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    firstItem.current?.focus();
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const onTriggerKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    } else if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      moveFocus(event.currentTarget, event.key);
    }
  };

  // The account button takes the focus first, so a dialog the item opens hands it back there when it closes.
  const choose = (action: () => void) => {
    close();
    action();
  };

  return (
    <div className="account-menu" ref={container}>
      <button
        ref={trigger}
        type="button"
        className="account-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={onTriggerKeyDown}
      >
        <span className="account-name" data-testid="account-name">
          {identity.name}
        </span>
        {identity.username && identity.username !== identity.name && <span className="account-username">{identity.username}</span>}
      </button>
      {open && (
        <div className="account-popover" onKeyDown={onMenuKeyDown}>
          <p className="account-details">
            {MODE_LABELS[identity.mode]}
            {identity.tenantId && (
              <>
                <br />
                Tenant <code>{identity.tenantId}</code>
              </>
            )}
          </p>
          <ul role="menu" id={menuId} aria-label="Account">
            <li role="none">
              <button ref={firstItem} type="button" role="menuitem" onClick={() => choose(onCheckConnection)}>
                Check connection
              </button>
            </li>
            <li role="none">
              <button type="button" role="menuitem" onClick={() => choose(onSignOut)}>
                Sign out
              </button>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}

/** Moves the focus to the next, previous, first or last item of the menu, wrapping around. */
function moveFocus(menu: Element, key: string): void {
  const items = Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]'));
  const current = items.indexOf(document.activeElement as HTMLElement);
  const last = items.length - 1;
  const next = key === 'Home' ? 0 : key === 'End' ? last : key === 'ArrowDown' ? (current + 1) % items.length : current <= 0 ? last : current - 1;
  items[next]?.focus();
}
