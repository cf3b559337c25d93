import { NO_OUTLET_KEY, type OutletOption } from '@/domain/library/outlets';
import { useT } from '@/shared/i18n';

interface OutletSelectProps {
  options: readonly OutletOption[];
  /** The chosen outlet's key; '' for all outlets. */
  value: string;
  onChange: (key: string) => void;
}

/** Shows only the articles of one outlet (or those with none); in the URL as `?outlet=<key>`. */
export function OutletSelect({ options, value, onChange }: OutletSelectProps) {
  const t = useT();
  return (
    <label className="flex items-center gap-2 text-sm text-ink-2">
      {t('library.filter.outlet.label')}
      <select
        data-outlet-filter=""
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="h-9 max-w-48 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
      >
        <option value="">{t('library.filter.outlet.all')}</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.key === NO_OUTLET_KEY
              ? t('library.filter.outlet.none', { count: o.count })
              : t('library.filter.outlet.option', { name: o.name, count: o.count })}
          </option>
        ))}
        {value !== '' && !options.some((o) => o.key === value) && (
          // An outlet in the URL that no article has (any more): kept, so the choice shows.
          <option value={value}>{value}</option>
        )}
      </select>
    </label>
  );
}
