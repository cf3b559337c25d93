import { useRef } from 'react';
import { Link } from 'wouter';
import type { Tag } from '@/domain/annotations/types';
import { Button } from '@/shared/ui/button';
import { TagDot } from '@/shared/ui/tag-chip';
import { useT } from '@/shared/i18n';

interface TagFilterBarProps {
  /** The tags that can be chosen (those used in the library, and any already chosen). */
  tags: readonly Tag[];
  active: readonly string[];
  /** Whether any filter (tags or outlet) is on: the count and "Clear filter" show then. */
  filtering?: boolean;
  shown: number;
  total: number;
  onToggle: (tagId: string) => void;
  onClear: () => void;
}

/** Toggle buttons, one per tag; the library shows only articles that have every chosen tag. */
export function TagFilterBar(props: TagFilterBarProps) {
  const { tags, active, shown, total, onToggle, onClear } = props;
  const filtering = props.filtering ?? active.length > 0;
  const t = useT();
  const group = useRef<HTMLDivElement>(null);
  return (
    <div className="mb-4 rounded-xl border border-line bg-surface-2/60 p-3">
      <div className={`flex flex-wrap items-center gap-2 ${tags.length === 0 ? 'hidden' : ''}`}>
        <div
          ref={group}
          role="group"
          aria-label={t('library.filter.group')}
          className="flex flex-1 flex-wrap gap-1.5"
        >
          {tags.map((tag) => {
            const pressed = active.includes(tag.id);
            return (
              <button
                key={tag.id}
                type="button"
                aria-pressed={pressed}
                onClick={() => onToggle(tag.id)}
                className={`inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-medium transition-colors ${
                  pressed
                    ? 'border-accent bg-accent text-accent-ink'
                    : 'border-line bg-surface text-ink hover:bg-surface-2'
                }`}
              >
                <TagDot color={tag.color} />
                {tag.name}
              </button>
            );
          })}
        </div>
        <Link href="/tags" className="text-sm text-ink-2 underline-offset-2 hover:underline">
          {t('library.filter.manage')}
        </Link>
      </div>
      <div
        className={`flex min-h-8 ${tags.length === 0 ? '' : 'mt-2'} flex-wrap items-center gap-2 text-sm text-ink-2`}
      >
        <p aria-live="polite">
          {filtering ? t('library.filter.count', { shown, total }) : t('library.filter.hint')}
        </p>
        {filtering && (
          <Button
            compact
            variant="ghost"
            icon="close"
            onClick={() => {
              onClear();
              // The button goes away with the filter; keep the keyboard user in the bar.
              // Without tags to choose, the outlet choice is the filter's control.
              (
                group.current?.querySelector('button') ??
                document.querySelector<HTMLElement>('[data-outlet-filter]')
              )?.focus();
            }}
          >
            {t('library.filter.clear')}
          </Button>
        )}
      </div>
    </div>
  );
}
