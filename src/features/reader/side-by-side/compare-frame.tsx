import type { ReactNode } from 'react';
import type { ManifestEntry } from '@/domain/library/manifest';
import { TabList } from '@/shared/ui/tab-list';
import { useT } from '@/shared/i18n';
import type { Side } from './alignment/alignment-store';

/**
 * Side by side's frame: drawn by the app's view (ComparePage, CompareSide, AlignmentBar) and by
 * the page prerendered at build time (StaticCompare), so that the text does not move when the
 * app takes over. Nothing here reads the database.
 */

/**
 * The page's frame, shared with the page prerendered at build time (StaticCompare). Only the
 * panes scroll: the page is exactly the window and clips (it is no scroll container, so neither
 * a wheel over the top bar nor scrollIntoView can move it).
 */
export const COMPARE_FRAME_CLASS = 'flex h-dvh flex-col overflow-clip';
export const COMPARE_MAIN_CLASS =
  'grid min-h-0 flex-1 grid-rows-[minmax(0,1fr)] md:grid-cols-2 md:divide-x md:divide-line';

/**
 * On a phone, which of the two articles is shown (the panes stack). Without `onSelect` (the
 * prerendered page) the tabs are drawn disabled: they wait for the app.
 */
export function PaneTabs(props: {
  titles: [string, string];
  pane: Side;
  onSelect?: (side: Side) => void;
}) {
  const { titles, pane, onSelect } = props;
  const t = useT();
  return (
    <TabList
      label={t('reader.compare.showArticle')}
      look="bar"
      className="md:hidden"
      tabs={[
        { id: 'left', label: `1 · ${titles[0]}` },
        { id: 'right', label: `2 · ${titles[1]}` },
      ]}
      selected={pane}
      onSelect={onSelect ?? (() => {})}
      disabled={!onSelect}
    />
  );
}

/** A pane's box: on a phone only the pane in front takes room. */
export const PANE_FRONT_CLASS = 'flex relative min-h-0 min-w-0 flex-col bg-paper';
export const PANE_BEHIND_CLASS = 'hidden md:flex relative min-h-0 min-w-0 flex-col bg-paper';

/** The pane's own scroll, under its header. */
export const PANE_SCROLL_CLASS = 'min-h-0 flex-1 overflow-y-auto px-5 pt-6 pb-24 sm:px-8';

/**
 * The bar over a pane: which article it shows (a picker of the shipped and added articles), then
 * `children` (the pane's actions). Also drawn by the page prerendered at build time
 * (StaticCompare), without `onChangeArticle`: there the picker is disabled until the app has
 * taken over (a choice made before would be lost).
 */
export function PaneHeader(props: {
  side: 'left' | 'right';
  id: string;
  entries: ManifestEntry[];
  onChangeArticle?: (id: string) => void;
  children: ReactNode;
}) {
  const { side, id, entries, onChangeArticle, children } = props;
  const t = useT();
  const entry = entries.find((e) => e.id === id);
  return (
    <div className="flex items-center gap-2 border-b border-line bg-surface/60 px-3 py-2">
      <label className="sr-only" htmlFor={`pane-${side}`}>
        {t('reader.compare.choose', { side })}
      </label>
      <select
        id={`pane-${side}`}
        {...(onChangeArticle
          ? { value: id, onChange: (e) => onChangeArticle(e.target.value) }
          : { defaultValue: id, disabled: true })}
        className="h-9 min-w-0 flex-1 truncate rounded-lg border border-line bg-surface px-2 text-sm text-ink"
      >
        {!entry && <option value={id}>{id}</option>}
        {entries.map((e) => (
          <option key={e.id} value={e.id} disabled={!e.summary}>
            {e.summary?.title ?? t('reader.compare.unreadable', { file: e.file })}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}

/**
 * The comparison bar's frame: the same height whether it waits for the articles or counts, with
 * its buttons (32 px, padding and border within the 40; with `py-1` it grew to 41 px once the
 * comparison came, and both panes moved down a pixel).
 */
export const ALIGNMENT_BAR_CLASS =
  'flex min-h-10 items-center gap-2 border-b border-line bg-surface/60 px-3 py-0.5 font-sans text-sm text-ink-2';

/**
 * The bar while the two articles load and are compared; also on the page prerendered at build
 * time (StaticCompare), whose English words wait for the app in another language.
 */
export function WaitingBar() {
  const t = useT();
  return (
    <div className={ALIGNMENT_BAR_CLASS} data-testid="alignment-bar">
      <p role="status" className="min-w-0 flex-1 truncate" data-ui-words="">
        {t('reader.alignment.working')}
      </p>
    </div>
  );
}
