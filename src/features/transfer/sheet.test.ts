/** The study sheet's links as the export section builds them, worded in English and German. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@/domain/article/types';
import type { ManifestEntry } from '@/domain/library/manifest';
import { toMarkdownSheet } from '@/domain/transfer';
import { highlight, sampleData } from '@/domain/transfer/backup.fixture';
import { loadLocale, t } from '@/shared/i18n';
import { buildSheet, sheetLabels, type SheetScope } from './sheet';

const entry = (id: string, title: string): ManifestEntry => ({
  id,
  file: `${id}.txt`,
  size: 1,
  sha256: '',
  summary: {
    title,
    titleSource: 'text',
    language: 'de',
    wordCount: 1,
    readingMinutes: 1,
    excerpt: '',
  },
});

const ENTRIES = [
  entry('nato-2022', 'Die NATO und Russland'),
  entry('ukraine-2024', 'Ukraine: Bilanz'),
];

function sheet(scope: SheetScope, language: string) {
  const data = sampleData();
  const [first] = data.links;
  if (!first) throw new Error('the sample has a link');
  // h1 (nato) ↔ h2 (ukraine) contradicts, with a note; h3 (nato) ↔ a highlight not here.
  data.links = [
    { ...first, note: 'Andere Zahl für dasselbe' },
    {
      id: 'l2',
      fromId: 'h3',
      toId: 'someone-elses',
      relation: 'supports',
      note: '',
      createdAt: first.createdAt,
    },
  ];
  const input = buildSheet({
    scope,
    entries: ENTRIES,
    highlights: data.highlights,
    links: data.links,
    states: [],
    tags: data.tags,
    colors: data.colors,
    now: new Date('2026-12-06T08:00:00.000Z'),
    t,
  });
  return toMarkdownSheet(input, sheetLabels(t, language));
}

afterEach(() => loadLocale('en'));

describe('links on the study sheet', () => {
  it('lists them under both ends, with the other passage and its article, in English', () => {
    const md = sheet({ kind: 'all' }, 'en');
    expect(md).toContain(
      [
        'Linked passages:',
        '',
        '- **Contradicts**: “Zitat h2 über die Größe” in _Ukraine: Bilanz_\\',
        '  Why: Andere Zahl für dasselbe',
      ].join('\n'),
    );
    expect(md).toContain(
      '- **Contradicts**: “Zitat h1 über die Größe” in _Die NATO und Russland_\\',
    );
    expect(md).toContain('- **Supports**: a passage that is not among your highlights');
  });

  it('shows a link to a passage outside the sheet’s scope (one article)', () => {
    const md = sheet({ kind: 'article', id: 'nato-2022' }, 'en');
    expect(md).not.toContain('## Ukraine: Bilanz');
    expect(md).toContain('“Zitat h2 über die Größe” in _Ukraine: Bilanz_');
  });

  it('in German', async () => {
    await loadLocale('de');
    const md = sheet({ kind: 'all' }, 'de');
    expect(md).toContain(
      [
        'Verknüpfte Textstellen:',
        '',
        '- **Widerspricht**: „Zitat h2 über die Größe“ in _Ukraine: Bilanz_\\',
        '  Warum: Andere Zahl für dasselbe',
      ].join('\n'),
    );
    expect(md).toContain('- **Stützt**: eine Textstelle, die nicht unter deinen Markierungen ist');
  });

  it('has no links section where there are none', () => {
    const data = sampleData();
    const input = buildSheet({
      scope: { kind: 'all' },
      entries: ENTRIES,
      highlights: [highlight('solo')],
      states: [],
      tags: data.tags,
      colors: data.colors,
      now: new Date(),
      t,
    });
    expect(toMarkdownSheet(input, sheetLabels(t, 'en'))).not.toContain('Linked passages');
  });
});

describe('the sheet names articles as the reader set them', () => {
  it('uses the title, outlet and date from the article details over the derived ones', () => {
    const data = sampleData();
    const input = buildSheet({
      scope: { kind: 'all' },
      entries: ENTRIES,
      highlights: data.highlights,
      links: data.links,
      states: [
        {
          articleId: 'nato-2022',
          tags: [],
          note: '',
          readingOffset: 0,
          progress: 0,
          updatedAt: '2026-12-06T08:00:00.000Z',
          details: { title: 'NATO warnt Russland', outlet: 'Infobae', date: '2022-03-23' },
        },
      ],
      tags: data.tags,
      colors: data.colors,
      now: new Date('2026-12-06T08:00:00.000Z'),
      t,
    });
    const nato = input.articles.find((a) => a.id === 'nato-2022');
    expect(nato).toMatchObject({
      title: 'NATO warnt Russland',
      source: 'Infobae',
      date: { iso: '2022-03-23', precision: 'day' },
    });
    // A link to a passage of that article names it by the reader's title too.
    const ukraine = input.articles.find((a) => a.id === 'ukraine-2024');
    const titles = ukraine?.highlights.flatMap((h) => h.links?.map((l) => l.articleTitle) ?? []);
    expect(titles).toContain('NATO warnt Russland');
  });

  it('names the outlet the library shows, never the agency a file only credits', () => {
    const credited = (id: string, summary: Partial<ArticleSummary>): ManifestEntry => {
      const base = entry(id, id);
      return base.summary ? { ...base, summary: { ...base.summary, ...summary } } : base;
    };
    const input = buildSheet({
      scope: { kind: 'all' },
      entries: [
        // 002 as the seeds' manifest has it: its page is Infobae's, Reuters is credited.
        credited('nato-2022', { source: 'Reuters', outlet: 'Infobae', agency: 'Reuters' }),
        // "Mit Informationen von dpa" and no outlet found: the library shows no outlet.
        credited('ukraine-2024', { source: 'dpa', agency: 'dpa' }),
      ],
      highlights: sampleData().highlights,
      states: [],
      tags: [],
      colors: [],
      now: new Date('2026-12-06T08:00:00.000Z'),
      t,
    });
    expect(input.articles.map((a) => [a.id, a.source])).toEqual([
      ['nato-2022', 'Infobae'],
      ['ukraine-2024', undefined],
    ]);
  });
});
