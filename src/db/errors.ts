/**
 * Turning storage failures into something the user can act on. Writes are awaited and their
 * failure shown; the text the user typed stays on screen until it is saved.
 */

export type DbErrorKind = 'quota' | 'closed' | 'version' | 'unknown';

export interface ClassifiedDbError {
  /** What went wrong. The interface says it in its language by this: `app.dbError.<kind>`. */
  kind: DbErrorKind;
  /**
   * The English text for logs and tests. On screen, use the interface's `dbErrorText(err)` /
   * `writeErrorText(err)` (src/shared/ui/error-text.ts), which translate by `kind`.
   */
  message: string;
}

/** English, as locales/en/app.json has it under `dbError.<kind>` (a test keeps them equal). */
export const DB_ERROR_MESSAGES: Readonly<Record<DbErrorKind, string>> = {
  quota:
    "Your browser's storage for Sidenote is full. Free some space (export and delete old highlights, or clear other sites' data), then save again. Your text is still here.",
  closed:
    'Sidenote was updated or its data was cleared in another tab, so this tab can no longer save. Copy any text you have not saved yet, then reload this page.',
  version:
    'Your saved data was written by a newer version of Sidenote than the one in this tab. Copy any text you have not saved yet, then reload this page to get the newer version.',
  unknown:
    "Sidenote couldn't read or save your data in this browser's storage. Try again; if it keeps failing, reload the page. Your text is still here.",
};

export interface InvalidInputOptions {
  /**
   * Which mistake, so the interface can say it in its language: it shows the message
   * `errors.<code>` (or, for a code with a dot, the message with that id: `ui.colorMeaning.empty`)
   * with `params`. See writeErrorText in src/shared/ui/error-text.ts.
   */
  code?: string;
  params?: Readonly<Record<string, string | number>>;
}

/**
 * Thrown by repositories for input the user can correct (an empty tag name, …). `message` is
 * English; give a `code` so the interface can translate it.
 */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  /** The code and params it was given (a subclass may keep a `code` of its own). */
  readonly details: InvalidInputOptions;

  constructor(message: string, options: InvalidInputOptions = {}) {
    super(message);
    this.details = options;
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const VERSION_NAMES = new Set(['VersionError']);
const CLOSED_NAMES = new Set(['DatabaseClosedError']);
/** Legacy DOMException code for QuotaExceededError. */
const QUOTA_CODE = 22;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

function isObject(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null;
}

/**
 * The error and everything it wraps: Dexie's `inner` (an AbortError whose inner is the quota
 * error, a DatabaseClosedError whose inner is the failed open), ES `cause`, and BulkError
 * `failures`.
 */
function errorChain(err: unknown): ErrorLike[] {
  const found: ErrorLike[] = [];
  const queue: unknown[] = [err];
  while (queue.length > 0 && found.length < 50) {
    const next = queue.shift();
    if (!isObject(next) || found.includes(next)) continue;
    found.push(next);
    queue.push(next.inner, next.cause);
    if (Array.isArray(next.failures)) queue.push(...next.failures);
    else if (isObject(next.failures)) queue.push(...Object.values(next.failures));
  }
  return found;
}

function nameOf(e: ErrorLike): string {
  return typeof e.name === 'string' ? e.name : '';
}

export function classifyDbError(err: unknown): ClassifiedDbError {
  const chain = errorChain(err);
  const has = (names: Set<string>) => chain.some((e) => names.has(nameOf(e)));
  // Most specific cause first: a closed-database error caused by a version mismatch is a version
  // problem, and a quota failure is reported as whatever wraps it (AbortError, BulkError).
  let kind: DbErrorKind = 'unknown';
  if (has(QUOTA_NAMES) || chain.some((e) => e instanceof DOMException && e.code === QUOTA_CODE))
    kind = 'quota';
  else if (has(VERSION_NAMES)) kind = 'version';
  else if (has(CLOSED_NAMES)) kind = 'closed';
  return { kind, message: DB_ERROR_MESSAGES[kind] };
}

/**
 * What to tell the user when a write failed, in English: their own mistake, or a storage problem.
 * The interface uses writeErrorText (src/shared/ui/error-text.ts), which speaks its language.
 */
export function writeErrorMessage(err: unknown): string {
  return err instanceof InvalidInputError ? err.message : classifyDbError(err).message;
}
