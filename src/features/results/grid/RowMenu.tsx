// The grid's context menu for a cell (right click, the Menu key or Shift+F10). A menu in the ARIA sense: arrows move
// between items, Enter runs one, Escape or leaving it closes it and focus goes back to the cell.
import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface RowMenuItem {
  readonly label: string;
  run(): void;
}

export interface RowMenuProps {
  readonly label: string;
  /** Viewport coordinates of the menu's top-left corner. */
  readonly at: { readonly x: number; readonly y: number };
  readonly items: readonly RowMenuItem[];
  onClose(): void;
}

export function RowMenu({ label, at, items, onClose }: RowMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const menuItems = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const current = menuItems.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => menuItems[(index + menuItems.length) % menuItems.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        focusAt(current - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(menuItems.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={menuRef}
      role="menu"
      aria-label={label}
      className="row-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!menuRef.current?.contains(event.relatedTarget as Node | null)) onClose();
      }}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
