import { describe, expect, it } from 'vitest';
import { deriveTitle, firstSentence, leadingDateline, truncateAtWord } from './derive-title';
import { summarizeArticle } from './summary';
import { parseArticle } from './parse-article';

describe('firstSentence', () => {
  it('does not stop at ordinals, initials, abbreviations or thousands separators', () => {
    expect(
      firstSentence('Am 29. Mai traf Antony J. Blinken z.B. 12.000 Leute. Danach nicht.'),
    ).toBe('Am 29. Mai traf Antony J. Blinken z.B. 12.000 Leute.');
  });

  it('keeps a closing quote with the sentence', () => {
    expect(firstSentence('Er sagte: „Nein.“ Dann ging er.')).toBe('Er sagte: „Nein.“');
  });
});

describe('truncateAtWord', () => {
  it('cuts at a word boundary, drops a dangling comma and adds an ellipsis', () => {
    const cut = truncateAtWord(
      'Laut ukrainischen, südkoreanischen, US-amerikanischen und europäischen Vertretern',
      40,
    );
    expect(cut).toBe('Laut ukrainischen, südkoreanischen…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it('keeps a word that ends exactly at the limit', () => {
    expect(truncateAtWord('eins zwei drei', 10)).toBe('eins zwei…');
  });

  it('returns short text unchanged and hard-cuts a single long word', () => {
    expect(truncateAtWord('Kurz', 10)).toBe('Kurz');
    expect(truncateAtWord('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…');
  });
});

describe('deriveTitle', () => {
  it('uses a short first sentence without its full stop', () => {
    expect(deriveTitle('Moskau sieht das anders. Der Minister widersprach.')).toBe(
      'Moskau sieht das anders',
    );
    expect(deriveTitle('Was will Putin? Niemand weiß es.')).toBe('Was will Putin?');
  });

  it('cuts a long first sentence to at most 70 characters', () => {
    const title = deriveTitle(
      'Unmittelbar vor dem Beginn eines zweitägigen Treffens der NATO-Verteidigungsminister in Brüssel erklärte der Generalsekretär etwas.',
    );
    expect(title).toBe('Unmittelbar vor dem Beginn eines zweitägigen Treffens der…');
    expect(title.length).toBeLessThanOrEqual(70);
  });
});

describe('summarizeArticle', () => {
  it('lists metadata and a ~200 character excerpt of body text cut at a word', () => {
    const body = 'Die NATO berät über die Lage in der Ukraine und über weitere Hilfen. '.repeat(6);
    const parsed = parseArticle(
      'a',
      `Titel der Meldung\n\nvon Anna Muster\n\nFoto: dpa\n\n${body}\n\nQuelle: dpa`,
    );
    if (!parsed.ok) throw new Error(parsed.error.code);
    const summary = summarizeArticle(parsed.article);
    expect(summary).toMatchObject({
      title: 'Titel der Meldung',
      titleSource: 'text',
      byline: 'Anna Muster',
      source: 'dpa',
      language: 'de',
      wordCount: 78,
      readingMinutes: 1,
    });
    expect(summary.excerpt.startsWith('Die NATO berät')).toBe(true);
    expect(summary.excerpt.endsWith('…')).toBe(true);
    expect(summary.excerpt.length).toBeLessThanOrEqual(200);
    expect(summary.excerpt.length).toBeGreaterThan(150);
    expect(summary.excerpt).not.toContain('Foto');
  });

  it('keeps a short body whole, without an ellipsis', () => {
    const parsed = parseArticle('b', 'Titel\n\nEin kurzer Text mit genau neun Wörtern steht hier.');
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(summarizeArticle(parsed.article).excerpt).toBe(
      'Ein kurzer Text mit genau neun Wörtern steht hier.',
    );
  });
});

describe('derived titles from odd first paragraphs', () => {
  it('never strips a title down to nothing', () => {
    expect(deriveTitle('.')).toBe('.');
    expect(deriveTitle('Ja .')).toBe('Ja');
  });

  it('skips a first paragraph without words', () => {
    const parsed = parseArticle('c', '.\nMoskau sieht das anders. Der Minister widersprach.');
    expect(parsed.ok && parsed.article.title).toBe('Moskau sieht das anders');
  });
});

describe('datelines are where a report was filed, not its title', () => {
  it.each([
    ['Berlin. Scholz erklärt, dass die Regierung handeln werde.', 'Berlin. '],
    ['BRÜSSEL – NATO-Außenminister trafen sich am Freitag.', 'BRÜSSEL – '],
    ['Kiew (dpa) – Die Ukraine meldet neue Angriffe.', 'Kiew (dpa) – '],
    ['WASHINGTON, 3. März - Der Präsident sprach.', 'WASHINGTON, 3. März - '],
  ])('finds the dateline of %j', (paragraph, dateline) => {
    expect(leadingDateline(paragraph)).toBe(dateline);
  });

  it.each([
    'Die Lage – so heißt es in Berlin – ist ernst.',
    'Nein. Das hat er nie gesagt.',
    'Scholz erklärt, dass die Regierung handeln werde.',
  ])('finds none in %j', (paragraph) => {
    expect(leadingDateline(paragraph)).toBe('');
  });

  it('derives the title from the first sentence after the dateline', () => {
    expect(deriveTitle('Berlin. Scholz erklärt, dass die Regierung handeln werde. Mehr.')).toBe(
      'Scholz erklärt, dass die Regierung handeln werde',
    );
    const parsed = parseArticle(
      'd',
      'date 2024-03 Berlin. Scholz erklärt, dass die Regierung handeln werde.\n',
    );
    expect(parsed.ok && parsed.article.title).toBe(
      'Scholz erklärt, dass die Regierung handeln werde',
    );
  });
});
