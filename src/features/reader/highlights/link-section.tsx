import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { relationKey } from '@/domain/annotations/links';
import type { Highlight, LinkRelation } from '@/domain/annotations/types';
import { createLink, deleteLink, getDb } from '@/db';
import { useArticleHighlightRecords, useLinkedHighlights } from '@/db/live';
import { useMemberHighlights, useMemberNames } from '@/db/live/sync';
import { showToast } from '@/shared/stores/toasts';
import { useUi } from '../reader-ui';
import { Button } from '@/shared/ui/button';
import { usePane } from './pane-context';
import { compareHref } from '@/shared/paths';
import { shorten } from '@/domain/text/excerpt';
import { useT } from '@/shared/i18n';
import { writeErrorText } from '@/shared/ui/error-text';
import { LinkPicker } from './link-picker';
import { LinkNoteField, RelationField } from './link-fields';

/**
 * A highlight's links to passages in other articles: listed with their relation and note,
 * followed with one click (the other pane scrolls to the partner), and made here: side by side
 * with a highlight in the other pane, or anywhere through "Link to a passage…" (LinkPicker).
 */
export function LinkSection({ highlight }: { highlight: Highlight }) {
  const t = useT();
  const pane = usePane();
  const data = useLinkedHighlights(highlight.id);
  const mine = useArticleHighlightRecords(pane?.otherArticleId);
  const theirs = useMemberHighlights(pane?.otherArticleId);
  const names = useMemberNames();
  const authorOf = (id: string | undefined) =>
    id ? (names.get(id) ?? t('reader.member.former')) : '';
  // One's own highlights in the other pane, and those group members share there.
  const candidates = [
    ...(mine ?? []).map((h) => ({ ...h, author: '' })),
    ...(theirs ?? []).map((h) => ({ ...h, tags: [], author: authorOf(h.authorId) })),
  ];
  const [partnerId, setPartnerId] = useState('');
  const [relation, setRelation] = useState<LinkRelation>('same-event');
  const [note, setNote] = useState('');
  const [picking, setPicking] = useState(false);
  const pickButton = useRef<HTMLButtonElement>(null);

  const follow = (partner: Highlight) => useUi.getState().focusHighlight(partner.id, 'link');
  const linkedIds = new Set(data?.map((d) => d.partner?.id));
  const available = candidates
    .filter((c) => !linkedIds.has(c.id) && c.id !== highlight.id)
    .sort((a, b) => a.target.position.start - b.target.position.start);

  return (
    <section aria-label={t('reader.links.heading')} className="space-y-2">
      <h4 className="text-xs font-medium text-muted">{t('reader.links.heading')}</h4>
      {data && data.length > 0 && (
        <ul className="space-y-1.5">
          {data.map(({ link, partner, partnerAuthorId, linkAuthorId }) => (
            <li key={link.id} className="rounded-lg border border-line bg-surface-2 p-2 text-xs">
              <span className="font-semibold text-ink">
                {t(`reader.relation.${relationKey(link.relation)}`)}
              </span>
              {linkAuthorId && (
                <span className="text-muted">
                  {' '}
                  {t('reader.links.theirLink', { name: authorOf(linkAuthorId) })}
                </span>
              )}
              {partner ? (
                <>
                  {' · '}
                  {partnerAuthorId && (
                    <span className="font-medium text-ink-2">{authorOf(partnerAuthorId)}: </span>
                  )}
                  <q lang="de" className="text-ink-2">
                    {shorten(partner.target.quote.exact, 90)}
                  </q>
                  {link.note.trim() !== '' && (
                    <p className="mt-1 whitespace-pre-line text-ink-2">{link.note}</p>
                  )}
                  <div className="mt-1 flex gap-2">
                    {pane && partner.articleId === pane.otherArticleId ? (
                      <button
                        type="button"
                        className="text-accent underline"
                        onClick={() => follow(partner)}
                      >
                        {t('reader.links.showInPane', {
                          side: pane.side === 'left' ? 'right' : 'left',
                        })}
                      </button>
                    ) : (
                      <Link
                        href={compareHref(highlight.articleId, partner.articleId, {
                          highlightId: partner.id,
                        })}
                        className="text-accent underline"
                      >
                        {t('reader.links.openSideBySide')}
                      </Link>
                    )}
                    {!linkAuthorId && (
                      <button
                        type="button"
                        className="ml-auto text-muted underline"
                        onClick={() =>
                          void getDb()
                            .then((db) => deleteLink(db, link.id))
                            .catch((err: unknown) =>
                              showToast({ tone: 'error', message: writeErrorText(err) }),
                            )
                        }
                      >
                        {t('reader.links.unlink')}
                      </button>
                    )}
                  </div>
                </>
              ) : (
                ` · ${t('reader.links.partnerDeleted')}`
              )}
            </li>
          ))}
        </ul>
      )}
      {pane &&
        (available.length > 0 ? (
          <div className="space-y-1.5 rounded-lg border border-dashed border-line p-2">
            <label className="block text-xs text-ink-2">
              {t('reader.links.passageIn', { title: pane.otherTitle })}
              <select
                value={partnerId}
                onChange={(e) => setPartnerId(e.target.value)}
                className="mt-1 h-8 w-full rounded-lg border border-line bg-surface px-2 text-sm text-ink"
              >
                <option value="">{t('reader.links.choose')}</option>
                {available.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.author ? `${c.author}: ` : ''}
                    {shorten(c.target.quote.exact, 70)}
                  </option>
                ))}
              </select>
            </label>
            <RelationField
              value={relation}
              onChange={setRelation}
              className="block text-xs text-ink-2"
            />
            <LinkNoteField value={note} onChange={setNote} className="block text-xs text-ink-2" />
            <Button
              compact
              disabled={!partnerId}
              onClick={async () => {
                try {
                  await createLink(await getDb(), {
                    fromId: highlight.id,
                    toId: partnerId,
                    relation,
                    note: note.trim(),
                  });
                  setPartnerId('');
                  setNote('');
                  showToast(
                    {
                      tone: 'info',
                      message: t('reader.links.linked', {
                        relation: t(`reader.relation.${relationKey(relation)}`),
                      }),
                    },
                    3000,
                  );
                } catch (err) {
                  showToast({ tone: 'error', message: writeErrorText(err) });
                }
              }}
            >
              {t('reader.links.link')}
            </Button>
          </div>
        ) : (
          <p className="text-xs text-muted">{t('reader.links.highlightOther')}</p>
        ))}
      {picking ? (
        <LinkPicker
          highlight={highlight}
          linkedIds={new Set(data?.flatMap((d) => (d.partner ? [d.partner.id] : [])))}
          onClose={() => {
            setPicking(false);
            // Back to the button that opened the picker (after it is drawn again).
            requestAnimationFrame(() => pickButton.current?.focus());
          }}
        />
      ) : (
        <button
          ref={pickButton}
          type="button"
          className="text-xs text-accent underline"
          onClick={() => setPicking(true)}
        >
          {t('reader.links.linkAnywhere')}
        </button>
      )}
    </section>
  );
}
