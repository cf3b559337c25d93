import { describe, expect, it, vi } from 'vitest';
import { checkArticleInvariants } from './article-invariants';
import { parseArticle } from './parse-article';
import type { Article } from './types';

function parse(raw: string): Article {
  const result = parseArticle('test', raw);
  if (!result.ok) throw new Error(`${result.error.code} (${result.error.reason ?? 'no reason'})`);
  expect(checkArticleInvariants(result.article)).toEqual([]);
  return result.article;
}

const paragraphTexts = (a: Article) => a.paragraphs.map((p) => a.text.slice(p.start, p.end));
const kinds = (a: Article) => a.paragraphs.map((p) => (p.lang ? `${p.kind}:${p.lang}` : p.kind));
const PROSE = 'Die Außenminister der Allianz berieten am Freitag über die Lage in der Ukraine.';

describe('errors', () => {
  it.each([
    ['an empty file', ''],
    ['whitespace only', ' \n\t\r\n\u00a0 \n'],
    ['a BOM only', '\uFEFF'],
  ])('reports %s as empty', (_, raw) => {
    const result = parseArticle('x', raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ code: 'empty' });
  });

  it('reports a file of nothing but page furniture as empty, saying so', () => {
    const result = parseArticle('x', 'Guardar\n\nLeave a Reply\n\nQuelle: RT DE');
    expect(result.ok ? undefined : result.error).toEqual({
      code: 'empty',
      reason: 'no-article-text',
    });
  });

  it('never throws: a non-string from untyped callers becomes unreadable', () => {
    const result = parseArticle('x', undefined as unknown as string);
    expect(result.ok ? undefined : result.error.code).toBe('unreadable');
  });

  it('turns an internal failure into an unreadable error instead of throwing', () => {
    const spy = vi.spyOn(String.prototype, 'normalize').mockImplementation(() => {
      throw new RangeError('boom');
    });
    try {
      const result = parseArticle('x', 'Titel\n\nText.');
      expect(result).toEqual({
        ok: false,
        error: { code: 'unreadable' },
      });
    } finally {
      spy.mockRestore();
    }
  });

  it('strips a BOM before parsing', () => {
    expect(parse(`\uFEFFTitel\n\n${PROSE}`).title).toBe('Titel');
  });
});

describe('text model', () => {
  it('joins paragraphs with exactly one blank line and keeps ranges exact', () => {
    const a = parse(
      `Titel\r\n\r\n\r\n\r\n  Erster   Absatz\tmit Tab.  \r\n\r\nZweiter Absatz.\r\n`,
    );
    expect(a.text).toBe('Erster Absatz mit Tab.\n\nZweiter Absatz.');
    expect(a.paragraphs).toEqual([
      { start: 0, end: 22, kind: 'body' },
      { start: 24, end: 39, kind: 'body' },
    ]);
  });

  it('normalises to NFC and keeps non-breaking spaces', () => {
    const a = parse(`Titel\n\nGru\u0308\u00dfe mit 155\u00a0mm Munition. ${PROSE}`);
    expect(a.text).toContain('Grüße mit 155\u00a0mm Munition.');
  });

  it('keeps text exactly as written otherwise (straight quotes stay straight)', () => {
    const a = parse(`Titel\n\nEr sagte: "Das ist falsch." ${PROSE}`);
    expect(a.text.startsWith('Er sagte: "Das ist falsch."')).toBe(true);
  });

  it('counts words of body paragraphs only', () => {
    const a = parse(`Titel\n\nBild: Archiv (Foto: dpa)\n\n${PROSE}`);
    expect(a.wordCount).toBe(13);
    expect(a.readingMinutes).toBe(1);
  });
});

