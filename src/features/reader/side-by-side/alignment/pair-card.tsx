import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Article } from '@/domain/article/types';
import type { LinkRelation } from '@/domain/annotations/types';
import { shorten } from '@/domain/text/excerpt';
import { useArticleHighlightRecords, useColors } from '@/db/live';
import { textHashQuery } from '@/shared/queries/articles';
import { Button } from '@/shared/ui/button';
import { useT } from '@/shared/i18n';
import { useAlignmentUi, type Side } from './alignment-store';
import { pairSpots, useAlignment } from './alignment-context';
import { acceptPair, dismissPair, type PairSide } from './pair-actions';
import type { ShownPair } from './use-alignment';
import { LinkNoteField, RelationField } from '../../highlights/link-fields';

function usePairSide(article: Article): PairSide | undefined {
  const hash = useQuery(textHashQuery(article));
  const highlights = useArticleHighlightRecords(article.id);
  if (!highlights || hash.isPending) return undefined;
  return { article, textHash: hash.data, highlights };
}

/** What a marker opens: each corresponding passage of the other article, and what to do with it. */
export function PairCard({
  side,
  pairs,
  close,
}: {
  side: Side;
  pairs: ShownPair[];
  close: () => void;
}) {
  const t = useT();
  const context = useAlignment();
  if (!context) return null;
  const other: Side = side === 'left' ? 'right' : 'left';
  return (
    <div className="w-72 max-w-[75vw] space-y-3 font-sans text-sm">
      <p className="text-xs text-muted">
        {t('reader.alignment.partnerIn', { title: shorten(context.articles[other].title, 60) })}
      </p>
      {pairs.map((pair) => (
        <PairItem key={pair.key} pair={pair} side={side} close={close} />
      ))}
    </div>
  );
}

function PairItem({ pair, side, close }: { pair: ShownPair; side: Side; close: () => void }) {
  const t = useT();
  const context = useAlignment();
  const [relation, setRelation] = useState<LinkRelation>('same-event');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const left = usePairSide(context?.articles.left as Article);
  const right = usePairSide(context?.articles.right as Article);
  const colors = useColors();
  if (!context) return null;
  const other: Side = side === 'left' ? 'right' : 'left';
  const partner = context.articles[other];
  const passage = pair[other];
  const colorId = colors?.[0]?.id;

  return (
    <section
      className="space-y-2 rounded-lg border border-line bg-surface-2 p-2"
      aria-label={t(
        pair.kind === 'quote' ? 'reader.alignment.kind.quote' : 'reader.alignment.kind.claim',
      )}
      onPointerEnter={() => useAlignmentUi.getState().hover(pair.key)}
      onPointerLeave={() => useAlignmentUi.getState().hover(undefined)}
    >
      <p className="text-xs font-semibold text-ink">
        {t(pair.kind === 'quote' ? 'reader.alignment.kind.quote' : 'reader.alignment.kind.claim')}
        {pair.linked && (
          <span className="font-normal text-muted"> · {t('reader.alignment.isLinked')}</span>
        )}
      </p>
      <blockquote
        lang={partner.language}
        className="border-l-2 border-accent/60 pl-2 font-serif text-ink-2"
      >
        {shorten(partner.text.slice(passage.start, passage.end), 240)}
      </blockquote>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          compact
          variant="ghost"
          onClick={() => {
            useAlignmentUi.getState().activate(pair.key);
            context.reveal(pairSpots(pair, other), other);
            close();
          }}
        >
          {t('reader.alignment.show', { other })}
        </Button>
      </div>
      {!pair.linked && (
        <div className="flex flex-wrap items-end gap-2 border-t border-line pt-2">
          <RelationField
            value={relation}
            onChange={setRelation}
            className="w-full text-xs text-ink-2"
          />
          <LinkNoteField value={note} onChange={setNote} className="w-full text-xs text-ink-2" />
          <Button
            compact
            disabled={busy || !left || !right || !colorId}
            onClick={async () => {
              if (!left || !right || !colorId) return;
              setBusy(true);
              const done = await acceptPair(pair, left, right, relation, colorId, note);
              setBusy(false);
              if (done) close();
            }}
          >
            {t('reader.alignment.accept')}
          </Button>
          <Button
            compact
            variant="ghost"
            onClick={() => {
              void dismissPair(context.articles.left.id, context.articles.right.id, pair.key, true);
              useAlignmentUi.getState().hover(undefined);
              close();
            }}
          >
            {t('reader.alignment.dismiss')}
          </Button>
        </div>
      )}
    </section>
  );
}
