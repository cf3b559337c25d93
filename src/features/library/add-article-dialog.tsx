import { useState } from 'react';
import { useLocation } from 'wouter';
import {
  addedFileMessage,
  decodeArticleBytes,
  parseArticle,
  summarizeArticle,
} from '@/domain/article';
import { addUserArticle, getDb, writeErrorMessage } from '@/db';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { ModalDialog } from '@/shared/ui/modal-dialog';
import { htmlToArticleText, isHtmlFile } from './html-article';
import { readerHref } from '@/shared/paths';

const NO_TEXT_IN_PAGE =
  'No article text was found in this web page. Open it in a browser, select the article and paste it below.';

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
        errors.push(`${item.fileName}: ${addedFileMessage(decoded.error)}`);
        continue;
      }
      if (item.html) {
        const page = htmlToArticleText(decoded.text);
        if (!page) {
          errors.push(`${item.fileName}: ${NO_TEXT_IN_PAGE}`);
          continue;
        }
        decoded.text = page.text;
      }
      const parsed = parseArticle('new', decoded.text);
      if (!parsed.ok) {
        errors.push(`${item.fileName}: ${addedFileMessage(parsed.error)}`);
        continue;
      }
      try {
        const saved = await addUserArticle(getDb(), {
          fileName: item.fileName,
          raw: decoded.text,
          summary: summarizeArticle(parsed.article),
        });
        lastId = saved.id;
      } catch (err) {
        errors.push(`${item.fileName}: ${writeErrorMessage(err)}`);
      }
    }
    setBusy(false);
    setProblems(errors);
    const added = items.length - errors.length;
    if (added > 0) {
      showToast({
        tone: 'info',
        message: added === 1 ? 'Article added to your library' : `${added} articles added`,
      });
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
      title="Add your own article"
      closeLabel="Close"
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
          <span className="font-medium text-ink">
            Drop .txt, .md or saved web pages (.html) here, or choose files
          </span>
          <span>
            Plain UTF-8 text, where a first short line becomes the title; from a web page, the
            article is taken with its title, author and date.
          </span>
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
            …or paste the text (copied from a browser, the page’s article is kept)
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
            placeholder="Titel&#10;&#10;Erster Absatz…"
          />
          <div className="flex flex-wrap items-end gap-2">
            <label className="flex-1 text-sm">
              <span className="block text-ink-2">Name (optional)</span>
              <input
                value={name}
                onChange={(e) => setName(e.target.value)}
                className="mt-1 h-9 w-full rounded-lg border border-line bg-paper px-2 text-sm"
              />
            </label>
            <Button
              variant="primary"
              disabled={busy || pasted.trim() === ''}
              onClick={() => void add([{ fileName: name.trim() || 'Pasted text', text: pasted }])}
            >
              Add pasted text
            </Button>
          </div>
        </div>
        {problems.length > 0 && (
          <div role="alert" className="rounded-lg bg-danger-soft p-3 text-sm">
            <p className="font-medium">Not added:</p>
            <ul className="mt-1 list-disc pl-5 text-ink-2">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <p className="text-xs text-muted">
          Added articles are kept in this browser with your notes, and can be removed from their
          card.
        </p>
      </div>
    </ModalDialog>
  );
}
