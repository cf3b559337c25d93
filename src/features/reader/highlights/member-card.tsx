import { memo, useEffect, useRef } from 'react';
import type { HighlightColor } from '@/domain/annotations/types';
import { Markdown } from '@/shared/ui/lazy-markdown';
import { useUi } from '../reader-ui';
import type { MemberAnchored } from './use-member-highlights';
import { LinkSection } from './link-section';
import { useT } from '@/shared/i18n';

/**
 * A highlight another member of a study group shares: their colour, the quote, their note and
 * tags, with their name. Read-only: only its author edits it (and the server enforces that).
 */
export const MemberCard = memo(function MemberCard({
  item,
  colors,
  lang,
  focused,
}: {
  item: MemberAnchored;
  colors: HighlightColor[];
  lang: string;
  focused: boolean;
}) {
  const t = useT();
  const { highlight, authorName } = item;
  const ref = useRef<HTMLElement>(null);
  const color = colors.find((c) => c.id === highlight.colorId);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  return (
    <article
      ref={ref}
      id={`card-${highlight.id}`}
      aria-label={t('reader.member.label', {
        name: authorName,
        quote: highlight.target.quote.exact.slice(0, 60),
      })}
      className={`rounded-xl border border-dashed bg-surface p-3 text-sm ${
        focused ? 'border-accent shadow-md shadow-black/5' : 'border-line'
      }`}
    >
      <p className="mb-1 flex items-center gap-2 text-xs text-muted">
        <span
          aria-hidden="true"
          className={`swatch-${color?.swatch ?? 'yellow'} h-2.5 w-2.5 rounded-full bg-[var(--hl-color)]`}
        />
        <span className="font-medium text-ink-2">{authorName}</span>
      </p>
      <button
        type="button"
        onClick={() => useUi.getState().focusHighlight(highlight.id, 'list')}
        className="block w-full text-left"
      >
        <q lang={lang} className="font-serif text-ink">
          {highlight.target.quote.exact}
        </q>
      </button>
      {highlight.note.trim() !== '' && (
        <div className="mt-2 text-ink-2">
          <Markdown source={highlight.note} />
        </div>
      )}
      {highlight.tagNames.length > 0 && (
        <ul aria-label={t('reader.member.tags')} className="mt-2 flex flex-wrap gap-1">
          {highlight.tagNames.map((name) => (
            <li key={name} className="rounded-full bg-surface-2 px-2 py-0.5 text-xs text-ink-2">
              {name}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-muted">
        {t('reader.member.onlyAuthor', { name: authorName })}
      </p>
      {focused && (
        <div className="mt-3">
          <LinkSection highlight={{ ...highlight, tags: [] }} />
        </div>
      )}
    </article>
  );
});
