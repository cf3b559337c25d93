import { memo, useEffect, useRef } from 'react';
import type { HighlightColor, Tag } from '@/domain/annotations/types';
import { createTag, getDb } from '@/db';
import { useUi } from '../reader-ui';
import { Markdown } from '@/shared/ui/lazy-markdown';
import { NoteEditor } from './note-editor';
import { TagChip } from '@/shared/ui/tag-chip';
import { TagInput } from '@/shared/ui/tag-input';
import { IconButton } from '@/shared/ui/button';
import { changeHighlight, removeHighlight, saveHighlightNote } from './actions';
import { LinkSection } from './link-section';
import type { AnchoredHighlight, OrphanHighlight } from './use-article-highlights';
import { OrphanPlaces } from './orphan-places';
import { orphanReason } from './orphan-reason';
import { useT } from '@/shared/i18n';
import { useColorLabel } from '@/shared/ui/color-label';

interface HighlightCardProps {
  item: AnchoredHighlight | OrphanHighlight;
  colors: HighlightColor[];
  tags: Tag[];
  lang: string;
  focused: boolean;
  /** For orphans: attach the highlight to the current selection instead. */
  onReattach?: () => void;
  canReattach?: boolean;
  /** For orphans: the article text, where the places its quote is still found are offered. */
  articleText?: string;
  /** For orphans: attach the highlight to `[start, end)` of `articleText`. */
  onReattachTo?: (start: number, end: number) => void;
}

/**
 * Cards re-render only when what they show changed: anchoring makes new `item` objects on every
 * change to the article's highlights, and re-rendering every card made a new highlight slow to
 * appear (benchmark row 3).
 */
function sameProps(a: HighlightCardProps, b: HighlightCardProps): boolean {
  const sameItem =
    a.item.highlight === b.item.highlight &&
    ('code' in a.item
      ? 'code' in b.item && a.item.code === b.item.code
      : !('code' in b.item) &&
        a.item.start === b.item.start &&
        a.item.end === b.item.end &&
        a.item.status === b.item.status);
  return (
    sameItem &&
    a.colors === b.colors &&
    a.tags === b.tags &&
    a.lang === b.lang &&
    a.focused === b.focused &&
    a.onReattach === b.onReattach &&
    a.canReattach === b.canReattach &&
    a.articleText === b.articleText &&
    a.onReattachTo === b.onReattachTo
  );
}

/** One highlight in the list: colour, quote, note, tags; opened for editing when focused. */
export const HighlightCard = memo(Card, sameProps);

