/** Small hand-written articles for the alignment tests: paragraphs of sentences, all body. */
import type { AlignInput } from './types';

/** An article whose paragraphs are `paragraphs` joined by a blank line, all of them body. */
export function article(...paragraphs: string[]): AlignInput {
  let text = '';
  const ranges: AlignInput['paragraphs'] = [];
  for (const p of paragraphs) {
    if (text.length > 0) text += '\n\n';
    ranges.push({ start: text.length, end: text.length + p.length, kind: 'body' });
    text += p;
  }
  return { text, paragraphs: ranges, language: 'de' };
}

/** The text of a passage. */
export const slice = (input: AlignInput, p: { start: number; end: number }): string =>
  input.text.slice(p.start, p.end);
