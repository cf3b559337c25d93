import { useEffect, useRef, useState } from 'react';
import type { Tag } from '@/domain/annotations/types';
import type { DeletedTag, MergedTag, TagUsage } from '@/db';
import { buttonClass } from '@/shared/ui/button-class';
import { TagDot } from '@/shared/ui/tag-chip';
import { DeleteTagConfirm } from './delete-tag-confirm';
import { MergeTagForm } from './merge-tag-form';
import { RenameTagForm } from './rename-tag-form';
import { TagColorPicker } from './tag-color-picker';
import { useT, type MessageId } from '@/shared/i18n';
import { usageText } from './usage-text';

type Mode = 'rename' | 'merge' | 'delete';

const ACTIONS: readonly { mode: Mode; labelId: MessageId; ariaLabelId: MessageId }[] = [
  { mode: 'rename', labelId: 'tags.row.rename', ariaLabelId: 'tags.row.renameLabel' },
  { mode: 'merge', labelId: 'tags.row.merge', ariaLabelId: 'tags.row.mergeLabel' },
  { mode: 'delete', labelId: 'tags.row.delete', ariaLabelId: 'tags.row.deleteLabel' },
];

interface TagRowProps {
  tag: Tag;
  usage: TagUsage | undefined;
  /** Every other tag, for merging. */
  others: readonly Tag[];
  /** Something happened; `gone` means this row is about to disappear; `merged` can be undone. */
  onNotice: (message: string, gone?: boolean, merged?: MergedTag) => void;
  onDeleted: (deleted: DeletedTag | undefined) => void;
}

/** One tag in the manager: name, colour and usage, with rename, recolour, merge and delete. */
export function TagRow({ tag, usage, others, onNotice, onDeleted }: TagRowProps) {
  const t = useT();
  const [mode, setMode] = useState<Mode>();
  const buttons = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});
  const returnFocus = useRef<Mode>(undefined);

  useEffect(() => {
    if (mode !== undefined || !returnFocus.current) return;
    buttons.current[returnFocus.current]?.focus();
    returnFocus.current = undefined;
  }, [mode]);

  const close = () => {
    returnFocus.current = mode;
    setMode(undefined);
  };
  const done = (message?: string, gone?: boolean, merged?: MergedTag) => {
    close();
    if (message) onNotice(message, gone, merged);
  };

  return (
    <li className="rounded-xl border border-line bg-surface p-3 sm:px-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <TagDot color={tag.color} />
        <div className="min-w-0 flex-1">
          <h2 className="truncate font-medium text-ink">{tag.name}</h2>
          <p className="text-sm text-muted">{usageText(t, usage)}</p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          <TagColorPicker tag={tag} />
          {ACTIONS.map((a) => (
            <button
              key={a.mode}
              ref={(el) => {
                buttons.current[a.mode] = el;
              }}
              type="button"
              aria-label={t(a.ariaLabelId, { name: tag.name })}
              aria-expanded={mode === a.mode}
              className={buttonClass('ghost', true)}
              onClick={() => (mode === a.mode ? close() : setMode(a.mode))}
            >
              {t(a.labelId)}
            </button>
          ))}
        </div>
      </div>
      {mode === 'rename' && <RenameTagForm tag={tag} onDone={done} onCancel={close} />}
      {mode === 'merge' && (
        <MergeTagForm
          tag={tag}
          others={others}
          usage={usage}
          onMerged={(message, merged) => done(message, true, merged)}
          onCancel={close}
        />
      )}
      {mode === 'delete' && (
        <DeleteTagConfirm
          tag={tag}
          usage={usage}
          onDeleted={(deleted) => {
            setMode(undefined);
            onDeleted(deleted);
          }}
          onCancel={close}
        />
      )}
    </li>
  );
}
