import { useEffect, useId, useRef, type ReactNode } from 'react';
import { IconButton } from './button';

interface ModalDialogProps {
  title: string;
  /** The close button's name ("Close shortcuts"). */
  closeLabel: string;
  /** Called once the dialog has closed (button, Escape), focus already handed back. */
  onClose: () => void;
  /** Its width, e.g. `w-[min(36rem,calc(100vw-2rem))]`. */
  widthClass: string;
  /** Names the dialog in the DOM (`data-dialog`), for code that must know whether it is open. */
  name?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>, shown while mounted: focus is trapped, Escape closes it, and closing
 * hands focus back to where it was before `onClose` runs. Unmounted while open, it closes too.
 */
export function ModalDialog({
  title,
  closeLabel,
  onClose,
  widthClass,
  name,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-dialog={name}
      onClose={onClose}
      className={`m-auto ${widthClass} rounded-2xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-black/40`}
    >
      <div className="flex items-center justify-between border-b border-line px-5 py-3">
        <h2 id={titleId} className="font-semibold">
          {title}
        </h2>
        <IconButton icon="close" label={closeLabel} onClick={() => ref.current?.close()} />
      </div>
      {children}
    </dialog>
  );
}
