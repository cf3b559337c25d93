import { useMemo } from 'react';
import { candidatePlaces, type CandidatePlace } from '@/domain/anchoring';
import type { Highlight } from '@/domain/annotations/types';
import { useT } from '@/shared/i18n';

/** Characters of text shown on each side of a place. */
const AROUND = 48;

interface OrphanPlacesProps {
  /** The article text the places are offsets into. */
  text: string;
  highlight: Highlight;
  lang: string;
  onPick: (place: CandidatePlace) => void;
}

/** `s` with whitespace runs as one space, cut to whole words from the `side` it is shown on. */
function excerpt(s: string, side: 'before' | 'after'): string {
  const flat = s.replace(/\s+/g, ' ');
  if (flat.length < AROUND) return flat;
  const cut = side === 'before' ? flat.indexOf(' ') + 1 : flat.lastIndexOf(' ');
  const words = side === 'before' ? flat.slice(cut) : flat.slice(0, Math.max(cut, 0));
  return side === 'before' ? `…${words}` : `${words}…`;
}

/**
 * For an orphan whose quote is still found (a quote found several times with its surroundings
 * rewritten, which anchoring will not guess between): each place with the text around it, a
 * button that re-attaches the highlight there.
 */
export function OrphanPlaces({ text, highlight, lang, onPick }: OrphanPlacesProps) {
  const t = useT();
  const { places, total } = useMemo(
    () => candidatePlaces(text, highlight.target),
    [text, highlight.target],
  );
  if (places.length === 0) return null;
  const exact = places.every((p) => p.exact);
  const found = t('reader.orphan.found', { total, exact: exact ? 'yes' : 'no' });
  return (
    <div className="mt-2 space-y-1.5">
      <p className="text-xs text-ink-2">
        {found}
        {total > places.length && ` ${t('reader.orphan.firstShown', { count: places.length })}`}
      </p>
      <ol className="space-y-1" aria-label={t('reader.orphan.places')}>
        {places.map((place, i) => (
          <li key={place.start}>
            <button
              type="button"
              onClick={() => onPick(place)}
              className="w-full rounded-lg border border-line px-2 py-1.5 text-left text-xs leading-snug text-ink-2 hover:bg-surface-2"
            >
              <span className="sr-only">{t('reader.orphan.place', { n: i + 1, total })} </span>
              <span lang={lang} className="font-serif">
                {excerpt(text.slice(Math.max(0, place.start - AROUND), place.start), 'before')}
                <mark className="rounded bg-accent-soft px-0.5 text-ink">
                  {text.slice(place.start, place.end)}
                </mark>
                {excerpt(text.slice(place.end, place.end + AROUND), 'after')}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
