import { useState } from 'react';
import {
  IMPORT_LIMITS,
  fromWebAnnotations,
  megabytes,
  parseBackup,
  type Backup,
  type ImportDrop,
  type ImportPreview,
  type ImportResult,
  type ImportStrategy,
  type TransferError,
} from '@/domain/transfer';
import { getDb } from '@/db';
import { writeErrorText } from '@/shared/ui/error-text';
import {
  applyImport,
  backupParseOptions,
  previewImport,
  webAnnotationParseOptions,
} from '@/db/transfer-repo';
import { useManifest } from '@/shared/queries/articles';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { t as translate, useT } from '@/shared/i18n';
import { countsText, droppedText, previewText, transferErrorText } from './words';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; errors: TransferError[] }
  | {
      kind: 'preview';
      name: string;
      backup: Backup;
      preview: ImportPreview;
      /** What the file holds that will not be imported, and why. */
      dropped: ImportDrop[];
    }
  | { kind: 'writing'; name: string; done: number; total: number };

/**
 * Files in, along one path: read → check → preview → write in one transaction. A file with any
 * problem is refused whole with what and where; the database is not touched.
 */
export function ImportSection() {
  const manifest = useManifest();
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [strategy, setStrategy] = useState<ImportStrategy>('keep-newer');

  const read = async (file: File) => {
    setStep({ kind: 'reading', name: file.name });
    if (file.size > IMPORT_LIMITS.fileChars) {
      setStep({
        kind: 'refused',
        name: file.name,
        errors: [
          {
            path: '',
            code: 'fileTooLarge',
            params: { size: megabytes(file.size), limit: megabytes(IMPORT_LIMITS.fileChars) },
          },
        ],
      });
      return;
    }
    try {
      const text = await file.text();
      const db = await getDb();
      let dropped: ImportDrop[] = [];
      let result: ImportResult;
      if (/"format"\s*:\s*"sidenote-backup"/.test(text.slice(0, 2000))) {
        result = parseBackup(text, await backupParseOptions(db));
      } else {
        const annotations = fromWebAnnotations(text, {
          articleIds: manifest.data?.articles.map((a) => a.id),
          ...(await webAnnotationParseOptions(db)),
        });
        if (annotations.ok) dropped = annotations.dropped;
        result = annotations;
      }
      if (!result.ok) {
        setStep({ kind: 'refused', name: file.name, errors: result.errors });
        return;
      }
      const preview = await previewImport(db, result.backup, { strategy });
      setStep({ kind: 'preview', name: file.name, backup: result.backup, preview, dropped });
    } catch (err) {
      setStep({
        kind: 'refused',
        name: file.name,
        errors: [{ path: '', code: 'other', params: { message: writeErrorText(err) } }],
      });
    }
  };

  const write = async (backup: Backup, name: string) => {
    setStep({ kind: 'writing', name, done: 0, total: 1 });
    try {
      const outcome = await applyImport(await getDb(), backup, {
        strategy,
        onProgress: (done, total) => setStep({ kind: 'writing', name, done, total }),
      });
      setStep({ kind: 'idle' });
      // A toast outlives this render: worded in the language of the moment it appears.
      const written = countsText(outcome.written, outcome.writtenArticleParts, translate);
      showToast({
        tone: 'info',
        message: written
          ? translate('transfer.import.done', { items: written })
          : translate('transfer.import.nothingNew'),
      });
    } catch (err) {
      setStep({
        kind: 'refused',
        name,
        errors: [
          {
            path: '',
            code: 'other',
            params: {
              message: translate('transfer.import.notImported', {
                reason: writeErrorText(err),
              }),
            },
          },
        ],
      });
    }
  };

  return (
    <section aria-labelledby="import-heading" className="space-y-4">
      <h2 id="import-heading" className="text-lg font-semibold text-ink">
        {t('transfer.import.heading')}
      </h2>
      <div className="space-y-3 rounded-xl border border-line bg-surface p-4">
        <p className="text-sm text-ink-2">{t('transfer.import.description')}</p>
        <label className="block text-sm font-medium text-ink">
          {t('transfer.import.choose')}
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            disabled={step.kind === 'reading' || step.kind === 'writing'}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void read(file);
            }}
            className="mt-1 block w-full text-sm text-ink-2 file:mr-3 file:rounded-lg file:border file:border-line file:bg-surface-2 file:px-3 file:py-1.5 file:text-ink"
          />
        </label>
        {step.kind === 'reading' && (
          <p role="status">{t('transfer.import.checking', { name: step.name })}</p>
        )}
        {step.kind === 'refused' && (
          <div role="alert" className="rounded-lg bg-danger-soft p-3 text-sm">
            <p className="font-medium text-ink">
              {t('transfer.import.refused', { name: step.name })}
            </p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-ink-2">
              {step.errors.map((e, i) => (
                <li key={i}>
                  {e.path && <code className="mr-1 text-xs">{e.path}</code>}
                  {transferErrorText(e, t)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {step.kind === 'preview' && (
          <div
            className="space-y-2 rounded-lg border border-accent/40 bg-accent-soft p-3 text-sm"
            aria-label={t('transfer.import.preview.label')}
            role="region"
          >
            <p className="font-medium text-ink">
              {t('transfer.import.preview.summary', {
                name: step.name,
                text: previewText(step.preview, t),
              })}
            </p>
            {step.dropped.map((drop) => (
              <p key={drop.code} className="text-ink-2">
                {droppedText(drop, t)}
              </p>
            ))}
            {step.preview.conflicts.length > 0 && (
              <fieldset className="space-y-1">
                <legend className="text-ink-2">{t('transfer.import.strategy.legend')}</legend>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    checked={strategy === 'keep-newer'}
                    onChange={() => setStrategy('keep-newer')}
                  />
                  {t('transfer.import.strategy.keepNewer')}
                </label>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    checked={strategy === 'theirs'}
                    onChange={() => setStrategy('theirs')}
                  />
                  {t('transfer.import.strategy.theirs')}
                </label>
              </fieldset>
            )}
            <div className="flex gap-2">
              <Button compact variant="primary" onClick={() => void write(step.backup, step.name)}>
                {t('transfer.import.import')}
              </Button>
              <Button compact variant="ghost" onClick={() => setStep({ kind: 'idle' })}>
                {t('transfer.import.cancel')}
              </Button>
            </div>
          </div>
        )}
        {step.kind === 'writing' && (
          <div role="status" className="space-y-1 text-sm">
            <p>{t('transfer.import.importing', { name: step.name })}</p>
            <progress
              className="w-full"
              max={step.total}
              value={step.done}
              aria-label={t('transfer.import.progress')}
            />
          </div>
        )}
      </div>
    </section>
  );
}
