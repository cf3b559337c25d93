import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from './decode';
import { addedFileMessage } from './errors';
import { parseArticle } from './parse-article';

const refusal = (bytes: Uint8Array) => {
  const decoded = decodeArticleBytes(bytes.buffer as ArrayBuffer);
  if (decoded.ok) {
    const parsed = parseArticle('x', decoded.text);
    if (parsed.ok) throw new Error('expected a refusal');
    return addedFileMessage(parsed.error);
  }
  return addedFileMessage(decoded.error);
};

describe('messages for a file someone adds', () => {
  it('speak of the file they have, never of rebuilding or the seeds folder', () => {
    const messages = [
      refusal(new Uint8Array()),
      refusal(new Uint8Array([0x55, 0x6e, 0x74, 0xfc, 0x72, 0x20, 0x42, 0xfc, 0x72])),
      refusal(new TextEncoder().encode('Teilen\n\nQuelle: dpa\n')),
    ];
    for (const message of messages) {
      expect(message).not.toMatch(/rebuild|seeds/i);
    }
    expect(messages[0]).toMatch(/^This file is empty/);
    expect(messages[1]).toMatch(/save it as UTF-8 .* and add it again/);
  });
});
