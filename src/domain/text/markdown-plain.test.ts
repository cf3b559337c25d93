import { describe, expect, it } from 'vitest';
import { markdownToPlain } from './markdown-plain';

describe('markdownToPlain', () => {
  it('keeps the words and drops the marks', () => {
    expect(
      markdownToPlain('**Lawrow** sagt _nichts_ dazu, siehe [x](https://example.org/a).'),
    ).toBe('Lawrow sagt nichts dazu, siehe x.');
    expect(markdownToPlain('# Frage\n> Zitat\n- eins\n1. zwei\n`code` ~~weg~~')).toBe(
      'Frage\nZitat\neins\nzwei\ncode weg',
    );
  });

  it('leaves words with underscores and lone stars alone', () => {
    expect(markdownToPlain('snake_case_name und 3 * 4')).toBe('snake_case_name und 3 * 4');
  });
});
