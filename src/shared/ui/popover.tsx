import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { leftWithinScreen } from './within-screen';

interface PopoverProps {
  /** Renders the trigger; spread the given props onto a button. */
  trigger: (props: {
    'aria-expanded': boolean;
    'aria-controls': string;
    onClick: () => void;
  }) => ReactNode;
  /** Accessible name of the panel. */
  label: string;
  align?: 'start' | 'end';
  /** Opens beside the trigger, level with its top, instead of below it (markers in a margin). */
  beside?: 'before' | 'after';
  children: (close: () => void) => ReactNode;
}

/** A disclosure panel: Escape and a click outside close it, and focus goes back to the trigger. */
export function Popover({ trigger, label, align = 'end', beside, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // Counts closes that should hand focus back to the trigger (Escape, a choice made).
  const [returns, setReturns] = useState(0);
  const close = () => {
    setOpen(false);
    setReturns((n) => n + 1);
  };

  useEffect(() => {
    if (returns > 0) root.current?.querySelector<HTMLElement>('[aria-controls]')?.focus();
  }, [returns]);

  // Placed by CSS against its trigger, the panel can reach past the screen's edge where the
  // trigger is not near the matching edge (the reader's Side by side on a phone: 58 px past
  // the left one). Measured before it is painted, it is moved back within the screen.
  const [shift, setShift] = useState(0);
  useLayoutEffect(() => {
    const box = open ? panel.current?.getBoundingClientRect() : undefined;
    if (!box) return setShift(0);
    const left = box.left - shift; // where CSS put it, without an earlier opening's shift
    const screen = document.documentElement.clientWidth;
    setShift(leftWithinScreen(left, box.width, screen) - left);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- measured once per opening
  }, [open]);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('button, a, input, select, [tabindex]')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        setOpen(false);
        setReturns((n) => n + 1);
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      {trigger({ 'aria-expanded': open, 'aria-controls': id, onClick: () => setOpen((o) => !o) })}
      <div
        ref={panel}
        id={id}
        role="dialog"
        aria-label={label}
        hidden={!open}
        style={shift ? { transform: `translateX(${shift}px)` } : undefined}
        className={`absolute z-30 min-w-64 rounded-xl border border-line bg-surface p-3 shadow-xl shadow-black/10 ${
          beside === 'before'
            ? 'top-0 right-full mr-2'
            : beside === 'after'
              ? 'top-0 left-full ml-2'
              : align === 'end'
                ? 'mt-2 right-0'
                : 'mt-2 left-0'
        }`}
      >
        {open && children(close)}
      </div>
    </div>
  );
}
