/**
 * Direct quotations in an article and who says them. See README.md for the rules.
 */
import type { Article } from '../article/types';
import { Cast, type Mention } from './cast';
import {
  leadIn,
  sentenceHasSpeechVerb,
  sourcePhrase,
  trailer,
  type Attribution,
  type ParagraphView,
} from './attribute';
import { BEFORE_NAMES, FINITE_MARKERS, REPORTED_SPEECH, SO_CALLED, TITLE_WORDS } from './lexicon';
import { findQuotedSpans, type QuotedSpan } from './marks';
import { lower } from './names';
import { quoteKeys } from './quote-key';
import { splitSentences, tokenize, type Token } from './tokens';
import type { Quote, QuoteReason, QuoteSpeaker, QuotedPassage } from './types';

export type QuoteSource = Pick<Article, 'text' | 'paragraphs' | 'language'>;

/** A quotation of at least this many words is speech even with no verb of saying near it. */
export const LONG_QUOTE_WORDS = 6;

interface Prepared extends ParagraphView {
  spans: QuotedSpan[];
  sentences: Array<[number, number]>;
}

function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** A noun phrase: ends in a capitalised word and has no finite verb or auxiliary ("bestehende, von den USA geführte Sicherheitsordnung"). */
function isNominal(text: string): boolean {
  const ws = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  const lastWord = ws[ws.length - 1] ?? '';
  if (!/^\p{Lu}/u.test(lastWord) || /[.!?\u2026]$/u.test(text.trim())) return false;
  return !ws.some((w) => FINITE_MARKERS.has(w.toLowerCase()));
}

function isUpperInitial(text: string): boolean {
  const m = /[\p{L}]/u.exec(text);
  return !!m && m[0] !== m[0].toLowerCase();
}

/** A term, a title or a name, whatever surrounds it. */
function notSpeech(tokens: Token[], q: number, quoteText: string): QuoteReason | undefined {
  const before = lower(tokens[q - 1]);
  if (SO_CALLED.has(before) || (before === 'genannte' && lower(tokens[q - 2]) === 'so'))
    return 'so-called';
  if (TITLE_WORDS.has(before)) return 'title';
  const ws = quoteText.split(/\s+/u).filter(Boolean);
  if (ws.length <= 3 && ws.every((w) => /^[\p{Lu}\p{N}&.-]+$/u.test(w))) return 'name';
  if (ws.length <= 3 && BEFORE_NAMES.has(before) && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w)))
    return 'name';
  return undefined;
}

function withSource(
  s: QuoteSpeaker | undefined,
  source: QuoteSpeaker['source'],
): QuoteSpeaker | undefined {
  return s ? { ...s, source } : undefined;
}

function lastTokenIsColon(view: Prepared | undefined): boolean {
  const t = view?.tokens[view.tokens.length - 1];
  return t?.kind === 'punct' && t.text === ':';
}

