/**
 * The comparison sheet: two articles side by side in Markdown — the passages the reader linked
 * (relation and why), the correspondences Sidenote found and the reader has not linked or
 * dismissed, and what each outlet reports that the other leaves out. Its words come from the
 * interface (`ComparisonLabels`), like the study sheet's.
 */
import type { LinkRelation } from '@/domain/annotations/types';
import type { ArticleDate } from '@/domain/article/types';
import { outletKey } from '@/domain/article/outlets';
import { articleDetail } from '@/domain/format/date';
import { escapeInline, escapeLine, headingText } from './markdown-escape';

export interface ComparisonArticle {
  title: string;
  /** The outlet, as the reader set or confirmed it, else as derived. */
  outlet?: string;
  author?: string;
  date?: ArticleDate;
  /** BCP 47; the article's own date is written in it. */
  language?: string;
}

export interface ComparisonLink {
  relation: LinkRelation;
  left: string;
  right: string;
  /** Why the two are linked (plain text); empty when there is none. */
  note: string;
}

export interface ComparisonInput {
  left: ComparisonArticle;
  right: ComparisonArticle;
  /** Links between a passage of the left article and one of the right, in reading order of the left. */
  links: ComparisonLink[];
  /** Suggested correspondences, neither linked nor dismissed. */
  aligned: Array<{ kind: 'quote' | 'claim'; left: string; right: string }>;
  onlyLeft: string[];
  onlyRight: string[];
  generatedAt: string | Date;
}

export interface ComparisonLabels {
  /** The interface's language (BCP 47), for the date the sheet was made. */
  language: string;
  /** The sheet's title: "Comparison: {left} ↔ {right}" (the titles are escaped Markdown). */
  title: (parts: { left: string; right: string }) => string;
  /** "Made with Sidenote on 6 December 2026". */
  made: (date: string) => string;
  /** Column heading for an article when it has no outlet: "Left" / "Right". */
  side: (side: 'left' | 'right') => string;
  /** Section headings, with their counts. */
  linked: (count: number) => string;
  aligned: (count: number) => string;
  onlyIn: (parts: { outlet: string; count: number }) => string;
  /**
   * Under an "only in" list: Sidenote found no close wording for these in `other` — an
   * omission not proven, since the other article may tell them in other words.
   */
  onlyNote: (other: string) => string;
  /** A column's name when both articles have the same outlet: "WSWS.ORG, left". */
  sideOutlet: (parts: { side: 'left' | 'right'; outlet: string }) => string;
  /** Column headings. */
  relation: string;
  kind: string;
  why: string;
  relationName: (relation: LinkRelation) => string;
  kindName: (kind: 'quote' | 'claim') => string;
  /** Under an empty section. */
  none: string;
}

/** Plain text in a table cell: one line, `|` escaped. */
function cell(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim()).replace(/\|/g, '\\|');
}

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** Author and date, under the column named by the outlet (which is not said twice). */
function describe(a: ComparisonArticle): string {
  const detail = articleDetail({ date: a.date, language: a.language });
  return [a.author, detail]
    .filter(Boolean)
    .map((s) => escapeInline(s ?? ''))
    .join(' · ');
}

export function comparisonSheet(input: ComparisonInput, labels: ComparisonLabels): string {
  const { left, right } = input;
  // Two articles of one outlet are told apart by their side.
  const sameOutlet =
    left.outlet !== undefined &&
    right.outlet !== undefined &&
    outletKey(left.outlet) === outletKey(right.outlet);
  const plain = (side: 'left' | 'right') => {
    const outlet = (side === 'left' ? left : right).outlet;
    if (outlet === undefined) return labels.side(side);
    return sameOutlet ? labels.sideOutlet({ side, outlet }) : outlet;
  };
  const [l, r] = [cell(plain('left')), cell(plain('right'))];
  const made = new Date(input.generatedAt);
  const date = new Intl.DateTimeFormat(labels.language, { dateStyle: 'long' }).format(made);
  const out: string[] = [
    `# ${labels.title({ left: headingText(left.title), right: headingText(right.title) })}`,
    '',
    escapeInline(labels.made(date)),
    '',
    ...table(
      [l, r],
      [
        [cell(left.title), cell(right.title)],
        [describe(left), describe(right)],
      ],
    ),
    '',
  ];
  const section = (heading: string, lines: string[]) => {
    out.push(`## ${heading}`, '', ...(lines.length > 0 ? lines : [escapeInline(labels.none)]), '');
  };
  section(
    headingText(labels.linked(input.links.length)),
    input.links.length === 0
      ? []
      : table(
          [cell(labels.relation), l, r, cell(labels.why)],
          input.links.map((k) => [
            `**${cell(labels.relationName(k.relation))}**`,
            cell(k.left),
            cell(k.right),
            cell(k.note),
          ]),
        ),
  );
  section(
    headingText(labels.aligned(input.aligned.length)),
    input.aligned.length === 0
      ? []
      : table(
          [cell(labels.kind), l, r],
          input.aligned.map((p) => [cell(labels.kindName(p.kind)), cell(p.left), cell(p.right)]),
        ),
  );
  for (const [side, passages] of [
    ['left', input.onlyLeft],
    ['right', input.onlyRight],
  ] as const) {
    const other = plain(side === 'left' ? 'right' : 'left');
    section(
      headingText(labels.onlyIn({ outlet: plain(side), count: passages.length })),
      passages.length === 0
        ? []
        : [
            escapeInline(labels.onlyNote(other)),
            '',
            // A list item is a block: a leading #, > or 1. must not open a heading, quote or list.
            ...passages.map((p) => `- ${escapeLine(p.replace(/\s+/g, ' ').trim())}`),
          ],
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
