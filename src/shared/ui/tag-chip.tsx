import type { Tag } from '@/domain/annotations/types';
import { useT } from '@/shared/i18n';
import { Icon } from './icons';

const DOT_CLASS: Record<Tag['color'], string> = {
  yellow: 'bg-yellow-400',
  green: 'bg-green-500',
  blue: 'bg-blue-500',
  pink: 'bg-pink-400',
  purple: 'bg-purple-500',
  orange: 'bg-orange-500',
  gray: 'bg-gray-400',
};

/** The tag's colour as a small dot. Decorative: the name next to it carries the meaning. */
export function TagDot({ color, className = '' }: { color: Tag['color']; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-2.5 shrink-0 rounded-full ${DOT_CLASS[color]} ${className}`}
    />
  );
}

/** A tag's name and colour; with `onRemove`, a button labelled "Remove tag <name>". */
export function TagChip({ tag, onRemove }: { tag: Tag; onRemove?: () => void }) {
  const t = useT();
  return (
    <span className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-line bg-surface-2 px-2 py-0.5 text-xs font-medium text-ink">
      <TagDot color={tag.color} />
      <span className="truncate">{tag.name}</span>
      {onRemove && (
        <button
          type="button"
          aria-label={t('ui.tagChip.remove', { name: tag.name })}
          title={t('ui.tagChip.remove', { name: tag.name })}
          onClick={onRemove}
          className="-mr-1 rounded-full p-0.5 text-muted hover:bg-line hover:text-ink"
        >
          <Icon name="close" width={12} height={12} />
        </button>
      )}
    </span>
  );
}
