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
  listAllLinks,
  listArticleStates,
  listColors,
  listTags,
  setMeta,
} from '@/db';
import { useManifest } from '@/shared/queries/articles';
import { useArticleStates, useTags } from '@/db/live';
import { writeErrorText } from '@/shared/ui/error-text';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { downloadText } from '@/shared/download';
import { annotationArticles } from './export-articles';
import { buildSheet, sheetLabels, type SheetScope } from './sheet';
import { currentLocale, t as translate, useT, type MessageId } from '@/shared/i18n';

/** Files out: a Markdown study sheet, a complete JSON backup, W3C Web Annotations. */
export function ExportSection() {
  const manifest = useManifest();
  const t = useT();
  const tags = useTags() ?? [];
  const states = useArticleStates();
  const [scope, setScope] = useState('all');
  const entries = (manifest.data?.articles ?? []).filter((e) => e.summary);
  // Titles as the library shows them (the reader's over the derived ones).
  const titles = new Map(
    annotationArticles(entries, Object.values(states ?? {})).map((a) => [a.id, a.title]),
  );

  const run = async (failed: MessageId, job: () => Promise<void>) => {
    try {
      await job();
    } catch (err) {
      showToast({ tone: 'error', message: translate(failed, { reason: writeErrorText(err) }) });
    }
  };

  const sheet = () =>
    run('transfer.export.failed.sheet', async () => {
      const db = await getDb();
      const [highlights, states, allTags, colors, links] = await Promise.all([
        listAllHighlights(db),
        listArticleStates(db),
        listTags(db),
        listColors(db),
        listAllLinks(db),
      ]);
      const [kind, id = ''] = scope.split(':');
      const parsed: SheetScope =
        kind === 'article' || kind === 'tag' ? { kind, id } : { kind: 'all' };
      const now = new Date();
      const input = buildSheet({
        scope: parsed,
        entries,
        highlights,
        links,
        states,
        tags: allTags,
        colors,
        now,
        t: translate,
      });
      const name =
        parsed.kind === 'tag'
          ? sheetFileName('tag', allTags.find((tag) => tag.id === id)?.name ?? '', now)
          : parsed.kind === 'article'
            ? sheetFileName('article', input.articles.find((a) => a.id === id)?.title ?? id, now)
            : sheetFileName('notebook', 'all', now);
      const markdown = toMarkdownSheet(input, sheetLabels(translate, currentLocale()));
      downloadText(name, markdown, 'text/markdown;charset=utf-8');
    });

  const backup = () =>
    run('transfer.export.failed.backup', async () => {
      const now = new Date();
      const data = await exportBackup(await getDb(), now);
      downloadText(backupFileName(now), JSON.stringify(data, null, 1), 'application/json');
      await setMeta(await getDb(), 'lastExportAt', now.toISOString());
      showToast({ tone: 'info', message: translate('transfer.export.backupSaved') });
    });

  const annotations = () =>
    run('transfer.export.failed.annotations', async () => {
      const db = await getDb();
      const [highlights, allTags, colors, links, states] = await Promise.all([
        listAllHighlights(db),
        listTags(db),
        listColors(db),
        listAllLinks(db),
        listArticleStates(db),
      ]);
      // Title and outlet as the app shows them (the reader's details over the derived values).
      const articles = annotationArticles(entries, states);
      const json = toWebAnnotations(highlights, allTags, colors, articles, window.location.origin, {
        links,
        id: `urn:uuid:${crypto.randomUUID()}`,
      });
      const now = new Date();
      downloadText(annotationsFileName(now), JSON.stringify(json, null, 1), 'application/ld+json');
    });

  return (
    <section aria-labelledby="export-heading" className="space-y-4">
      <h2 id="export-heading" className="text-lg font-semibold text-ink">
        {t('transfer.export.heading')}
      </h2>
      <div className="space-y-2 rounded-xl border border-line bg-surface p-4">
        <h3 className="font-medium text-ink">{t('transfer.export.sheet.heading')}</h3>
        <p className="text-sm text-ink-2">{t('transfer.export.sheet.description')}</p>
        <div className="flex flex-wrap items-center gap-2">
          <label className="sr-only" htmlFor="sheet-scope">
            {t('transfer.export.sheet.scope')}
          </label>
          <select
            id="sheet-scope"
            value={scope}
            onChange={(e) => setScope(e.target.value)}
            className="h-9 min-w-0 flex-1 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
          >
            <option value="all">{t('transfer.export.sheet.all')}</option>
            <optgroup label={t('transfer.export.sheet.oneArticle')}>
              {entries.map((e) => (
                <option key={e.id} value={`article:${e.id}`}>
                  {titles.get(e.id) ?? e.summary?.title}
                </option>
              ))}
            </optgroup>
            {tags.length > 0 && (
              <optgroup label={t('transfer.export.sheet.oneTag')}>
                {tags.map((tag) => (
                  <option key={tag.id} value={`tag:${tag.id}`}>
                    {tag.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          <Button compact onClick={() => void sheet()}>
            {t('transfer.export.sheet.download')}
          </Button>
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-2 rounded-xl border border-line bg-surface p-4">
          <h3 className="font-medium text-ink">{t('transfer.export.backup.heading')}</h3>
          <p className="text-sm text-ink-2">{t('transfer.export.backup.description')}</p>
          <Button compact wrap variant="primary" onClick={() => void backup()}>
            {t('transfer.export.backup.download')}
          </Button>
        </div>
        <div className="space-y-2 rounded-xl border border-line bg-surface p-4">
          <h3 className="font-medium text-ink">{t('transfer.export.annotations.heading')}</h3>
          <p className="text-sm text-ink-2">{t('transfer.export.annotations.description')}</p>
          <Button compact wrap onClick={() => void annotations()}>
            {t('transfer.export.annotations.download')}
          </Button>
        </div>
      </div>
    </section>
  );
}