function Card(props: HighlightCardProps) {
  const { item, colors, tags, lang, focused, onReattach, canReattach } = props;
  const { articleText, onReattachTo } = props;
  const t = useT();
  const colorLabel = useColorLabel();
  const { highlight } = item;
  const ref = useRef<HTMLElement>(null);
  const color = colors.find((c) => c.id === highlight.colorId);
  const editing = useUi((s) => (s.editing?.id === highlight.id ? s.editing.field : undefined));
  const source = useUi((s) => s.focusSource);
  const chosenTags = highlight.tags
    .map((id) => tags.find((t) => t.id === id))
    .filter((t): t is Tag => t !== undefined);

  useEffect(() => {
    if (focused && source !== 'list' && ref.current) scrollIntoPanel(ref.current);
  }, [focused, source]);

  const orphan = 'code' in item;
  const fuzzy = !orphan && item.status === 'fuzzy';
  return (
    // A closed card opens from anywhere on it (its note, its tags), not only from the quote; links
    // and buttons inside keep their own meaning. The quote button stays the keyboard's way in.
    <article
      ref={ref}
      id={`card-${highlight.id}`}
      aria-label={t('reader.card.label', { quote: highlight.target.quote.exact.slice(0, 60) })}
      onClick={(e) => {
        if (focused || (e.target as Element).closest('a, button, input, textarea, select')) return;
        useUi.getState().focusHighlight(highlight.id, 'list');
      }}
      className={`rounded-xl border bg-surface p-3 text-sm transition-shadow ${
        focused ? 'border-accent shadow-md shadow-black/5' : 'cursor-pointer border-line'
      }`}
    >
      <div className="flex items-start gap-2">
        <span
          aria-hidden="true"
          className={`swatch-${color?.swatch ?? 'yellow'} mt-1 h-8 w-1.5 shrink-0 rounded-full bg-[var(--hl-color)]`}
        />
        <button
          type="button"
          className="min-w-0 flex-1 rounded text-left"
          aria-expanded={focused}
          onClick={() =>
            useUi.getState().focusHighlight(focused ? undefined : highlight.id, 'list')
          }
        >
          <span className="block text-xs font-medium text-muted">
            {color ? colorLabel(color) : t('reader.card.highlight')}
            {fuzzy && ` · ${t('reader.card.fuzzy')}`}
          </span>
          <q
            lang={lang}
            className="mt-0.5 line-clamp-4 block font-serif text-[0.95rem] leading-snug text-ink [quotes:none]"
          >
            {highlight.target.quote.exact}
          </q>
        </button>
      </div>
      {orphan && (
        <p className="mt-2 rounded-lg bg-danger-soft px-2 py-1.5 text-xs text-ink-2">
          {t('reader.card.orphan', { reason: orphanReason(t, item.code) })}
        </p>
      )}
      {orphan && articleText !== undefined && onReattachTo && (
        <OrphanPlaces
          text={articleText}
          highlight={highlight}
          lang={lang}
          onPick={(place) => onReattachTo(place.start, place.end)}
        />
      )}
      {!focused && highlight.note && (
        <div className="mt-2 line-clamp-3 pl-3.5 text-ink-2">
          <Markdown source={highlight.note} />
        </div>
      )}
      {!focused && chosenTags.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-1 pl-3.5">
          {chosenTags.map((t) => (
            <TagChip key={t.id} tag={t} />
          ))}
        </div>
      )}
      {focused && (
        <div className="mt-3 space-y-3 pl-3.5">
          <NoteEditor
            label={t('reader.card.note')}
            value={highlight.note}
            draftKey={`highlight:${highlight.id}:note`}
            onSave={(text) => saveHighlightNote(highlight.id, text)}
            autoFocus={editing === 'note'}
            placeholder={t('reader.card.notePlaceholder')}
          />
          <TagInput
            label={t('reader.card.tags')}
            value={highlight.tags}
            tags={tags}
            autoFocus={editing === 'tags'}
            onChange={(ids) => changeHighlight(highlight, { tags: ids })}
            onCreate={async (name) => createTag(await getDb(), name)}
          />
          {!orphan && <LinkSection highlight={highlight} />}
          <fieldset>
            <legend className="mb-1 text-xs font-medium text-muted">
              {t('reader.card.colour')}
            </legend>
            <div className="flex flex-wrap gap-1">
              {colors.map((c) => (
                <button
                  key={c.id}
                  type="button"
                  aria-pressed={c.id === highlight.colorId}
                  onClick={() => void changeHighlight(highlight, { colorId: c.id })}
                  className={`swatch-${c.swatch} flex items-center gap-1.5 rounded-full border border-line px-2 py-0.5 text-xs text-ink-2 aria-pressed:border-accent aria-pressed:font-semibold aria-pressed:text-ink`}
                >
                  <span aria-hidden="true" className="h-3 w-3 rounded-full bg-[var(--hl-color)]" />
                  {colorLabel(c)}
                </button>
              ))}
            </div>
          </fieldset>
          <div className="flex items-center gap-2">
            {orphan && onReattach && (
              <button
                type="button"
                disabled={!canReattach}
                onClick={onReattach}
                className="rounded-lg border border-line px-2 py-1 text-xs disabled:opacity-50"
                title={canReattach ? undefined : t('reader.card.selectFirst')}
              >
                {t('reader.card.reattach')}
              </button>
            )}
            <span className="ml-auto">
              <IconButton
                icon="trash"
                label={t('reader.card.delete')}
                onClick={() => void removeHighlight(highlight)}
              />
            </span>
          </div>
        </div>
      )}
    </article>
  );
}

/** Scrolls the list panel holding `el` so it shows; never scrolls the page the text is on. */
function scrollIntoPanel(el: HTMLElement) {
  const panel = el.closest<HTMLElement>('[data-scroll-panel]');
  if (!panel) return;
  const box = el.getBoundingClientRect();
  const view = panel.getBoundingClientRect();
  if (box.top < view.top) panel.scrollTop -= view.top - box.top + 8;
  else if (box.bottom > view.bottom)
    panel.scrollTop += Math.min(box.bottom - view.bottom + 8, box.top - view.top - 8);
}
