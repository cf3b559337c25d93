/**
 * Bytes → text. Strict UTF-8 (a Latin-1 or Windows-1252 file is refused, not silently turned
 * into mojibake), one byte-order mark stripped, and binary files refused.
 */
import { articleError } from './errors';
import { stripBom } from './normalize-text';
import type { ArticleError } from './types';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: ArticleError };

/** Share of control characters above which a decoded file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

function isControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c) return false;
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f);
}

function mostlyControl(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls > 0 && controls > MAX_CONTROL_SHARE * text.length;
}

function toBytes(bytes: ArrayBuffer | Uint8Array): Uint8Array {
  // `ArrayBuffer.isView` works across realms (jsdom, workers), unlike `instanceof`.
  return ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

/** Decodes a seed or imported file; never throws. */
export function decodeArticleBytes(
  bytes: ArrayBuffer | Uint8Array,
): { ok: true; text: string } | { ok: false; error: ArticleError } {
  let view: Uint8Array;
  try {
    view = toBytes(bytes);
  } catch {
    return { ok: false, error: articleError('unreadable') };
  }
  if (view.indexOf(0) >= 0) return { ok: false, error: articleError('not-text') };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(view);
  } catch {
    return { ok: false, error: articleError('not-utf8') };
  }
  text = stripBom(text);
  if (mostlyControl(text)) return { ok: false, error: articleError('not-text') };
  return { ok: true, text };
}
