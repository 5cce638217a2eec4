// The signed-in account in the header: name and user name on a button that opens a small menu with "Sign out".
// Keyboard: Enter/Space/ArrowDown open it with focus on the first item, Escape closes it and returns focus.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SignedInIdentity } from '../../domain/identity';

interface AccountMenuProps {
  identity: SignedInIdentity;
  onSignOut(): void;
}

const MODE_LABELS: Readonly<Record<SignedInIdentity['mode'], string>> = {
  entra: 'Signed in with Microsoft Entra ID',
  demo: 'Signed in to the local demo',
  pastedToken: 'Using a pasted access token',
};

export function AccountMenu({ identity, onSignOut }: AccountMenuProps) {
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
    }
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
              <button
                ref={firstItem}
                type="button"
                role="menuitem"
                onClick={() => {
                  setOpen(false);
                  onSignOut();
                }}
              >
                Sign out
              </button>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
