import type { ReactNode } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: ReactNode;
}

const LOOKS = {
  /** A small segmented control next to a heading. */
  segmented: {
    list: 'flex rounded-lg border border-line bg-surface-2 p-0.5 text-sm',
    tab: 'rounded-md px-3 py-1 text-ink-2',
  },
  /** A full-width bar under the top bar, one equal part per tab. */
  bar: {
    list: 'flex gap-1 border-b border-line bg-surface-2 p-1',
    tab: 'min-w-0 flex-1 truncate rounded-md px-2 py-1.5 text-sm text-ink-2 aria-selected:font-medium',
  },
} as const;

interface TabListProps<T extends string> {
  /** What the tabs choose between, for assistive technology. */
  label: string;
  tabs: ReadonlyArray<TabItem<T>>;
  selected: T;
  onSelect: (id: T) => void;
  look: keyof typeof LOOKS;
  /** Extra classes for the list (e.g. hiding it on wide screens). */
  className?: string;
  /** Drawn but not yet usable (a page prerendered at build time, before the app starts). */
  disabled?: boolean;
}

/** A row of tabs, one selected (ARIA tablist): the views of a page, the panes on a phone. */
export function TabList<T extends string>(props: TabListProps<T>) {
  const { label, tabs, selected, onSelect, look, className = '', disabled } = props;
  return (
    <div role="tablist" aria-label={label} className={`${LOOKS[look].list} ${className}`}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={selected === tab.id}
          disabled={disabled}
          onClick={() => onSelect(tab.id)}
          className={`${LOOKS[look].tab} aria-selected:bg-surface aria-selected:text-ink aria-selected:shadow-sm`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
