/**
 * Reading untrusted JSON text: a size limit before parsing, then one walk over the parsed value
 * that refuses prototype-polluting keys and deep nesting, with the path of each problem.
 *
 * Why a walk and not a `JSON.parse` reviver: `JSON.parse` stores `"__proto__"` as an ordinary own
 * property (it never changes a prototype), so the danger is only in what later code does with such
 * a key. A reviver sees each key without its path; the walk knows where it is and says so.
 */
import { ErrorList, formatPath, transferError, type PathKey } from './errors';
import { IMPORT_LIMITS, megabytes } from './limits';
import type { TransferError } from './types';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; errors: TransferError[] };

/** Up to 60 characters around `position`, on one line. */
function near(text: string, position: number): string {
  const from = Math.max(0, position - 30);
  const snippet = text.slice(from, position + 30).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${snippet}${position + 30 < text.length ? '…' : ''}`;
}

/** Binary data decoded as text: NUL or other control characters, or undecodable bytes. */
function looksBinary(text: string): boolean {
  for (const ch of text.slice(0, 4096)) {
    const code = ch.charCodeAt(0);
    if (code === 0xfffd || code < 9 || (code > 13 && code < 32)) return true;
  }
  return false;
}

/**
 * Why the text is not JSON, in the person's terms: binary data is called that (its bytes are not
 * quoted); otherwise the line and column where it breaks off, with the text around it.
 */
function notJson(text: string, err: unknown): TransferError {
  if (looksBinary(text)) return transferError('', 'binary');
  const detail = err instanceof Error ? err.message : String(err);
  const found = /position (\d+)/.exec(detail)?.[1];
  if (found !== undefined) {
    const position = Number(found);
    const before = text.slice(0, position).split('\n');
    const column = (before.at(-1)?.length ?? 0) + 1;
    return transferError('', 'notJsonAt', {
      line: before.length,
      column,
      near: near(text, position),
    });
  }
  if (/end of (JSON )?input/i.test(detail)) return transferError('', 'notJsonCutOff');
  return transferError('', 'notJson');
}

interface Node {
  value: unknown;
  depth: number;
  key: PathKey | undefined;
  parent: Node | undefined;
  /** A key that is refused; reported when reached, so errors come in document order. */
  forbidden?: boolean;
}

function pathOf(node: Node): string {
  const keys: PathKey[] = [];
  for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) keys.push(n.key);
  return formatPath(keys.reverse());
}

/** Problems with the shape of a parsed value: forbidden keys and nesting deeper than the limit. */
export function checkJsonTree(root: unknown, errors: ErrorList): void {
  const stack: Node[] = [{ value: root, depth: 0, key: undefined, parent: undefined }];
  while (stack.length > 0 && !errors.full) {
    const node = stack.pop();
    if (!node) continue;
    if (node.forbidden) {
      errors.add(pathOf(node), 'forbiddenKey', { key: String(node.key) });
      continue;
    }
    if (typeof node.value !== 'object' || node.value === null) continue;
    if (node.depth >= IMPORT_LIMITS.depth) {
      errors.add(pathOf(node), 'tooDeep', { max: IMPORT_LIMITS.depth });
      continue;
    }
    if (Array.isArray(node.value)) {
      const items: unknown[] = node.value;
      for (let i = items.length - 1; i >= 0; i -= 1) {
        const value = items[i];
        if (typeof value === 'object' && value !== null) {
          stack.push({ value, depth: node.depth + 1, key: i, parent: node });
        }
      }
      continue;
    }
    const record = node.value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i] as string;
      const child: Node = { value: record[key], depth: node.depth + 1, key, parent: node };
      if (FORBIDDEN_KEYS.has(key)) stack.push({ ...child, forbidden: true });
      else if (typeof child.value === 'object' && child.value !== null) stack.push(child);
    }
  }
}

/**
 * Parses `text` as JSON no bigger than `IMPORT_LIMITS.fileChars`, refusing forbidden keys and deep
 * nesting. Never throws.
 */
export function parseJsonSafely(text: string): SafeJsonResult {
  if (typeof text !== 'string') {
    return { ok: false, errors: [transferError('', 'noText')] };
  }
  if (text.length > IMPORT_LIMITS.fileChars) {
    return {
      ok: false,
      errors: [
        transferError('', 'fileTooLarge', {
          size: megabytes(text.length),
          limit: megabytes(IMPORT_LIMITS.fileChars),
        }),
      ],
    };
  }
  if (text.trim() === '') {
    return { ok: false, errors: [transferError('', 'emptyFile')] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [notJson(text, err)] };
  }
  const errors = new ErrorList();
  checkJsonTree(value, errors);
  return errors.empty ? { ok: true, value } : errors.refuse();
}
