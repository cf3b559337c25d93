import { useState } from 'react';
import {
  IMPORT_LIMITS,
  countOf,
  describeCounts,
  formatMegabytes,
  fromWebAnnotations,
  parseBackup,
  type Backup,
  type ImportPreview,
  type ImportResult,
  type ImportStrategy,
  type TransferError,
} from '@/domain/transfer';
import { getDb, writeErrorMessage } from '@/db';
import { applyImport, backupParseOptions, previewImport } from '@/db/transfer-repo';
import { useManifest } from '@/shared/queries/articles';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; errors: TransferError[] }
  | { kind: 'preview'; name: string; backup: Backup; preview: ImportPreview }
  | { kind: 'writing'; name: string; done: number; total: number };

function previewText(preview: ImportPreview): string {
  const added = describeCounts(preview.new, preview.articleParts.new);
  const updated = describeCounts(preview.updated, preview.articleParts.updated);
  const conflicts = preview.conflicts.length;
  return [
    added ? `${added} to add` : 'nothing new to add',
    updated && `${updated} to update`,
    conflicts > 0 && countOf(conflicts, 'conflict', 'conflicts'),
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * Files in, along one path: read → check → preview → write in one transaction. A file with any
 * problem is refused whole with what and where; the database is not touched.
 */
export function ImportSection() {
  const manifest = useManifest();
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
            message: `This file is too large to import (${formatMegabytes(file.size)}; the limit is ${formatMegabytes(IMPORT_LIMITS.fileChars)}).`,
          },
        ],
      });
      return;
    }
    try {
      const text = await file.text();
      const db = getDb();
      const result: ImportResult = /"format"\s*:\s*"sidenote-backup"/.test(text.slice(0, 2000))
        ? parseBackup(text, await backupParseOptions(db))
        : fromWebAnnotations(text, { articleIds: manifest.data?.articles.map((a) => a.id) });
      if (!result.ok) {
        setStep({ kind: 'refused', name: file.name, errors: result.errors });
        return;
      }
      const preview = await previewImport(db, result.backup, { strategy });
      setStep({ kind: 'preview', name: file.name, backup: result.backup, preview });
    } catch (err) {
      setStep({
        kind: 'refused',
        name: file.name,
        errors: [{ path: '', message: writeErrorMessage(err) }],
      });
    }
  };

  const write = async (backup: Backup, name: string) => {
    setStep({ kind: 'writing', name, done: 0, total: 1 });
    try {
      const outcome = await applyImport(getDb(), backup, {
        strategy,
        onProgress: (done, total) => setStep({ kind: 'writing', name, done, total }),
      });
      setStep({ kind: 'idle' });
      const written = describeCounts(outcome.written, outcome.writtenArticleParts);
      showToast({
        tone: 'info',
        message: written ? `Imported ${written}.` : 'Nothing new in that file.',
      });
    } catch (err) {
      setStep({
        kind: 'refused',
        name,
        errors: [{ path: '', message: `Nothing was imported: ${writeErrorMessage(err)}` }],
      });
    }
  };

  return (
    <section aria-labelledby="import-heading" className="space-y-4">
      <h2 id="import-heading" className="text-lg font-semibold text-ink">
        Import
      </h2>
      <div className="space-y-3 rounded-xl border border-line bg-surface p-4">
        <p className="text-sm text-ink-2">
          A Sidenote backup (.json) or W3C Web Annotations (.jsonld). Records with the same id are
          merged; you see what will change before anything is written.
        </p>
        <label className="block text-sm font-medium text-ink">
          Choose a file to import
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
        {step.kind === 'reading' && <p role="status">Checking “{step.name}”…</p>}
        {step.kind === 'refused' && (
          <div role="alert" className="rounded-lg bg-danger-soft p-3 text-sm">
            <p className="font-medium text-ink">
              “{step.name}” was not imported. Your data is unchanged.
            </p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-ink-2">
              {step.errors.map((e, i) => (
                <li key={i}>
                  {e.path && <code className="mr-1 text-xs">{e.path}</code>}
                  {e.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {step.kind === 'preview' && (
          <div
            className="space-y-2 rounded-lg border border-accent/40 bg-accent-soft p-3 text-sm"
            aria-label="Import preview"
            role="region"
          >
            <p className="font-medium text-ink">
              “{step.name}”: {previewText(step.preview)}.
            </p>
            {step.preview.conflicts.length > 0 && (
              <fieldset className="space-y-1">
                <legend className="text-ink-2">Where the file and this browser differ:</legend>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    checked={strategy === 'keep-newer'}
                    onChange={() => setStrategy('keep-newer')}
                  />
                  Keep the newer copy (recommended)
                </label>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    checked={strategy === 'theirs'}
                    onChange={() => setStrategy('theirs')}
                  />
                  Use the file’s copy
                </label>
              </fieldset>
            )}
            <div className="flex gap-2">
              <Button compact variant="primary" onClick={() => void write(step.backup, step.name)}>
                Import
              </Button>
              <Button compact variant="ghost" onClick={() => setStep({ kind: 'idle' })}>
                Cancel
              </Button>
            </div>
          </div>
        )}
        {step.kind === 'writing' && (
          <div role="status" className="space-y-1 text-sm">
            <p>Importing “{step.name}”…</p>
            <progress
              className="w-full"
              max={step.total}
              value={step.done}
              aria-label="Import progress"
            />
          </div>
        )}
      </div>
    </section>
  );
}
