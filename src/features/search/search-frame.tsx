import type { ReactNode, Ref } from 'react';
import { Icon } from '@/shared/ui/icons';
import { useT } from '@/shared/i18n';
import { NO_OUTLET_KEY } from '@/domain/library/outlets';

import { RESULTS_REGION } from './result-parts';

interface SearchFrameProps {
  query: string;
  onQuery: (query: string) => void;
  outlet: string;
  outletChoices: ReadonlyArray<{ key: string; name: string }>;
  onOutlet: (key: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** What the results region holds: a loading state, the results, a message. */
  children: ReactNode;
}

/**
 * The search view's heading, field, outlet filter and results region: what the app draws
 * (search-page.tsx) and what the page built for `/search` shows before it starts
 * (static-search.tsx), so the app's first render replaces it in place.
 */
export function SearchFrame(props: SearchFrameProps) {
  const { query, onQuery, outlet, outletChoices, onOutlet, inputRef, children } = props;
  const t = useT();
  return (
    <>
      <h1 className="sr-only">{t('search.title')}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()} className="relative">
        <Icon
          name="search"
          className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-muted"
        />
        <input
          ref={inputRef}
          type="search"
          aria-label={t('search.input.label')}
          placeholder={t('search.input.placeholder')}
          autoFocus
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          className="h-12 w-full rounded-xl border border-line bg-surface pr-3 pl-10 text-base text-ink shadow-sm"
        />
      </form>
      {/* Always in place (its outlets arrive with the library), so the results never move. */}
      <label className="mt-3 flex items-center gap-2 text-sm text-ink-2">
        {t('search.filter.outlet.label')}
        <select
          value={outlet}
          disabled={outletChoices.length === 0}
          onChange={(e) => onOutlet(e.target.value)}
          className="h-9 max-w-64 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
        >
          <option value="">{t('search.filter.outlet.all')}</option>
          {outletChoices.map((o) => (
            <option key={o.key} value={o.key}>
              {o.key === NO_OUTLET_KEY ? t('search.filter.outlet.none') : o.name}
            </option>
          ))}
        </select>
      </label>
      <div className="mt-6" aria-live="polite" {...{ [RESULTS_REGION]: '' }}>
        {children}
      </div>
    </>
  );
}
