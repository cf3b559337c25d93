import { IMPORT_LIMITS } from './limits';
import type {
  DescribedValue,
  TransferError,
  TransferErrorCode,
  TransferErrorParams,
} from './types';

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

/** One error for `path` (empty for the whole file): a code the interface words, and its values. */
export function transferError(
  path: string,
  code: TransferErrorCode,
  params?: TransferErrorParams,
): TransferError {
  return params === undefined ? { path, code } : { path, code, params };
}

/**
 * Collects errors up to `IMPORT_LIMITS.errors`. Checkers stop once it is `full`, so a file with a
 * million broken records is refused as fast as one with twenty.
 */
export class ErrorList {
  readonly items: TransferError[] = [];
  private overflow = false;

  add(path: string, code: TransferErrorCode, params?: TransferErrorParams): void {
    if (this.items.length < IMPORT_LIMITS.errors)
      this.items.push(transferError(path, code, params));
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
      errors.push(transferError('', 'stoppedChecking', { max: IMPORT_LIMITS.errors }));
    }
    return { ok: false, errors };
  }
}

/**
 * "path: code {params}", for developers (test failures, logs). People see the error worded by
 * the import section (`transfer.errors.<code>`), with the path in front.
 */
export function describeTransferError(error: TransferError): string {
  const what = error.params ? `${error.code} ${JSON.stringify(error.params)}` : error.code;
  return error.path === '' ? what : `${error.path}: ${what}`;
}

/**
 * What a value in the file is, for "expected X, got Y": the interface words it as `"red"`, "the
 * number 3", "null", "an array", … (`transfer.value.<kind>`). `text` is the value itself, quoted
 * as JSON for strings (at most 40 characters, then "…").
 */
export function describeValue(value: unknown): DescribedValue {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'array' };
  switch (typeof value) {
    case 'string':
      return {
        kind: 'string',
        text: value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value),
      };
    case 'number':
      return Number.isFinite(value) ? { kind: 'number', text: `${value}` } : { kind: 'someNumber' };
    case 'boolean':
      return { kind: 'boolean', text: `${value}` };
    case 'object':
      return { kind: 'object' };
    default:
      return { kind: 'nothing' };
  }
}

/**
 * A schema check's message: valibot carries a string, so the code and values travel in it as
 * JSON and `decodeIssue` (validate.ts) takes them out again.
 */
export function encodeIssue(code: TransferErrorCode, params?: TransferErrorParams): string {
  return JSON.stringify(params === undefined ? { code } : { code, params });
}

/** The code and values `encodeIssue` put in a message; a message of valibot's own is `other`. */
export function decodeIssue(message: string): {
  code: TransferErrorCode;
  params?: TransferErrorParams;
} {
  if (message.startsWith('{"code":')) {
    try {
      return JSON.parse(message) as { code: TransferErrorCode; params?: TransferErrorParams };
    } catch {
      // Not one of ours after all.
    }
  }
  return { code: 'other', params: { message } };
}