describe('head', () => {
  it('reads title, dek, byline and date in the usual order, and the body after them', () => {
    const a = parse(
      [
        'Die Allianz berät in Brüssel',
        'Die Außenminister wollen bis Freitag eine gemeinsame Linie finden.',
        'Von Anna Muster und Ben Beispiel',
        'Mittwoch, 12. Oktober 2022',
        PROSE,
      ].join('\n\n'),
    );
    expect(a).toMatchObject({
      title: 'Die Allianz berät in Brüssel',
      titleSource: 'text',
      subtitle: 'Die Außenminister wollen bis Freitag eine gemeinsame Linie finden.',
      byline: 'Anna Muster und Ben Beispiel',
      date: { iso: '2022-10-12', precision: 'day' },
    });
    expect(paragraphTexts(a)).toEqual([PROSE]);
  });

  it('treats a one-word kicker above a headline as meta, not as the title', () => {
    const a = parse(`Ukraine-Krieg\n\nNATO verspricht gemeinsame Reaktion\n\n${PROSE}`);
    expect(a.title).toBe('NATO verspricht gemeinsame Reaktion');
    expect(kinds(a)).toEqual(['meta', 'body']);
  });

  it('derives a title when the file starts with prose, and keeps every line as body', () => {
    const a = parse(`${PROSE} Dann mehr.\nZweiter Absatz ohne Leerzeile, auch er ist Text.`);
    expect(a.titleSource).toBe('derived');
    expect(a.title).toBe('Die Außenminister der Allianz berieten am Freitag über die Lage in…');
    expect(kinds(a)).toEqual(['body', 'body']);
  });

  it('does not take short lines in the middle of the body for metadata', () => {
    const a = parse(`Titel\n\n${PROSE}\n\nvon Alex Lantier\n\nZwischenzeile\n\n${PROSE}`);
    expect(a.byline).toBeUndefined();
    expect(paragraphTexts(a)).toContain('Zwischenzeile');
  });

  it('takes a byline and a date that close the article', () => {
    const a = parse(`Titel\n\n${PROSE}\n\nVon Alex Lantier\n\n29.05.2024`);
    expect(a.byline).toBe('Alex Lantier');
    expect(a.date).toEqual({ iso: '2024-05-29', precision: 'day' });
    expect(a.text).toBe(PROSE);
  });

  it('a full date refines an agreeing marker; a disagreeing date line loses and stays as meta', () => {
    const agree = parse(` date 2024-05 Titel\n\n29. Mai 2024\n\n${PROSE}`);
    expect(agree.date).toEqual({ iso: '2024-05-29', precision: 'day' });
    expect(agree.title).toBe('Titel');
    const disagree = parse(` date 2024-05 Titel\n\n3. Juni 2021\n\n${PROSE}`);
    expect(disagree.date).toEqual({ iso: '2024-05', precision: 'month' });
    expect(paragraphTexts(disagree)[0]).toBe('3. Juni 2021');
    expect(kinds(disagree)).toEqual(['meta', 'body']);
  });

  it('a marker alone on its line gives the date and leaves no empty paragraph', () => {
    const a = parse(` date 2022-10 \n\n${PROSE}`);
    expect(a.date).toEqual({ iso: '2022-10', precision: 'month' });
    expect(a.text).toBe(PROSE);
  });
});

describe('languages, captions and furniture', () => {
  it('marks an English paragraph inside a German body with lang', () => {
    const english = 'The alliance said on Tuesday that it would not send troops to the country.';
    const a = parse(`Titel\n\n${PROSE}\n\n${english}\n\n${PROSE}`);
    expect(kinds(a)).toEqual(['body', 'body:en', 'body']);
    expect(a.language).toBe('de');
  });

  it('removes widget lines but never a sentence that contains a widget word', () => {
    const a = parse(
      `Titel\n\n${PROSE}\n\nGuardar\n\nGuardar heißt auf Spanisch speichern, sagte er.\n\nLeave a Reply`,
    );
    expect(a.removed).toEqual(['Guardar', 'Leave a Reply']);
    expect(a.text).toContain('Guardar heißt auf Spanisch speichern, sagte er.');
  });

  it('removes an image alt line that repeats the start of the caption below it', () => {
    const a = parse(
      `Titel\n\nJens Stoltenberg\nJens Stoltenberg in Brüssel. REUTERS/Yves Herman\n\n${PROSE}`,
    );
    expect(a.removed).toEqual(['Jens Stoltenberg']);
    expect(kinds(a)).toEqual(['caption', 'body']);
  });

  it('collects provenance lines in order; the first that names an outlet is the source', () => {
    const a = parse(
      `Titel\n\n${PROSE}\n\nÜbersetzt mit deepl.com\n\nQuelle: RT DE\n\nMit Informationen von AFP`,
    );
    expect(a.sourceLines).toEqual([
      'Übersetzt mit deepl.com',
      'Quelle: RT DE',
      'Mit Informationen von AFP',
    ]);
    expect(a.source).toBe('RT DE');
    expect(a.text).toBe(PROSE);
  });
});
