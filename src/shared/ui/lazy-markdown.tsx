import { lazy, Suspense } from 'react';

// The Markdown renderer (markdown-to-jsx, about 30 KB gzipped) loads with the first note on
// screen, not with the view: a reader, notebook or review with no notes never fetches it
// (Lighthouse's unused JavaScript, bench row 12).
const Rendered = lazy(() => import('./markdown').then((m) => ({ default: m.Markdown })));

const BODY = 'space-y-2 text-sm leading-relaxed text-ink [overflow-wrap:anywhere]';

interface Props {
  source: string;
  className?: string;
}

/**
 * A note's Markdown, rendered by `./markdown` (which says what is allowed). Until that has
 * loaded, the note's paragraphs stand as plain text in the same box and type, so a plain note
 * does not move when it is rendered.
 */
export function Markdown({ source, className }: Props) {
  if (source.trim() === '') return null;
  return (
    <Suspense fallback={<PlainText source={source} className={className} />}>
      <Rendered source={source} className={className} />
    </Suspense>
  );
}

function PlainText({ source, className }: Props) {
  const paragraphs = source
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className={[BODY, className].filter(Boolean).join(' ')}>
      {paragraphs.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </div>
  );
}
