import { describe, expect, it } from 'vitest';
import { blockquote, escapeInline, headingText, noteMarkdown } from './markdown-escape';
import {
  toMarkdownSheet,
  type SheetInput,
  type SheetLabels,
  type SheetLink,
} from './markdown-sheet';

/** The sheet's words as the interface gives them (English; the catalog wording is tested in src/features/transfer). */
const LABELS: SheetLabels = {
  language: 'en',
  header: ({ date, articles, highlights }) =>
    `Made with Sidenote on ${date} · ${articles} articles · ${highlights} highlights`,
  tags: (list) => `Tags: ${list}`,
  untitled: 'Untitled',
  noHighlights: 'No highlights.',
  links: 'Linked passages:',
  relation: (r) =>
    ({
      'same-event': 'Same event',
      supports: 'Supports',
      contradicts: 'Contradicts',
      other: 'Related',
    })[r],
  link: ({ relation, quote, title }) => `${relation}: “${quote}” in ${title}`,
  linkElsewhere: ({ relation }) => `${relation}: a passage not among your highlights`,
  linkNote: (note) => `Why: ${note}`,
};

const INPUT: SheetInput = {
  title: 'Tag: Eskalation',
  generatedAt: '2026-11-22T08:00:00.000Z',
  articles: [
    {
      id: 'nato-2022',
      title: 'Die NATO und Russland',
      source: 'WSWS.ORG',
      date: { iso: '2022-10-03', precision: 'day' },
      tags: ['Eskalation', 'NATO'],
      note: 'Vergleiche mit *RT DE*.',
      highlights: [
        {
          quote: '„Wir sind im Krieg“, sagte sie.',
          note: 'Wer ist **wir**?',
          tags: ['Eskalation'],
          colorLabel: 'Key claim',
        },
        { quote: 'Zweite Stelle', note: '', tags: [], colorLabel: 'Evidence' },
      ],
    },
    { id: 'empty', title: 'Ohne Markierungen', highlights: [] },
  ],
};