/** Every quoted passage in the article, speech or not, with its speaker when it has one. */
export function analyseQuotes(article: QuoteSource): QuotedPassage[] {
  const { text } = article;
  const cast = new Cast(text);
  const views: Prepared[] = article.paragraphs.map((p, index) => {
    const spans = findQuotedSpans(text, p.start, p.end);
    const tokens = tokenize(text, p.start, p.end, spans);
    return { index, tokens, spans, sentences: splitSentences(tokens), mentions: [] };
  });
  for (const view of views) cast.scan(view.tokens, view.index);
  const byParagraph = new Map<number, Mention[]>();
  for (const m of cast.mentions) {
    const list = byParagraph.get(m.paragraph) ?? [];
    list.push(m);
    byParagraph.set(m.paragraph, list);
  }
  for (const view of views) view.mentions = byParagraph.get(view.index) ?? [];

  const out: QuotedPassage[] = [];
  let last: { paragraph: number; speaker?: QuoteSpeaker } | undefined;
  const recent = (p: number) => (last && last.paragraph >= p - 1 ? last.speaker : undefined);

  for (const view of views) {
    const prevView = views[view.index - 1];
    for (const [from, to] of view.sentences) {
      const found: Array<{ q: number; passage: QuotedPassage; attribution: Attribution }> = [];
      const hasVerb = sentenceHasSpeechVerb(view.tokens, from, to);
      for (let q = from; q < to; q++) {
        const token = view.tokens[q];
        if (token?.kind !== 'quote' || token.quote === undefined) continue;
        const span = view.spans[token.quote];
        if (!span) continue;
        const quoteText = text.slice(span.start, span.end);
        const atStart = q === from;
        const afterColon = view.tokens[q - 1]?.text === ':';
        const fromPrevious = atStart && q === 0 && lastTokenIsColon(prevView);
        const base = {
          start: span.start,
          end: span.end,
          text: quoteText,
          paragraph: view.index,
          fragment: !(isUpperInitial(quoteText) && (atStart || afterColon)),
        };
        let reason: QuoteReason | undefined = notSpeech(view.tokens, q, quoteText);
        let attribution: Attribution = { cue: false };
        if (!reason) {
          const ctx = { previous: recent(view.index) };
          const after = trailer(text, view, q, to);
          const before = leadIn(text, view, from, q, ctx, to);
          attribution = after.speaker
            ? after
            : before.speaker
              ? before
              : after.cue
                ? after
                : before;
          if (!attribution.cue) attribution = sourcePhrase(text, view, from, to);
          if (!attribution.cue && fromPrevious && prevView) {
            const s = prevView.sentences[prevView.sentences.length - 1];
            if (s) attribution = leadIn(text, prevView, s[0], prevView.tokens.length, ctx);
            if (!attribution.cue) attribution = { cue: true };
          }
          if (attribution.cue) reason = afterColon || fromPrevious ? 'after-colon' : 'attributed';
          else if (afterColon) reason = 'after-colon';
          else if (words(quoteText) >= LONG_QUOTE_WORDS && !isNominal(quoteText)) reason = 'long';
          else if (
            isUpperInitial(quoteText) &&
            /[.!?\u2026]$/u.test(quoteText) &&
            words(quoteText) >= 3
          )
            reason = 'sentence';
          else if (!hasVerb && recent(view.index) && reportedBefore(view.tokens, from, q))
            reason = 'reported-speech';
          else reason = 'no-speech-cue';
        }
        const speech =
          reason !== 'so-called' &&
          reason !== 'title' &&
          reason !== 'name' &&
          reason !== 'no-speech-cue';
        found.push({ q, passage: { ...base, speech, reason }, attribution });
      }
      // A quote of the sentence without a speaker of its own takes its neighbour's.
      const named = found.find((f) => f.passage.speech && f.attribution.speaker)?.attribution
        .speaker;
      for (const f of found) {
        if (!f.passage.speech) {
          out.push(f.passage);
          continue;
        }
        let speaker = f.attribution.speaker ?? named;
        // With no cue of its own, a quote continues the last speaker; not after a colon that
        // names nobody ("Auf dem Plakat stand: „…“").
        if (!speaker && !f.attribution.cue && f.passage.reason !== 'after-colon') {
          speaker = withSource(recent(view.index), 'context');
        }
        const passage = speaker ? { ...f.passage, speaker } : f.passage;
        out.push(passage);
        last = { paragraph: view.index, speaker };
      }
    }
  }
  return out;
}

/** A Konjunktiv I form before the quote in its sentence ("sei das Bündnis bereit, … „…“"). */
function reportedBefore(tokens: Token[], from: number, q: number): boolean {
  for (let i = from; i < q; i++) if (REPORTED_SPEECH.has(lower(tokens[i]))) return true;
  return false;
}

/** The direct quotations of speech in an article, in reading order, each with its key. */
export function findQuotes(article: QuoteSource): Quote[] {
  const speech = analyseQuotes(article).filter((p) => p.speech);
  const keys = quoteKeys(speech.map((p) => p.text));
  return speech.map(({ speech: _s, reason: _r, ...rest }, i) => ({ ...rest, key: keys[i] ?? '' }));
}
