import { useState } from 'react';
import { useLocation } from 'wouter';
import { decodeArticleBytes, parseArticle, summarizeArticle } from '@/domain/article';
import { addUserArticle, getDb } from '@/db';
import { useT } from '@/shared/i18n';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { writeErrorText } from '@/shared/ui/error-text';
import { ModalDialog } from '@/shared/ui/modal-dialog';
import { articleErrorMessage } from '@/shared/article-error-message';
import { htmlToArticleText, isHtmlFile } from './html-article';
import { readerHref } from '@/shared/paths';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/**
 * Adds the user's own articles: drop or pick .txt/.md files or saved web pages (.html), or paste
 * text (rich text from a browser is read like a web page). Each is parsed like a seed and kept in
 * this browser; a file that cannot be read is refused with the reason.
 */
export default function AddArticleDialog({ onClose }: { onClose: () => void }) {
  const [, navigate] = useLocation();
  const [pasted, setPasted] = useState('');
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const t = useT();
  const problem = (file: string, text: string) => t('library.add.problem', { file, problem: text });

  const add = async (
    items: Array<{ fileName: string; bytes?: ArrayBuffer; text?: string; html?: boolean }>,
  ) => {
    setBusy(true);
    const errors: string[] = [];
    let lastId: string | undefined;
    for (const item of items) {
      const decoded =
        item.text !== undefined
          ? { ok: true as const, text: item.text }
          : decodeArticleBytes(item.bytes ?? new ArrayBuffer(0));
      if (!decoded.ok) {
        errors.push(problem(item.fileName, articleErrorMessage(t, decoded.error, 'added')));
        continue;
      }
      if (item.html) {
        const page = htmlToArticleText(decoded.text);
        if (!page) {
          errors.push(problem(item.fileName, t('library.add.noTextInPage')));
          continue;
        }
        decoded.text = page.text;
      }
      const parsed = parseArticle('new', decoded.text);
      if (!parsed.ok) {
        errors.push(problem(item.fileName, articleErrorMessage(t, parsed.error, 'added')));
        continue;
      }
      try {
        const saved = await addUserArticle(await getDb(), {
          fileName: item.fileName,
          raw: decoded.text,
          summary: summarizeArticle(parsed.article),
        });
        lastId = saved.id;
      } catch (err) {
        errors.push(problem(item.fileName, writeErrorText(err)));
      }
    }
    setBusy(false);
    setProblems(errors);
    const added = items.length - errors.length;
    if (added > 0) {
      showToast({ tone: 'info', message: t('library.add.added', { count: added }) });
      if (errors.length === 0) {
        onClose();
        if (added === 1 && lastId) navigate(readerHref(lastId));
      }
    }
  };

  const addFiles = async (files: FileList | File[]) => {
    const list = Array.from(files);
    await add(
      await Promise.all(
        list.map(async (f) => ({
          fileName: f.name,
          bytes: await f.arrayBuffer(),
          html: isHtmlFile(f.name, f.type),
        })),
      ),
    );
  };

  return (
    <ModalDialog
      title={t('library.add.title')}
      closeLabel={t('library.add.close')}
      onClose={onClose}
      widthClass="w-[min(40rem,calc(100vw-2rem))]"
    >
      <div className="space-y-4 px-5 py-4">
        <label
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void addFiles(e.dataTransfer.files);
          }}
          className={`flex cursor-pointer flex-col items-center gap-1 rounded-xl border-2 border-dashed p-6 text-center text-sm ${
            dragging ? 'border-accent bg-accent-soft' : 'border-line text-ink-2'
          }`}
        >
          <span className="font-medium text-ink">{t('library.add.drop')}</span>
          <span>{t('library.add.dropHint')}</span>
          <input
            type="file"
            accept={ACCEPT}
            multiple
            className="sr-only"
            onChange={(e) => e.target.files && void addFiles(e.target.files)}
          />
        </label>
        <div className="space-y-2">
          <label className="block text-sm font-medium" htmlFor="paste-article">
            {t('library.add.pasteLabel')}
          </label>
          <textarea
            id="paste-article"
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            onPaste={(e) => {
              // Rich text from a browser: the article in it, as text (never as markup).
              const html = e.clipboardData.getData('text/html');
              const page = html ? htmlToArticleText(html) : undefined;
              if (!page) return;
              e.preventDefault();
              setPasted(page.text);
              if (!name.trim() && page.title) setName(page.title);
            }}
            rows={6}
            className="w-full rounded-lg border border-line bg-paper p-2 font-serif text-sm text-ink"
            placeholder={t('library.add.pastePlaceholder')}
          />
          <div className="flex flex-wrap items-end gap-2">
            <label className="flex-1 text-sm">
              <span className="block text-ink-2">{t('library.add.name')}</span>
              <input
                value={name}
                onChange={(e) => setName(e.target.value)}
                className="mt-1 h-9 w-full rounded-lg border border-line bg-paper px-2 text-sm"
              />
            </label>
            <Button
              variant="primary"
              disabled={busy || pasted.trim() === ''}
              onClick={() =>
                void add([{ fileName: name.trim() || t('library.add.pastedName'), text: pasted }])
              }
            >
              {t('library.add.addPasted')}
            </Button>
          </div>
        </div>
        {problems.length > 0 && (
          <div role="alert" className="rounded-lg bg-danger-soft p-3 text-sm">
            <p className="font-medium">{t('library.add.notAdded')}</p>
            <ul className="mt-1 list-disc pl-5 text-ink-2">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <p className="text-xs text-muted">{t('library.add.footer')}</p>
      </div>
    </ModalDialog>
  );
}
