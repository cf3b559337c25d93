import { shorten } from '@/domain/text/excerpt';
import { Popover } from '@/shared/ui/popover';
import { Button } from '@/shared/ui/button';
import { useT } from '@/shared/i18n';
import { useAlignmentUi, type Side } from './alignment-store';
import { useAlignment } from './alignment-context';

/**
 * "Only here": the passages of this pane's article with no close wording in the other one — what
 * this outlet may report and the other leave out (or tell in other words) — each opening its
 * place in the text.
 */
export function OnlyHere({ side }: { side: Side }) {
  const t = useT();
  const context = useAlignment();
  if (!context || context.alignment.status !== 'ready') return null;
  const article = context.articles[side];
  const passages = context.alignment.only[side];
  return (
    <Popover
      label={t('reader.alignment.onlyHereLabel', { side })}
      align="end"
      trigger={(props) => (
        <Button compact variant="ghost" {...props} data-testid={`only-here-${side}`}>
          {t('reader.alignment.onlyHere', { count: passages.length })}
        </Button>
      )}
    >
      {(close) => (
        // Opens leftwards from the button, which sits ~4rem from the screen's right edge on a
        // phone: narrower than the screen by that and the panel's padding, or it runs off the left.
        <div className="w-[min(20rem,calc(100vw-6rem))] font-sans text-sm">
          <p className="mb-2 text-xs text-muted">
            {passages.length === 0
              ? t('reader.alignment.onlyHereNone')
              : t('reader.alignment.onlyHereIntro', { count: passages.length })}
          </p>
          <ol className="max-h-[60vh] space-y-1 overflow-y-auto">
            {passages.map((p) => (
              <li key={p.start}>
                <button
                  type="button"
                  lang={article.language}
                  className="w-full rounded-lg px-2 py-1.5 text-left font-serif text-ink-2 hover:bg-surface-2 focus-visible:outline-2 focus-visible:outline-accent"
                  onClick={() => {
                    useAlignmentUi.getState().showLone({ side, ...p });
                    context.reveal([{ side, ...p }], side);
                    close();
                  }}
                >
                  {shorten(article.text.slice(p.start, p.end), 160)}
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Popover>
  );
}
