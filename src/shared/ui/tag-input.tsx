import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Tag } from '@/domain/annotations/types';
import { normalizeTagName, sameTagName, tagMatchRank } from '@/domain/annotations/tag-name';
import { useT } from '@/shared/i18n';
import { writeErrorText } from './error-text';
import { Icon } from './icons';
import { TagChip, TagDot } from './tag-chip';

type Option =
  | { kind: 'tag'; key: string; tag: Tag; rank: number }
  | { kind: 'create'; key: string; name: string };

function optionsFor(query: string, tags: readonly Tag[], chosen: readonly string[]): Option[] {
  const matches: Option[] = tags
    .filter((t) => !chosen.includes(t.id))
    .map((tag) => ({ kind: 'tag' as const, key: tag.id, tag, rank: tagMatchRank(tag.name, query) }))
    .filter((o) => o.rank >= 0)
    .sort((a, b) => a.rank - b.rank);
  const name = normalizeTagName(query);
  if (name && !tags.some((t) => sameTagName(t.name, name))) {
    matches.push({ kind: 'create', key: 'create', name });
  }
  return matches;
}

/** Enter picks a close match (exact, prefix, word start); otherwise it creates what was typed. */
function defaultIndex(options: Option[]): number {
  const close = options.findIndex((o) => o.kind === 'tag' && o.rank <= 2);
  if (close >= 0) return close;
  const create = options.findIndex((o) => o.kind === 'create');
  return create >= 0 ? create : 0;
}

interface TagInputProps {
  label: string;
  /** Chosen tag ids, in order. */
  value: readonly string[];
  /** Every tag, to choose from. */
  tags: readonly Tag[];
  onChange: (ids: string[]) => Promise<void> | void;
  /** Creates (or finds) a tag by name. */
  onCreate: (name: string) => Promise<Tag>;
  hideLabel?: boolean;
  /** Focus the text field when shown (also inside a popover, which focuses its first control). */
  autoFocus?: boolean;
}

/**
 * Chosen tags as removable chips and a text field that suggests tags (ARIA combobox). Enter picks
 * the active suggestion or creates the typed tag, Backspace in the empty field removes the last
 * chip, Escape closes the list. Failed writes are shown and the typed text is kept.
 */
