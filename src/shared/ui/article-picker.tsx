import { useT } from '@/shared/i18n';
import { Icon } from './icons';
import { Popover } from './popover';
import { buttonClass } from './button-class';

export interface PickableArticle {
  id: string;
  title: string;
  detail: string;
}

interface ArticlePickerProps {
  /** The list, or a function that makes it: called only when the list opens. */
  articles: readonly PickableArticle[] | (() => readonly PickableArticle[]);
  /** Text on the trigger button. */
  label: string;
  /** Accessible name of the trigger when it differs from the visible label. */
  ariaLabel?: string;
  heading: string;
  onPick: (id: string) => void;
  compact?: boolean;
  /** An article to leave out (the one this picker belongs to); filtered only when the list opens. */
  excludeId?: string;
  /** Show only the icon below 640 px (the label stays the accessible name). */
  iconOnlyOnPhones?: boolean;
  align?: 'start' | 'end';
}

/** A button that opens a list of articles to choose from (used to open side-by-side reading). */
export function ArticlePicker(props: ArticlePickerProps) {
  const { articles, label, ariaLabel, heading, onPick, compact = true, align = 'end' } = props;
  const { iconOnlyOnPhones = false, excludeId } = props;
  const t = useT();
  return (
    <Popover
      label={heading}
      align={align}
      trigger={(t) => (
        <button
          type="button"
          {...t}
          aria-label={ariaLabel ?? (iconOnlyOnPhones ? label : undefined)}
          className={buttonClass('secondary', compact)}
        >
          <Icon name="columns" />
          <span className={iconOnlyOnPhones ? 'hidden sm:inline' : undefined}>{label}</span>
        </button>
      )}
    >
      {(close) => {
        const all = typeof articles === 'function' ? articles() : articles;
        const shown = excludeId ? all.filter((a) => a.id !== excludeId) : all;
        return (
          <div className="w-[min(22rem,calc(100vw-4rem))]">
            <p className="px-1 pb-2 text-xs font-semibold uppercase tracking-wide text-muted">
              {heading}
            </p>
            {shown.length === 0 ? (
              <p className="px-1 text-sm text-ink-2">{t('ui.articlePicker.none')}</p>
            ) : (
              <ul className="max-h-80 space-y-1 overflow-auto">
                {shown.map((a) => (
                  <li key={a.id}>
                    <button
                      type="button"
                      className="w-full rounded-lg px-2 py-1.5 text-left hover:bg-surface-2"
                      onClick={() => {
                        close();
                        onPick(a.id);
                      }}
                    >
                      <span className="line-clamp-2 block text-sm font-medium text-ink">
                        {a.title}
                      </span>
                      <span className="block text-xs text-muted">{a.detail}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      }}
    </Popover>
  );
}
