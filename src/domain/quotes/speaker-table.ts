/**
 * Quotes across the library, by speaker: who is quoted in which article and how often. One row
 * per speaker key (speaker-key.ts), so "Stoltenberg", "Jens Stoltenberg" and "NATO-Generalsekretär
 * Jens Stoltenberg" are one row; the reader's corrections are applied first.
 */
import {
  applySpeakerCorrections,
  type CorrectedQuote,
  type SpeakerCorrections,
} from './corrections';
import { speakerKey } from './speaker-key';
import type { Quote, SpeakerKind } from './types';

export interface ArticleQuotes {
  id: string;
  quotes: readonly Quote[];
}

/** articleId → that article's corrections. */
export type LibraryCorrections = Record<string, SpeakerCorrections>;

export interface SpeakerGroup {
  key: string;
  /** The fullest name seen ("Jens Stoltenberg" rather than "Stoltenberg"). */
  name: string;
  kind: SpeakerKind;
  /** Every role seen, in order of first appearance. */
  roles: string[];
  quotes: Array<{ articleId: string; quote: CorrectedQuote }>;
}

export interface QuotesBySpeaker {
  /** Most quoted first, then by name. */
  speakers: SpeakerGroup[];
  /** Quotes nobody is named for. */
  unattributed: Array<{ articleId: string; quote: CorrectedQuote }>;
}

/**
 * A role as compared: lower case, and a lower-case word's declension ending taken off, so "der
 * russische Außenminister" and "russischer Außenminister" are one role (the first seen is shown).
 */
function roleKey(role: string): string {
  return role
    .split(/\s+/)
    .map((w) => (/^\p{Ll}/u.test(w) ? w.replace(/(?:er|en|em|es|e)$/u, '') : w))
    .join(' ')
    .toLowerCase();
}

/** Groups every quote of the given articles by speaker, with the reader's corrections applied. */
export function groupQuotesBySpeaker(
  articles: readonly ArticleQuotes[],
  corrections?: LibraryCorrections,
): QuotesBySpeaker {
  const corrected = articles.map((a) => ({
    id: a.id,
    quotes: applySpeakerCorrections(a.quotes, corrections?.[a.id]),
  }));
  // A name the reader typed joins the row of a speaker the rules found under the same name.
  const byName = new Map<string, string>();
  for (const a of corrected)
    for (const q of a.quotes)
      if (q.speaker && q.speaker.source !== 'reader')
        byName.set(q.speaker.name.toLowerCase(), speakerKey(q.speaker.name, q.speaker.kind));

  const groups = new Map<string, SpeakerGroup>();
  const unattributed: QuotesBySpeaker['unattributed'] = [];
  for (const a of corrected) {
    for (const quote of a.quotes) {
      const s = quote.speaker;
      if (!s) {
        unattributed.push({ articleId: a.id, quote });
        continue;
      }
      const key =
        s.source === 'reader'
          ? (byName.get(s.name.toLowerCase()) ?? speakerKey(s.name))
          : speakerKey(s.name, s.kind);
      let g = groups.get(key);
      if (!g) {
        g = { key, name: s.name, kind: s.kind, roles: [], quotes: [] };
        groups.set(key, g);
      }
      if (s.name.length > g.name.length) g.name = s.name;
      if (s.role && !g.roles.some((r) => roleKey(r) === roleKey(s.role ?? '')))
        g.roles.push(s.role);
      g.quotes.push({ articleId: a.id, quote });
    }
  }
  const speakers = [...groups.values()].sort(
    (a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name, 'de'),
  );
  return { speakers, unattributed };
}

export interface SpeakerRow {
  key: string;
  name: string;
  kind: SpeakerKind;
  roles: string[];
  /** articleId → number of quotes (articles without one are absent). */
  counts: Record<string, number>;
  total: number;
}

export interface SpeakerTable {
  /** The article ids, in the order given: the table's columns. */
  articles: string[];
  rows: SpeakerRow[];
  /** articleId → quotes nobody is named for. */
  unattributed: Record<string, number>;
}

/** The speaker × article table: how many quotes each speaker has in each article. */
export function speakerTable(
  articles: readonly ArticleQuotes[],
  corrections?: LibraryCorrections,
): SpeakerTable {
  const { speakers, unattributed } = groupQuotesBySpeaker(articles, corrections);
  const rows = speakers.map((g) => {
    const counts: Record<string, number> = {};
    for (const { articleId } of g.quotes) counts[articleId] = (counts[articleId] ?? 0) + 1;
    return {
      key: g.key,
      name: g.name,
      kind: g.kind,
      roles: g.roles,
      counts,
      total: g.quotes.length,
    };
  });
  const missing: Record<string, number> = {};
  for (const { articleId } of unattributed) missing[articleId] = (missing[articleId] ?? 0) + 1;
  return { articles: articles.map((a) => a.id), rows, unattributed: missing };
}