export function TagInput(props: TagInputProps) {
  const { label, value, tags, onChange, onCreate, hideLabel = false, autoFocus = false } = props;
  const t = useT();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const busy = useRef(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  // A tag the item already has, typed and entered: the field is cleared and this says why.
  const [alreadyAdded, setAlreadyAdded] = useState<string>();
  // What the last successful write set, until `value` catches up (live queries arrive a moment
  // later), so a quick second change does not start from the old list.
  const [written, setWritten] = useState<{ over: string; ids: string[] }>();
  const valueKey = value.join('\n');
  const current = written?.over === valueKey ? written.ids : value;

  const chosen = current.flatMap((tagId) => tags.find((t) => t.id === tagId) ?? []);
  const options = optionsFor(query, tags, current);
  const expanded = open && options.length > 0;
  const activeIndex = Math.min(active ?? defaultIndex(options), options.length - 1);
  const activeOption = expanded ? options[activeIndex] : undefined;
  // The typed text names a tag the item already has (other tags may still start with it).
  const duplicate =
    query.trim() !== '' ? chosen.find((t) => sameTagName(t.name, query)) : undefined;
  const optionId = (o: Option) => `${id}-option-${o.key}`;
  const activeId = activeOption ? optionId(activeOption) : undefined;

  useEffect(() => {
    // After the popover's own focus handling, which runs later in the same commit.
    if (autoFocus) queueMicrotask(() => input.current?.focus());
  }, [autoFocus]);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  async function write(action: () => Promise<string>) {
    if (busy.current) return;
    busy.current = true;
    setError(undefined);
    try {
      setAnnouncement(await action());
    } catch (err) {
      setError(writeErrorText(err));
    } finally {
      busy.current = false;
    }
  }

  async function change(ids: string[]) {
    await onChange(ids);
    setWritten({ over: valueKey, ids });
  }

  const choose = (option: Option) =>
    write(async () => {
      const tag = option.kind === 'tag' ? option.tag : await onCreate(option.name);
      if (!current.includes(tag.id)) await change([...current, tag.id]);
      setQuery('');
      setActive(null);
      setOpen(false);
      return t('ui.tagInput.announce.added', { name: tag.name });
    });

  const remove = (tag: Tag) => {
    input.current?.focus();
    return write(async () => {
      await change(current.filter((v) => v !== tag.id));
      return t('ui.tagInput.announce.removed', { name: tag.name });
    });
  };

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(e.key === 'ArrowUp' ? count - 1 : null);
      } else if (count > 0) {
        setActive((activeIndex + (e.key === 'ArrowDown' ? 1 : count - 1)) % count);
      }
    } else if (e.key === 'Enter') {
      if (!activeOption && query.trim() === '') return;
      e.preventDefault();
      const option =
        active === null && duplicate ? undefined : (activeOption ?? options[defaultIndex(options)]);
      if (option) void choose(option);
      else if (duplicate) {
        // Clear the field so the next tag does not run on from this one.
        setQuery('');
        setAlreadyAdded(duplicate.name);
        setAnnouncement(t('ui.tagInput.announce.alreadyAdded', { name: duplicate.name }));
      } else setOpen(true);
    } else if (e.key === 'Escape') {
      if (!expanded && query === '') return;
      e.preventDefault();
      e.stopPropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    } else if (e.key === 'Backspace' && query === '') {
      const last = chosen.at(-1);
      if (last) void remove(last);
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  }

  return (
    <div>
      <label
        htmlFor={inputId}
        className={hideLabel ? 'sr-only' : 'mb-1 block text-sm font-medium text-ink'}
      >
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-1.5 rounded-lg border border-line bg-surface px-2 py-1.5 focus-within:border-accent">
        {chosen.map((tag) => (
          <TagChip key={tag.id} tag={tag} onRemove={() => void remove(tag)} />
        ))}
        <div className="relative min-w-36 flex-1">
          <input
            ref={input}
            id={inputId}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={activeId}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('ui.tagInput.placeholder')}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setAlreadyAdded(undefined);
              setActive(null);
              setOpen(true);
            }}
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            className="h-7 w-full bg-transparent px-1 text-sm text-ink placeholder:text-muted"
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t('ui.tagInput.suggestions', { label })}
            hidden={!expanded}
            className="absolute top-full left-0 z-40 mt-2 max-h-60 w-max max-w-72 min-w-full overflow-auto rounded-lg border border-line bg-surface p-1 shadow-lg shadow-black/10"
          >
            {expanded &&
              options.map((o, i) => (
                <li
                  key={o.key}
                  id={optionId(o)}
                  role="option"
                  aria-selected={i === activeIndex}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => setActive(i)}
                  onClick={() => void choose(o)}
                  className={`flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm text-ink ${
                    i === activeIndex ? 'bg-surface-2' : ''
                  }`}
                >
                  {o.kind === 'tag' ? (
                    <>
                      <TagDot color={o.tag.color} />
                      <span className="truncate">{o.tag.name}</span>
                    </>
                  ) : (
                    <>
                      <Icon name="plus" width={14} height={14} className="shrink-0 text-muted" />
                      <span className="truncate">{t('ui.tagInput.create', { name: o.name })}</span>
                    </>
                  )}
                </li>
              ))}
          </ul>
        </div>
      </div>
      {(duplicate ?? alreadyAdded) && (
        <p className="mt-1.5 text-xs text-muted">
          {t('ui.tagInput.alreadyAdded', { name: duplicate?.name ?? alreadyAdded ?? '' })}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-1.5 text-sm text-danger">
          {error}
        </p>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
