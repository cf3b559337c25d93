import { useT } from '@/shared/i18n';
import { useToasts } from '@/shared/stores/toasts';
import { Button } from '../shared/ui/button';
import { IconButton } from '../shared/ui/button';

/** Announces what just happened, politely, with an optional action such as Undo. */
export function Toaster() {
  const { toasts, dismiss } = useToasts();
  const t = useT();
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4"
    >
      {toasts.map((toast) => (
        <div
          key={toast.id}
          role={toast.tone === 'error' ? 'alert' : 'status'}
          className={`pointer-events-auto flex max-w-lg items-center gap-3 rounded-xl border px-4 py-2.5 text-sm shadow-lg ${
            toast.tone === 'error'
              ? 'border-danger/40 bg-danger-soft text-ink'
              : 'border-line bg-ink text-paper'
          }`}
        >
          <span className="min-w-0 flex-1">{toast.message}</span>
          {toast.action && (
            <Button
              compact
              variant={toast.tone === 'error' ? 'secondary' : 'primary'}
              onClick={async () => {
                dismiss(toast.id);
                await toast.action?.run();
              }}
            >
              {toast.action.label}
            </Button>
          )}
          <IconButton
            icon="close"
            label={t('app.toast.dismiss')}
            onClick={() => dismiss(toast.id)}
            className={
              toast.tone === 'error' ? '' : 'text-paper hover:bg-transparent hover:text-paper'
            }
          />
        </div>
      ))}
    </div>
  );
}
