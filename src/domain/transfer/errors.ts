import { IMPORT_LIMITS } from './limits';
import type { TransferError } from './types';

export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `data.highlights[3].target.quote.exact` from `['data', 'highlights', 3, 'target', …]`. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** One error for `path` (empty for the whole file). */
export function transferError(path: string, message: string): TransferError {
  return { path, message };
}

/**
 * Collects errors up to `IMPORT_LIMITS.errors`. Checkers stop once it is `full`, so a file with a
 * million broken records is refused as fast as one with twenty.
 */
export class ErrorList {
  readonly items: TransferError[] = [];
  private overflow = false;

  add(path: string, message: string): void {
    if (this.items.length < IMPORT_LIMITS.errors) this.items.push(transferError(path, message));
    else this.overflow = true;
  }

  get full(): boolean {
    return this.items.length >= IMPORT_LIMITS.errors;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** The refused result: the errors found, and a last line if checking stopped early. */
  refuse(): { ok: false; errors: TransferError[] } {
    const errors = [...this.items];
    if (this.overflow || this.full) {
      errors.push(
        transferError(
          '',
          `Sidenote stopped checking after ${IMPORT_LIMITS.errors} problems; there may be more.`,
        ),
      );
    }
    return { ok: false, errors };
  }
}

/** "path: message", or the message alone for the whole file. */
export function describeTransferError(error: TransferError): string {
  return error.path === '' ? error.message : `${error.path}: ${error.message}`;
}

/** `"red"`, "the number 3", "null", "an array", … for "expected X, got Y". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number';
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}
