import { useT } from '@/shared/i18n';
import { ModalDialog } from '@/shared/ui/modal-dialog';
import { KEY_NAMES, SHORTCUTS } from './shortcuts';

/**
 * The list of shortcuts, opened with `?`: shown while mounted (? pressed again unmounts it, and
 * focus goes back where it was).
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const keyName = (key: string) => {
    const id = KEY_NAMES[key];
    return id ? t(id) : key;
  };
  return (
    <ModalDialog
      title={t('app.shortcuts.title')}
      closeLabel={t('app.shortcuts.close')}
      onClose={onClose}
      name="shortcuts"
      widthClass="w-[min(36rem,calc(100vw-2rem))]"
    >
      <div className="max-h-[70dvh] space-y-5 overflow-y-auto px-5 py-4">
        {SHORTCUTS.map((s) => (
          <section key={s.section}>
            <h3 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">
              {t(s.section)}
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
                        {keyName(k)}
                      </kbd>
                    ))}
                  </dt>
                  <dd className="text-right text-ink-2">{t(item.does)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </ModalDialog>
  );
}
