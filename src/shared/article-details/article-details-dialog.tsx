import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { getDb, setArticleDetails } from '@/db';
import { useArticleState } from '@/db/live';
import type { ArticleDetails } from '@/domain/annotations/types';
import {
  ARTICLE_DETAIL_FIELDS,
  checkDetails,
  resolveDetails,
  type DetailField,
  type DetailProblem,
  type DetailsInput,
  type ResolvedDetails,
} from '@/domain/article/details';
import { useT, type MessageId } from '@/shared/i18n';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { writeErrorText } from '@/shared/ui/error-text';
import { ModalDialog } from '@/shared/ui/modal-dialog';
import { Loading } from '@/shared/ui/states';

const PROBLEM_TEXT: Record<DetailProblem, MessageId> = {
  'date-format': 'library.details.problem.dateFormat',
  'date-calendar': 'library.details.problem.dateCalendar',
  'url-format': 'library.details.problem.urlFormat',
  'url-scheme': 'library.details.problem.urlScheme',
  'language-format': 'library.details.problem.languageFormat',
};

const HINTS: Partial<Record<DetailField, MessageId>> = {
  date: 'library.details.hint.date',
  language: 'library.details.hint.language',
  url: 'library.details.hint.url',
};

const INPUT_TYPE: Partial<Record<DetailField, string>> = { url: 'url' };

interface ArticleDetailsDialogProps {
  articleId: string;
  /** What the parser derived: the loaded article in the reader, its summary in the library. */
  input: DetailsInput;
  onClose: () => void;
}

/**
 * The article's details in a form: each field shows the reader's value or the derived one, with
 * a quiet "derived" mark and Confirm; an edited field is stored on Save (blank goes back to
 * derived) and "Reset to derived" forgets the reader's value. A date or address that cannot be
 * kept is marked with what to change, and everything typed stays in the form.
 */
export function ArticleDetailsDialog({ articleId, input, onClose }: ArticleDetailsDialogProps) {
  const t = useT();
  const state = useArticleState(articleId);
  return (
    <ModalDialog
      title={t('library.details.title')}
      closeLabel={t('library.details.close')}
      onClose={onClose}
      widthClass="w-[min(38rem,calc(100vw-1.5rem))]"
    >
      {state === undefined ? (
        <div className="p-5">
          <Loading label={t('library.details.loading')} />
        </div>
      ) : (
        <DetailsForm articleId={articleId} input={input} details={state.details} onDone={onClose} />
      )}
    </ModalDialog>
  );
}

type Drafts = Record<DetailField, string>;

function draftsOf(resolved: ResolvedDetails): Drafts {
  const drafts = {} as Drafts;
  for (const field of ARTICLE_DETAIL_FIELDS) drafts[field] = resolved[field].value ?? '';
  return drafts;
}

