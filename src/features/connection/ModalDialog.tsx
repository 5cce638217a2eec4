// A modal dialog on the native <dialog> element: the browser provides the dialog role, the focus trap, Escape to
// close, the inert background and focus return on close. Its content is mounted only while open, so every opening
// starts from fresh state. The element marked `data-autofocus` gets the focus on opening (else the first control).
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

export function ModalDialog({ open, title, onClose, className, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby={titleId} className={`modal-dialog ${className ?? ''}`} onClose={onClose}>
      {open && (
        <>
          <header className="modal-dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          {children}
        </>
      )}
    </dialog>
  );
}
