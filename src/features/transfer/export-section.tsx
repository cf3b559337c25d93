import { useState } from 'react';
import {
  annotationsFileName,
  backupFileName,
  sheetFileName,
  toMarkdownSheet,
  toWebAnnotations,
} from '@/domain/transfer';
import { exportBackup } from '@/db/transfer-repo';
import {
  getDb,
  listAllHighlights,
  listArticleStates,
  listColors,
  listTags,
  setMeta,
  writeErrorMessage,
} from '@/db';
import { useManifest } from '@/shared/queries/articles';
import { useTags } from '@/db/live';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { downloadText } from './download';
import { buildSheet, type SheetScope } from './sheet';

/** Files out: a Markdown study sheet, a complete JSON backup, W3C Web Annotations. */
export function ExportSection() {
  const manifest = useManifest();
  const tags = useTags() ?? [];
  const [scope, setScope] = useState('all');
  const entries = (manifest.data?.articles ?? []).filter((e) => e.summary);

  const run = async (what: string, job: () => Promise<void>) => {
    try {
      await job();
    } catch (err) {
      showToast({ tone: 'error', message: `${what} failed: ${writeErrorMessage(err)}` });
    }
  };

  const sheet = () =>
    run('The study sheet', async () => {
      const db = getDb();
      const [highlights, states, allTags, colors] = await Promise.all([
        listAllHighlights(db),
        listArticleStates(db),
        listTags(db),
        listColors(db),
      ]);
      const [kind, id = ''] = scope.split(':');
      const parsed: SheetScope =
        kind === 'article' || kind === 'tag' ? { kind, id } : { kind: 'all' };
      const now = new Date();
      const input = buildSheet({
        scope: parsed,
        entries,
        highlights,
        states,
        tags: allTags,
        colors,
        now,
      });
      const name =
        parsed.kind === 'tag'
          ? sheetFileName('tag', allTags.find((t) => t.id === id)?.name ?? '', now)
          : parsed.kind === 'article'
            ? sheetFileName('article', entries.find((e) => e.id === id)?.summary?.title ?? id, now)
            : sheetFileName('notebook', 'all', now);
      downloadText(name, toMarkdownSheet(input), 'text/markdown;charset=utf-8');
    });

  const backup = () =>
    run('The backup', async () => {
      const now = new Date();
      const data = await exportBackup(getDb(), now);
      downloadText(backupFileName(now), JSON.stringify(data, null, 1), 'application/json');
      await setMeta(getDb(), 'lastExportAt', now.toISOString());
      showToast({ tone: 'info', message: 'Backup saved. Keep the file somewhere safe.' });
    });

  const annotations = () =>
    run('The export', async () => {
      const db = getDb();
      const [highlights, allTags, colors] = await Promise.all([
        listAllHighlights(db),
        listTags(db),
        listColors(db),
      ]);
      const articles = entries.map((e) => ({
        id: e.id,
        title: e.summary?.title ?? e.file,
        source: e.summary?.source,
      }));
      const json = toWebAnnotations(highlights, allTags, colors, articles, window.location.origin);
      const now = new Date();
      downloadText(annotationsFileName(now), JSON.stringify(json, null, 1), 'application/ld+json');
    });

  return (
    <section aria-labelledby="export-heading" className="space-y-4">
      <h2 id="export-heading" className="text-lg font-semibold text-ink">
        Export
      </h2>
      <div className="space-y-2 rounded-xl border border-line bg-surface p-4">
        <h3 className="font-medium text-ink">Markdown study sheet</h3>
        <p className="text-sm text-ink-2">
          Quotes, notes and tags with source and date, to print or share.
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <label className="sr-only" htmlFor="sheet-scope">
            What the sheet covers
          </label>
          <select
            id="sheet-scope"
            value={scope}
            onChange={(e) => setScope(e.target.value)}
            className="h-9 min-w-0 flex-1 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
          >
            <option value="all">Everything</option>
            <optgroup label="One article">
              {entries.map((e) => (
                <option key={e.id} value={`article:${e.id}`}>
                  {e.summary?.title}
                </option>
              ))}
            </optgroup>
            {tags.length > 0 && (
              <optgroup label="One tag">
                {tags.map((t) => (
                  <option key={t.id} value={`tag:${t.id}`}>
                    {t.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          <Button compact onClick={() => void sheet()}>
            Download sheet (.md)
          </Button>
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-2 rounded-xl border border-line bg-surface p-4">
          <h3 className="font-medium text-ink">Complete backup</h3>
          <p className="text-sm text-ink-2">
            Everything you made, in Sidenote’s versioned JSON format. Import it here or in another
            browser.
          </p>
          <Button compact variant="primary" onClick={() => void backup()}>
            Download backup (.json)
          </Button>
        </div>
        <div className="space-y-2 rounded-xl border border-line bg-surface p-4">
          <h3 className="font-medium text-ink">Web Annotations</h3>
          <p className="text-sm text-ink-2">
            Your highlights as W3C Web Annotation JSON-LD, for other annotation tools.
          </p>
          <Button compact onClick={() => void annotations()}>
            Download annotations (.jsonld)
          </Button>
        </div>
      </div>
    </section>
  );
}
