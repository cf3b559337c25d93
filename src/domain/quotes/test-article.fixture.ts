/** A minimal article for the quote tests: paragraphs joined as the parser joins them. */
import type { Paragraph } from '../article/types';
import type { QuoteSource } from './find-quotes';

export function articleOf(...paragraphs: string[]): QuoteSource {
  let text = '';
  const ranges: Paragraph[] = [];
  for (const p of paragraphs) {
    if (ranges.length) text += '\n\n';
    ranges.push({ start: text.length, end: text.length + p.length, kind: 'body' });
    text += p;
  }
  return { text, paragraphs: ranges, language: 'de' };
}
