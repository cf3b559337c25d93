import { useId, useState } from 'react';
import { relationKey } from '@/domain/annotations/links';
import type { Highlight, LinkRelation } from '@/domain/annotations/types';
import { shorten } from '@/domain/text/excerpt';
import { createLink, getDb } from '@/db';
import { useArticleHighlightRecords } from '@/db/live';
import { useMemberHighlights, useMemberNames } from '@/db/live/sync';
import { useT } from '@/shared/i18n';
import { useManifest } from '@/shared/queries/articles';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { writeErrorText } from '@/shared/ui/error-text';
import { LinkNoteField, RelationField } from './link-fields';

interface LinkPickerProps {
  /** The highlight whose card this is: the link's first end. */
  highlight: Highlight;
  /** Highlights already linked to it (not offered again). */
  linkedIds: ReadonlySet<string>;
  /** Called once the link is made, or on Cancel. */
  onClose: () => void;
}

/**
 * Links a highlight to a passage anywhere in the library, without opening two articles side by
 * side: choose an article, then one of its highlights (one's own, or a group member's), the
 * relation and, if you like, why.
 */
export function LinkPicker({ highlight, linkedIds, onClose }: LinkPickerProps) {
  const t = useT();
  const id = useId();
  const manifest = useManifest();
  const articles = (manifest.data?.articles ?? []).flatMap((e) =>
    e.summary ? [{ id: e.id, title: e.summary.title }] : [],
  );
  const [articleId, setArticleId] = useState('');
  const [partnerId, setPartnerId] = useState('');
  const [relation, setRelation] = useState<LinkRelation>('same-event');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const mine = useArticleHighlightRecords(articleId || undefined);
  const theirs = useMemberHighlights(articleId || undefined);
  const names = useMemberNames();
  const candidates = [
    ...(mine ?? []).map((h) => ({ ...h, author: '' })),
    ...(theirs ?? []).map((h) => ({
      ...h,
      tags: [],
      author: names.get(h.authorId) ?? t('reader.member.former'),
    })),
  ]
    .filter((c) => c.id !== highlight.id && !linkedIds.has(c.id))
    .sort((a, b) => a.target.position.start - b.target.position.start);
  const loading = articleId !== '' && (mine === undefined || theirs === undefined);

  const link = async () => {
    setSaving(true);
    try {
      await createLink(await getDb(), {
        fromId: highlight.id,
        toId: partnerId,
        relation,
        note: note.trim(),
      });
      showToast(
        {
          tone: 'info',
          message: t('reader.links.linked', {
            relation: t(`reader.relation.${relationKey(relation)}`),
          }),
        },
        3000,
      );
      onClose();
    } catch (err) {
      showToast({ tone: 'error', message: writeErrorText(err) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div
      role="group"
      aria-label={t('reader.links.picker.label')}
      className="space-y-2 rounded-lg border border-dashed border-line p-2 text-xs"
    >
      <label className="block text-ink-2">
        {t('reader.links.picker.article')}
        <select
          value={articleId}
          onChange={(e) => {
            setArticleId(e.target.value);
            setPartnerId('');
          }}
          className="mt-1 h-8 w-full rounded-lg border border-line bg-surface px-2 text-sm text-ink"
        >
          <option value="">{t('reader.links.picker.chooseArticle')}</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      {articleId !== '' &&
        !loading &&
        (candidates.length === 0 ? (
          <p className="text-muted">{t('reader.links.picker.none')}</p>
        ) : (
          <fieldset>
            <legend className="mb-1 text-ink-2">{t('reader.links.picker.passage')}</legend>
            <div className="max-h-48 space-y-1 overflow-auto pr-1">
              {candidates.map((c) => (
                <label
                  key={c.id}
                  className="flex items-start gap-2 rounded-md px-1 py-0.5 hover:bg-surface-2"
                >
                  <input
                    type="radio"
                    name={`${id}-passage`}
                    value={c.id}
                    checked={partnerId === c.id}
                    onChange={() => setPartnerId(c.id)}
                    className="mt-0.5"
                  />
                  <span className="text-ink">
                    {c.author && <span className="font-medium text-ink-2">{c.author}: </span>}
                    <q lang="de">{shorten(c.target.quote.exact, 90)}</q>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      <RelationField value={relation} onChange={setRelation} />
      <LinkNoteField value={note} onChange={setNote} />
      <div className="flex gap-2">
        <Button
          compact
          variant="primary"
          disabled={!partnerId || saving}
          onClick={() => void link()}
        >
          {t('reader.links.picker.link')}
        </Button>
        <Button compact variant="ghost" onClick={onClose}>
          {t('reader.links.picker.cancel')}
        </Button>
      </div>
    </div>
  );
}
