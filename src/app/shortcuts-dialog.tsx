import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '@/shared/shortcuts';
import { IconButton } from '@/shared/ui/button';

/**
 * The list of shortcuts, opened with `?`: shown while mounted. A native <dialog>: focus is
 * trapped, Esc closes it, and closing hands focus back to where it was before `onClose` runs.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // Unmounted while open (? pressed again): close it, so focus goes back where it was.
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex items-center justify-between border-b border-line px-5 py-3">
        <h2 id="shortcuts-title" className="font-semibold">
          Keyboard shortcuts
        </h2>
        <IconButton icon="close" label="Close shortcuts" onClick={() => ref.current?.close()} />
      </div>
      <div className="max-h-[70dvh] space-y-5 overflow-y-auto px-5 py-4">
        {SHORTCUTS.map((s) => (
          <section key={s.section}>
            <h3 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">
              {s.section}
            </h3>
            <dl className="space-y-1.5 text-sm">
              {s.items.map((item) => (
                <div key={item.does} className="flex items-start justify-between gap-4">
                  <dt className="flex shrink-0 gap-1">
                    {item.keys.map((k) => (
                      <kbd
                        key={k}
                        className="min-w-6 rounded border border-line bg-surface-2 px-1.5 py-0.5 text-center font-mono text-xs"
                      >
                        {k}
                      </kbd>
                    ))}
                  </dt>
                  <dd className="text-right text-ink-2">{item.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