describe('toMarkdownSheet', () => {
  it('lays out the title, each article with its details, and each highlight', () => {
    expect(toMarkdownSheet(INPUT, LABELS)).toBe(
      [
        '# Tag: Eskalation',
        '',
        '_Made with Sidenote on 22 November 2026 · 2 articles · 2 highlights_',
        '',
        '## Die NATO und Russland',
        '',
        'WSWS.ORG · 3 October 2022',
        '',
        'Tags: Eskalation, NATO',
        '',
        'Vergleiche mit *RT DE*.',
        '',
        '**Key claim** · Tags: Eskalation',
        '',
        '> „Wir sind im Krieg“, sagte sie.',
        '',
        'Wer ist **wir**?',
        '',
        '**Evidence**',
        '',
        '> Zweite Stelle',
        '',
        '## Ohne Markierungen',
        '',
        '_No highlights._',
        '',
      ].join('\n'),
    );
  });

  it('writes its own words in the language of the labels, the article date in the article’s', () => {
    const sheet = toMarkdownSheet(
      {
        ...INPUT,
        articles: [
          {
            id: 'x',
            title: '',
            language: 'de',
            date: { iso: '2022-10-03', precision: 'day' },
            highlights: [],
          },
        ],
      },
      {
        language: 'de',
        header: ({ date, articles }) => `Erstellt am ${date} · ${articles} Artikel`,
        tags: (list) => `Schlagwörter: ${list}`,
        untitled: 'Ohne Titel',
        noHighlights: 'Keine Markierungen.',
        links: 'Verknüpfte Textstellen:',
        relation: () => 'Widerspricht',
        link: ({ relation, quote, title }) => `${relation}: „${quote}“ in ${title}`,
        linkElsewhere: ({ relation }) =>
          `${relation}: eine Textstelle außerhalb deiner Markierungen`,
        linkNote: (note) => `Warum: ${note}`,
      },
    );
    expect(sheet).toBe(
      [
        '# Tag: Eskalation',
        '',
        '_Erstellt am 22. November 2026 · 1 Artikel_',
        '',
        '## Ohne Titel',
        '',
        '3\\. Oktober 2022',
        '',
        '_Keine Markierungen._',
        '',
      ].join('\n'),
    );
  });

  it('keeps quotes and titles from breaking the structure', () => {
    const sheet = toMarkdownSheet(
      {
        title: '# Notizen #1',
        generatedAt: new Date('2026-11-22T08:00:00.000Z'),
        articles: [
          {
            id: 'a',
            title: '## Kein *Titel* ##',
            highlights: [
              {
                quote:
                  '# Überschrift?\n> kein Zitat\n- keine Liste\n1. keine Zahl\n    kein Code\n<b>kein HTML</b> &amp; [kein](Link)',
                note: '# Note heading\ntext\n---',
                tags: ['a_b', '*x*'],
                colorLabel: 'Key_claim',
              },
            ],
          },
        ],
      },
      LABELS,
    );
    expect(sheet).toContain('# \\# Notizen \\#1\n');
    expect(sheet).toContain('## \\#\\# Kein \\*Titel\\* \\#\\#\n');
    expect(sheet).toContain(
      [
        '> \\# Überschrift?',
        '> \\> kein Zitat',
        '> \\- keine Liste',
        '> 1\\. keine Zahl',
        '> kein Code',
        '> \\<b>kein HTML\\</b> &amp;amp; \\[kein\\](Link)',
      ].join('\n'),
    );
    expect(sheet).toContain('**Key\\_claim** · Tags: a\\_b, \\*x\\*');
    expect(sheet).toContain('\\# Note heading\ntext\n\\---');
    expect(sheet.match(/^#{1,6} /gm)).toEqual(['# ', '## ']);
  });
});

describe('links on the sheet', () => {
  const linked = (links: SheetLink[]): SheetInput => ({
    title: 'Links',
    generatedAt: '2026-11-22T08:00:00.000Z',
    articles: [
      {
        id: 'a',
        title: 'A',
        highlights: [{ quote: 'Erste Stelle', note: '', tags: [], colorLabel: '', links }],
      },
    ],
  });

  it('lists each link under its highlight: relation, the other passage, its article and the note', () => {
    const sheet = toMarkdownSheet(
      linked([
        {
          relation: 'contradicts',
          quote: 'Die Zahlen zeigen das Gegenteil.',
          articleTitle: 'Ukraine: Bilanz',
          note: 'Andere Quelle\nfür dieselbe Zahl',
        },
        { relation: 'same-event', quote: 'Zweite Stelle', articleTitle: 'A', note: '' },
        { relation: 'supports', note: 'ohne Gegenstück' },
      ]),
      LABELS,
    );
    expect(sheet).toBe(
      [
        '# Links',
        '',
        '_Made with Sidenote on 22 November 2026 · 1 articles · 1 highlights_',
        '',
        '## A',
        '',
        '> Erste Stelle',
        '',
        'Linked passages:',
        '',
        '- **Contradicts**: “Die Zahlen zeigen das Gegenteil.” in _Ukraine: Bilanz_\\',
        '  Why: Andere Quelle für dieselbe Zahl',
        '- **Same event**: “Zweite Stelle” in _A_',
        '- **Supports**: a passage not among your highlights\\',
        '  Why: ohne Gegenstück',
        '',
      ].join('\n'),
    );
  });

  it('shortens long quotes and keeps Markdown in quotes, titles and notes from rendering', () => {
    const long = `${'Wort '.repeat(40)}Ende`;
    const sheet = toMarkdownSheet(
      linked([
        { relation: 'other', quote: long, articleTitle: '*Titel* <b>', note: '# nein [x](y)' },
        { relation: 'other', quote: '- Liste', articleTitle: '  ', note: '' },
      ]),
      LABELS,
    );
    const items = sheet.split('\n').filter((l) => l.startsWith('- ') || l.startsWith('  '));
    expect(items[0]).toMatch(/^- \*\*Related\*\*: “(Wort ){20,}Wort…” in _\\\*Titel\\\* \\<b>_\\$/);
    expect(items[0]?.length).toBeLessThan(180);
    expect(items[1]).toBe('  Why: # nein \\[x\\](y)');
    expect(items[2]).toBe('- **Related**: “- Liste” in _Untitled_');
    expect(sheet.match(/^#{1,6} /gm)).toEqual(['# ', '## ']);
  });

  it('writes no links section for a highlight without links', () => {
    expect(toMarkdownSheet(linked([]), LABELS)).not.toContain('Linked passages');
  });
});

describe('escaping', () => {
  it('leaves ordinary German text alone', () => {
    const text = 'Die „Zeitenwende“ – so Scholz – kostet 100 Mrd. € (laut Bundestag).';
    expect(escapeInline(text)).toBe(text);
    expect(blockquote(text)).toBe(`> ${text}`);
  });

  it('quotes every line of a multi-line quote, blank lines included', () => {
    expect(blockquote('eins\r\n\r\nzwei')).toBe('> eins\n>\n> zwei');
  });

  it('puts a heading on one line', () => {
    expect(headingText('Zwei\nZeilen  hier')).toBe('Zwei Zeilen hier');
  });

  it('keeps note Markdown but neutralises headings', () => {
    expect(noteMarkdown('**fett** und _kursiv_\n## H2\nText\n===')).toBe(
      '**fett** und _kursiv_\n\\## H2\nText\n\\===',
    );
  });
});
