import { NO_OUTLET_KEY, type OutletOption } from '@/domain/library/outlets';
import { Icon } from '@/shared/ui/icons';
import { useT } from '@/shared/i18n';

interface OutletFilterProps {
  options: readonly OutletOption[];
  /** The chosen outlets' keys: highlights from any of them are shown. */
  value: readonly string[];
  onChange: (keys: string[]) => void;
  className?: string;
}

/** Choose outlets to show only their articles' highlights; each choice is a chip that removes it. */
export function OutletFilter({ options, value, onChange, className }: OutletFilterProps) {
  const t = useT();
  if (options.length === 0 && value.length === 0) return null;
  const nameOf = (key: string) =>
    key === NO_OUTLET_KEY
      ? t('notebook.filters.outlet.none')
      : (options.find((o) => o.key === key)?.name ?? key);
  return (
    <div className={`flex flex-wrap items-center gap-1.5 ${className ?? ''}`}>
      <select
        aria-label={t('notebook.filters.outlet.label')}
        className="h-9 min-w-0 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
        value=""
        onChange={(e) => {
          const key = e.target.value;
          if (key && !value.includes(key)) onChange([...value, key]);
        }}
      >
        <option value="">{t('notebook.filters.outlet.placeholder')}</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {nameOf(o.key)}
          </option>
        ))}
      </select>
      {value.map((key) => {
        const label = nameOf(key);
        return (
          <button
            key={key}
            type="button"
            onClick={() => onChange(value.filter((k) => k !== key))}
            aria-label={t('notebook.filters.remove', { label })}
            className="inline-flex max-w-64 items-center gap-1 rounded-full border border-accent/40 bg-accent-soft px-2 py-0.5 text-xs text-ink"
          >
            <span className="truncate">{label}</span>
            <Icon name="close" width="12" height="12" />
          </button>
        );
      })}
    </div>
  );
}
