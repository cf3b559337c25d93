import { RELATIONS } from '@/domain/annotations/links';
import type { LinkRelation } from '@/domain/annotations/types';
import { useT } from '@/shared/i18n';

const FIELD = 'mt-1 h-8 w-full rounded-lg border border-line bg-surface px-2 text-sm text-ink';

/** How two linked passages relate: same event, supports, contradicts, related. */
export function RelationField({
  value,
  onChange,
  className = 'block text-ink-2',
}: {
  value: LinkRelation;
  onChange: (relation: LinkRelation) => void;
  className?: string;
}) {
  const t = useT();
  return (
    <label className={className}>
      {t('reader.links.relation')}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value as LinkRelation)}
        className={FIELD}
      >
        {RELATIONS.map((r) => (
          <option key={r.id} value={r.id}>
            {t(`reader.relation.${r.key}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Why two passages are linked (optional, plain text). */
export function LinkNoteField({
  value,
  onChange,
  className = 'block text-ink-2',
}: {
  value: string;
  onChange: (note: string) => void;
  className?: string;
}) {
  const t = useT();
  return (
    <label className={className}>
      {t('reader.links.picker.note')}
      <input
        type="text"
        value={value}
        maxLength={2000}
        onChange={(e) => onChange(e.target.value)}
        className={FIELD}
      />
    </label>
  );
}
