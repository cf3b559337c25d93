import { useState } from 'react';
import { countUserArticleAnnotations, deleteUserArticle, getDb, restoreUserArticle } from '@/db';
import { t as translate, useT } from '@/shared/i18n';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { writeErrorText } from '@/shared/ui/error-text';

/** Removes an article the user added, after saying how many highlights go with it; with Undo. */
export function RemoveArticleButton({ id, title }: { id: string; title: string }) {
  const [confirming, setConfirming] = useState<number>();
  const t = useT();
  if (confirming !== undefined) {
    return (
      <span
        role="group"
        aria-label={t('library.remove.group', { title })}
        className="flex items-center gap-1.5 text-xs text-ink-2"
      >
        {t('library.remove.question', { count: confirming })}
        <Button
          compact
          variant="danger"
          onClick={async () => {
            try {
              const { removed } = await deleteUserArticle(await getDb(), id);
              showToast({
                tone: 'info',
                message: translate('library.remove.done', { title }),
                action: removed && {
                  label: translate('library.remove.undo'),
                  run: async () => {
                    try {
                      await restoreUserArticle(await getDb(), removed);
                      showToast({
                        tone: 'info',
                        message: translate('library.remove.restored', { title }),
                      });
                    } catch (err) {
                      showToast({ tone: 'error', message: writeErrorText(err) });
                    }
                  },
                },
              });
            } catch (err) {
              showToast({ tone: 'error', message: writeErrorText(err) });
            }
          }}
        >
          {t('library.remove.confirm')}
        </Button>
        <Button compact variant="ghost" onClick={() => setConfirming(undefined)}>
          {t('library.remove.keep')}
        </Button>
      </span>
    );
  }
  return (
    <Button
      compact
      variant="ghost"
      icon="trash"
      aria-label={t('library.remove.button', { title })}
      onClick={async () => setConfirming(await countUserArticleAnnotations(await getDb(), id))}
    />
  );
}
