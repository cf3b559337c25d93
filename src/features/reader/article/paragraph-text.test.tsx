import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { ParagraphText, type MarkRange } from './paragraph-text';

// "Erster Satz. Zweiter Satz hier." as the article's second paragraph.
const TEXT = 'Titel\n\nErster Satz. Zweiter Satz hier.';
const P = { start: 7, end: TEXT.length, kind: 'body' } as const;
const at = (word: string) => TEXT.indexOf(word);
const mark = (id: string, from: string, to: string, swatch = 'yellow'): MarkRange => ({
  id,
  start: at(from),
  end: at(to) + to.length,
  swatch,
});

function draw(marks: MarkRange[], focusedId?: string) {
  return (
    <StrictMode>
      <ParagraphText paragraph={P} text={TEXT} marks={marks} focusedId={focusedId} />
    </StrictMode>
  );
}

function the<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing');
  return value;
}

/** The paragraph's runs as [text, ids, class, overlap, focused]. */
function runs(p: Element) {
  return Array.from(p.childNodes).map((n) =>
    n instanceof HTMLElement
      ? [
          n.textContent,
          n.getAttribute('data-highlight-ids'),
          n.className,
          n.hasAttribute('data-overlap'),
          n.hasAttribute('data-focused'),
        ]
      : n.textContent,
  );
}

describe('ParagraphText', () => {
  it('draws each highlighted run as a mark listing its highlights, newest colour on top', () => {
    const { container } = render(
      draw([mark('a', 'Erster', 'Satz.'), mark('b', 'Satz.', 'Zweiter', 'green')], 'a'),
    );
    const p = the(container.querySelector('p[data-start="7"]'));
    expect(p.textContent).toBe(TEXT.slice(P.start));
    expect(runs(p)).toEqual([
      ['Erster ', 'a', 'swatch-yellow', false, true],
      ['Satz.', 'a b', 'swatch-green', true, true],
      [' Zweiter', 'b', 'swatch-green', false, false],
      ' Satz hier.',
    ]);
    expect(p.querySelectorAll('mark').length).toBe(3);
  });

  it('keeps the nodes of unchanged runs, and a selection in them, when a highlight is added', () => {
    const first = [mark('a', 'Erster', 'Erster')];
    const { container, rerender } = render(draw(first));
    const p = the(container.querySelector('p'));
    const [markA, tail] = [the(p.childNodes[0]), the(p.childNodes[1])];
    const inA = the(markA.firstChild);
    // A caret in the first highlight, which the new one (at the paragraph's end) leaves alone.
    const caret = document.createRange();
    caret.setStart(inA, 2);
    rerender(draw([...first, mark('b', 'hier.', 'hier.', 'blue')]));
    expect(p.childNodes[0]).toBe(markA);
    expect(caret.startContainer).toBe(inA);
    expect(caret.startOffset).toBe(2);
    expect(tail.isConnected).toBe(false);
    expect(runs(p)).toEqual([
      ['Erster', 'a', 'swatch-yellow', false, false],
      ' Satz. Zweiter Satz ',
      ['hier.', 'b', 'swatch-blue', false, false],
    ]);
  });

  it('follows focus, colour changes and removals, back to plain text', () => {
    const a = mark('a', 'Erster', 'Satz.');
    const { container, rerender } = render(draw([a]));
    const p = the(container.querySelector('p'));
    const markA = p.firstChild;
    rerender(draw([a], 'a'));
    expect(runs(p)[0]).toEqual(['Erster Satz.', 'a', 'swatch-yellow', false, true]);
    rerender(draw([{ ...a, swatch: 'pink' }]));
    expect(p.firstChild).toBe(markA);
    expect(runs(p)[0]).toEqual(['Erster Satz.', 'a', 'swatch-pink', false, false]);
    rerender(draw([]));
    expect(p.querySelector('mark')).toBeNull();
    expect(p.textContent).toBe(TEXT.slice(P.start));
    rerender(draw([mark('c', 'hier.', 'hier.')]));
    expect(runs(p)).toEqual([
      'Erster Satz. Zweiter Satz ',
      ['hier.', 'c', 'swatch-yellow', false, false],
    ]);
  });
});
