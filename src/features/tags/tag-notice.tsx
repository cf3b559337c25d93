import { useEffect, useRef } from 'react';
import type { DeletedTag, MergedTag } from '@/db';
import { buttonClass } from '@/shared/ui/button-class';
import { Icon } from '@/shared/ui/icons';
import { useT } from '@/shared/i18n';

export type TagUndo =
  { kind: 'delete'; deleted: DeletedTag } | { kind: 'merge'; merged: MergedTag };

export interface Notice {
  message: string;
  /** Offers Undo for a deleted or merged tag. */
  undo?: TagUndo;
  /** Move focus here: the control the user was on has gone. */
  focus?: boolean;
}

interface TagNoticeProps {
  notice: Notice | undefined;
  onUndo: (undo: TagUndo) => void;
  onDismiss: () => void;
}

/** A small status line at the bottom of the page, announced politely, with Undo after a delete or a merge. */
export function TagNotice({ notice, onUndo, onDismiss }: TagNoticeProps) {
  const t = useT();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.focus) first.current?.focus();
  }, [notice]);
  const undo = notice?.undo;

  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4"
    >
      {notice && (
        <div className="pointer-events-auto flex max-w-lg items-center gap-3 rounded-xl border border-line bg-ink py-2 pr-2 pl-4 text-sm text-paper shadow-lg">
          <span className="min-w-0 flex-1">{notice.message}</span>
          {undo && (
            <button
              ref={first}
              type="button"
              className={buttonClass('primary', true)}
              onClick={() => onUndo(undo)}
            >
              {t('tags.notice.undo')}
            </button>
          )}
          <button
            ref={undo ? undefined : first}
            type="button"
            aria-label={t('tags.notice.dismiss')}
            title={t('tags.notice.dismiss')}
            className="rounded-lg p-1.5 text-paper hover:opacity-80"
            onClick={onDismiss}
          >
            <Icon name="close" />
          </button>
        </div>
      )}
    </div>
  );
}
