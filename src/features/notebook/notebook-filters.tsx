import type { ReactNode } from 'react';
import type { HighlightColor, Tag } from '@/domain/annotations/types';
import type { NotebookArticle, NotebookFilter, NotebookGrouping } from '@/domain/notebook/notebook';
import { Icon } from '@/shared/ui/icons';
import { useT, type MessageId } from '@/shared/i18n';

interface NotebookFiltersProps {
  grouping: NotebookGrouping;
  filter: NotebookFilter;
  articles: NotebookArticle[];
  tags: Tag[];
  colors: HighlightColor[];
  shownCount: number;
  totalCount: number;
  onChange: (next: { grouping?: NotebookGrouping; filter?: NotebookFilter }) => void;
  /** The outlet filter (select and chips), set beside the others. */
  outletFilter?: ReactNode;
}

const GROUPINGS: Array<[NotebookGrouping, MessageId]> = [
  ['article', 'notebook.filters.grouping.article'],
  ['tag', 'notebook.filters.grouping.tag'],
  ['color', 'notebook.filters.grouping.color'],
  ['outlet', 'notebook.filters.grouping.outlet'],
];

/** Group by article, tag, colour or outlet; filter by any mix of them. */
export function NotebookFilters(props: NotebookFiltersProps) {
  const { grouping, filter, articles, tags, colors, shownCount, totalCount, onChange } = props;
  const { outletFilter } = props;
  const t = useT();
  const add = (kind: keyof NotebookFilter, value: string) => {
    if (!value || filter[kind].includes(value)) return;
    onChange({ filter: { ...filter, [kind]: [...filter[kind], value] } });
  };
  const remove = (kind: keyof NotebookFilter, value: string) =>
    onChange({ filter: { ...filter, [kind]: filter[kind].filter((v) => v !== value) } });
  const chips: Array<{ kind: keyof NotebookFilter; value: string; label: string }> = [
    ...filter.articles.map((v) => ({
      kind: 'articles' as const,
      value: v,
      label: articles.find((a) => a.id === v)?.title ?? v,
    })),
    ...filter.tags.map((v) => ({
      kind: 'tags' as const,
      value: v,
      label: `#${tags.find((tag) => tag.id === v)?.name ?? v}`,
    })),
    ...filter.colors.map((v) => ({
      kind: 'colors' as const,
      value: v,
      label: colors.find((c) => c.id === v)?.label ?? v,
    })),
  ];
  const select = 'h-9 min-w-0 rounded-lg border border-line bg-surface px-2 text-sm text-ink';
  return (
    <div className="mb-4 space-y-3 rounded-xl border border-line bg-surface p-3">
      <div className="flex flex-wrap items-center gap-3">
        {/* Wraps under its words when the four choices do not fit beside them (German, a phone). */}
        <fieldset className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1.5 text-sm text-ink-2">
          <legend className="sr-only">{t('notebook.filters.groupBy')}</legend>
          <span aria-hidden="true" className="whitespace-nowrap">
            {t('notebook.filters.groupBy')}
          </span>
          <div className="flex rounded-lg border border-line bg-surface-2 p-0.5">
            {GROUPINGS.map(([key, label]) => (
              <label
                key={key}
                className="cursor-pointer rounded-md px-2.5 py-1 text-ink-2 has-[:checked]:bg-surface has-[:checked]:text-ink has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-[var(--focus)]"
              >
                <input
                  type="radio"
                  name="notebook-group"
                  className="sr-only"
                  checked={grouping === key}
                  onChange={() => onChange({ grouping: key })}
                />
                {t(label)}
              </label>
            ))}
          </div>
        </fieldset>
        <select
          aria-label={t('notebook.filters.article.label')}
          className={select}
          value=""
          onChange={(e) => add('articles', e.target.value)}
        >
          <option value="">{t('notebook.filters.article.placeholder')}</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
        <select
          aria-label={t('notebook.filters.tag.label')}
          className={select}
          value=""
          onChange={(e) => add('tags', e.target.value)}
        >
          <option value="">{t('notebook.filters.tag.placeholder')}</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('notebook.filters.color.label')}
          className={select}
          value=""
          onChange={(e) => add('colors', e.target.value)}
        >
          <option value="">{t('notebook.filters.color.placeholder')}</option>
          {colors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        {outletFilter}
      </div>
      <div className="flex flex-wrap items-center gap-1.5 text-sm">
        <span className="text-ink-2" aria-live="polite">
          {shownCount === totalCount
            ? t('notebook.filters.count.all', { count: totalCount })
            : t('notebook.filters.count.some', { shown: shownCount, total: totalCount })}
        </span>
        {chips.map((c) => (
          <button
            key={`${c.kind}:${c.value}`}
            type="button"
            onClick={() => remove(c.kind, c.value)}
            aria-label={t('notebook.filters.remove', { label: c.label })}
            className="inline-flex max-w-64 items-center gap-1 rounded-full border border-accent/40 bg-accent-soft px-2 py-0.5 text-xs text-ink"
          >
            <span className="truncate">{c.label}</span>
            <Icon name="close" width="12" height="12" />
          </button>
        ))}
      </div>
    </div>
  );
}
