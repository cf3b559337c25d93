import { useEffect } from 'react';
import { Button } from '@/shared/ui/button';
import { isTyping } from '@/shared/ui/is-typing';
import { useT } from '@/shared/i18n';
import { getDb, restoreDismissedPairs } from '@/db';
import { showToast } from '@/shared/stores/toasts';
import { dbErrorText } from '@/shared/ui/error-text';
import { useAlignmentUi, type Side } from './alignment-store';
import { pairSpots, useAlignment } from './alignment-context';
import { ComparisonExport } from './comparison-export';
import { ALIGNMENT_BAR_CLASS, WaitingBar } from '../compare-frame';

/**
 * The comparison's summary under the top bar: how many passages correspond, and "next / previous
 * aligned passage" (also `n` and `p`), which scroll both panes to the pair and tint it.
 */
/**
 * `comparing`: two different articles are open, so the bar holds its place from the first paint,
 * before both have loaded (a pane drawn first would otherwise move down when the bar came).
 */
export function AlignmentBar({ pane, comparing }: { pane: Side; comparing: boolean }) {
  const t = useT();
  const context = useAlignment();
  const active = useAlignmentUi((s) => s.active);
  const pairs = context?.alignment.pairs;
  const index = pairs && active ? pairs.findIndex((p) => p.key === active) : -1;

  const walk = (step: 1 | -1) => {
    if (!context || !pairs || pairs.length === 0) return;
    const next =
      index < 0
        ? step === 1
          ? 0
          : pairs.length - 1
        : (index + step + pairs.length) % pairs.length;
    const pair = pairs[next];
    if (!pair) return;
    useAlignmentUi.getState().activate(pair.key);
    context.reveal(pairSpots(pair, pane), pane);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key !== 'n' && e.key !== 'p') return;
      if (document.querySelector('[role="dialog"]:not([hidden])')) return;
      e.preventDefault();
      walk(e.key === 'n' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!context) return comparing ? <WaitingBar /> : null;
  const { alignment, articles } = context;
  const restore = () =>
    void getDb()
      .then((db) => restoreDismissedPairs(db, articles.left.id, articles.right.id))
      .catch((err: unknown) =>
        showToast({
          tone: 'error',
          message: t('reader.alignment.notDismissed', { reason: dbErrorText(err) }),
        }),
      );
  return (
    <div className={ALIGNMENT_BAR_CLASS} data-testid="alignment-bar">
      <p role="status" className="min-w-0 flex-1 truncate">
        {alignment.status === 'working' && t('reader.alignment.working')}
        {alignment.status === 'failed' &&
          t('reader.alignment.failed', { reason: alignment.reason ?? '' })}
        {alignment.status === 'ready' &&
          (alignment.pairs.length === 0
            ? t('reader.alignment.none')
            : index >= 0
              ? t('reader.alignment.position', { n: index + 1, count: alignment.pairs.length })
              : t('reader.alignment.count', { count: alignment.pairs.length }))}
      </p>
      <ComparisonExport />
      {alignment.dismissed > 0 && (
        <Button compact variant="ghost" onClick={restore}>
          {t('reader.alignment.restore', { count: alignment.dismissed })}
        </Button>
      )}
      {alignment.pairs.length > 0 && (
        <div className="flex items-center gap-1">
          <Button
            compact
            variant="ghost"
            icon="chevronUp"
            aria-keyshortcuts="p"
            onClick={() => walk(-1)}
          >
            <span className="sr-only sm:not-sr-only">{t('reader.alignment.previous')}</span>
          </Button>
          <Button
            compact
            variant="ghost"
            icon="chevronDown"
            aria-keyshortcuts="n"
            onClick={() => walk(1)}
          >
            <span className="sr-only sm:not-sr-only">{t('reader.alignment.next')}</span>
          </Button>
        </div>
      )}
    </div>
  );
}