function DetailsForm(props: {
  articleId: string;
  input: DetailsInput;
  details: ArticleDetails | undefined;
  onDone: () => void;
}) {
  const { articleId, input, details, onDone } = props;
  const t = useT();
  const resolved = resolveDetails(input, details);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(resolved));
  const [problems, setProblems] = useState<Partial<Record<DetailField, DetailProblem>>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  const problemCount = Object.keys(problems).length;
  // After a refused Save, focus goes to the first marked field once the message above is drawn
  // (focusing before would leave the field where the message then pushes it, out of view).
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLInputElement>('[aria-invalid]')?.focus();
  }, [refusals]);

  const write = async (patch: Partial<Record<DetailField, string | undefined>>) => {
    setFailure(undefined);
    try {
      await setArticleDetails(await getDb(), articleId, patch);
      return true;
    } catch (err) {
      setFailure(writeErrorText(err));
      return false;
    }
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const patch: Partial<Record<DetailField, string | undefined>> = {};
    for (const field of ARTICLE_DETAIL_FIELDS) {
      const typed = drafts[field].trim();
      if (typed !== (resolved[field].value ?? '')) patch[field] = typed || undefined;
    }
    const found = checkDetails(
      Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? ''])),
    );
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setRefusals((n) => n + 1);
      return;
    }
    if (Object.keys(patch).length === 0) return onDone();
    setSaving(true);
    const ok = await write(patch);
    setSaving(false);
    if (ok) {
      showToast({ message: t('library.details.saved'), tone: 'info' });
      onDone();
    }
  };

  return (
    <form ref={form} noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col">
      <div className="max-h-[calc(100dvh-10rem)] space-y-4 overflow-y-auto px-5 py-4">
        <p className="text-sm text-ink-2">{t('library.details.intro')}</p>
        {resolved.agency && (
          <p className="rounded-lg bg-surface-2 px-3 py-2 text-sm text-ink-2">
            {t('library.details.agency', { agency: resolved.agency })}
          </p>
        )}
        {problemCount > 0 && (
          <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-ink">
            {t('library.details.invalid', { count: problemCount })}
          </p>
        )}
        {ARTICLE_DETAIL_FIELDS.map((field) => (
          <DetailRow
            key={field}
            field={field}
            inputId={`${id}-${field}`}
            value={drafts[field]}
            resolved={resolved}
            problem={problems[field]}
            lang={field === 'title' || field === 'author' ? input.language : undefined}
            onChange={(value) => {
              setDrafts((d) => ({ ...d, [field]: value }));
              if (problems[field]) setProblems(({ [field]: _gone, ...rest }) => rest);
            }}
            onConfirm={() => void write({ [field]: resolved.parser[field] })}
            onReset={async () => {
              if (await write({ [field]: undefined }))
                setDrafts((d) => ({ ...d, [field]: resolved.parser[field] ?? '' }));
            }}
          />
        ))}
      </div>
      <div className="flex flex-wrap items-center justify-end gap-2 border-t border-line px-5 py-3">
        {failure && (
          <p role="alert" className="mr-auto text-sm text-danger">
            {failure}
          </p>
        )}
        <Button compact variant="ghost" onClick={onDone}>
          {t('library.details.cancel')}
        </Button>
        <Button compact variant="primary" type="submit" disabled={saving}>
          {saving ? t('library.details.saving') : t('library.details.save')}
        </Button>
      </div>
    </form>
  );
}

function DetailRow(props: {
  field: DetailField;
  inputId: string;
  value: string;
  resolved: ResolvedDetails;
  problem?: DetailProblem;
  lang?: string;
  onChange: (value: string) => void;
  onConfirm: () => void;
  onReset: () => void;
}) {
  const { field, inputId, value, resolved, problem, lang, onChange, onConfirm, onReset } = props;
  const t = useT();
  const label = t(`library.details.field.${field}`);
  const { derived } = resolved[field];
  const parser = resolved.parser[field];
  const hint = HINTS[field];
  const noteId = `${inputId}-note`;
  // Confirm stores the derived value as it is; once it is edited, Save stores the edit.
  const canConfirm = derived && parser !== undefined && value.trim() === parser;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={inputId} className="text-sm font-medium text-ink">
          {label}
        </label>
        {derived && parser !== undefined && (
          <span className="rounded-full border border-line px-2 text-xs text-muted">
            {t('library.details.derived')}
          </span>
        )}
        {!derived && (
          <span className="rounded-full bg-accent-soft px-2 text-xs text-accent">
            {t('library.details.yours')}
          </span>
        )}
      </div>
      <div className="mt-1 flex gap-2">
        <input
          id={inputId}
          name={field}
          type={INPUT_TYPE[field] ?? 'text'}
          lang={lang}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={noteId}
          autoComplete="off"
          spellCheck={field === 'title' || field === 'author'}
          className={`h-9 min-w-0 flex-1 rounded-lg border bg-surface px-2.5 text-sm text-ink ${
            problem ? 'border-danger' : 'border-line'
          } ${derived && value.trim() === parser ? 'text-ink-2' : ''}`}
        />
        {canConfirm && (
          <Button
            compact
            icon="check"
            onClick={onConfirm}
            aria-label={t('library.details.confirmLabel', { field: label, value: parser })}
          >
            {t('library.details.confirm')}
          </Button>
        )}
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 text-xs">
        <span id={noteId} className="flex flex-wrap gap-x-3">
          {problem ? (
            <span className="text-danger">{t(PROBLEM_TEXT[problem])}</span>
          ) : (
            hint && <span className="text-muted">{t(hint)}</span>
          )}
          {!derived && (
            <span className="text-muted">
              {parser !== undefined
                ? t('library.details.parserValue', { value: parser })
                : t('library.details.parserNone')}
            </span>
          )}
        </span>
        {!derived && (
          <button
            type="button"
            onClick={onReset}
            aria-label={t('library.details.resetLabel', { field: label })}
            className="text-accent underline-offset-2 hover:underline"
          >
            {t('library.details.reset')}
          </button>
        )}
      </div>
    </div>
  );
}
