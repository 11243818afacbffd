import { useEffect, useRef } from 'react';

/** A ref for a <dialog> that opens it as a modal once it mounts (focus moves in, Escape closes, the page behind is inert). */
export function useOpenAsModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return dialog;
}
