import type { ReactNode } from 'react';
import { Icon } from './icons';

/** A problem the user can act on: what happened, and what to do next. */
export function ErrorState({
  title,
  message,
  action,
}: {
  title: string;
  message: string;
  action?: ReactNode;
}) {
  return (
    <div
      role="alert"
      className="mx-auto my-10 max-w-xl rounded-xl border border-danger/30 bg-danger-soft p-5 text-ink"
    >
      <div className="flex items-start gap-3">
        <Icon name="alert" className="mt-0.5 shrink-0 text-danger" />
        <div>
          <h2 className="font-semibold">{title}</h2>
          <p className="mt-1 text-sm text-ink-2">{message}</p>
          {action && <div className="mt-3 flex flex-wrap gap-2">{action}</div>}
        </div>
      </div>
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto my-12 max-w-lg rounded-xl border border-dashed border-line p-6 text-center">
      <h2 className="font-semibold text-ink">{title}</h2>
      <div className="mt-2 text-sm text-ink-2">{children}</div>
    </div>
  );
}

/**
 * A quiet placeholder while something loads; announced politely to screen readers. Its room
 * above is padding, not margin: a margin would collapse through its parents and push the whole
 * view down until the content replaced it (a layout shift, bench row 12).
 */
export function Loading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-xl animate-pulse py-10">
      <span className="sr-only">{label}</span>
      <div className="h-7 w-3/4 rounded bg-surface-2" />
      <div className="mt-4 h-4 w-1/3 rounded bg-surface-2" />
      <div className="mt-8 space-y-3">
        <div className="h-4 rounded bg-surface-2" />
        <div className="h-4 rounded bg-surface-2" />
        <div className="h-4 w-5/6 rounded bg-surface-2" />
      </div>
    </div>
  );
}
