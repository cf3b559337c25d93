import { useState } from 'react';
import {
  countUserArticleAnnotations,
  deleteUserArticle,
  getDb,
  restoreUserArticle,
  writeErrorMessage,
} from '@/db';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';

/** Removes an article the user added, after saying how many highlights go with it; with Undo. */
export function RemoveArticleButton({ id, title }: { id: string; title: string }) {
  const [confirming, setConfirming] = useState<number>();
  if (confirming !== undefined) {
    return (
      <span
        role="group"
        aria-label={`Remove “${title}”?`}
        className="flex items-center gap-1.5 text-xs text-ink-2"
      >
        {confirming === 0
          ? 'Remove it?'
          : `Remove it and its ${confirming} ${confirming === 1 ? 'highlight' : 'highlights'}?`}
        <Button
          compact
          variant="danger"
          onClick={async () => {
            try {
              const { removed } = await deleteUserArticle(getDb(), id);
              showToast({
                tone: 'info',
                message: `“${title}” removed`,
                action: removed && {
                  label: 'Undo',
                  run: async () => {
                    try {
                      await restoreUserArticle(getDb(), removed);
                      showToast({ tone: 'info', message: `“${title}” is back` });
                    } catch (err) {
                      showToast({ tone: 'error', message: writeErrorMessage(err) });
                    }
                  },
                },
              });
            } catch (err) {
              showToast({ tone: 'error', message: writeErrorMessage(err) });
            }
          }}
        >
          Remove
        </Button>
        <Button compact variant="ghost" onClick={() => setConfirming(undefined)}>
          Keep
        </Button>
      </span>
    );
  }
  return (
    <Button
      compact
      variant="ghost"
      icon="trash"
      aria-label={`Remove “${title}” from the library`}
      onClick={async () => setConfirming(await countUserArticleAnnotations(getDb(), id))}
    />
  );
}
