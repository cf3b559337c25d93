/**
 * Sentences as weighted term vectors over both articles: tf–idf with the BM25 idf, the
 * document collection being the sentences of the two articles together, so what both
 * articles say everywhere ("NATO", "Ukraine") weighs little and what two sentences alone share
 * weighs most. Compound parts count at `PART_WEIGHT`, event concepts (`concepts.ts`) at
 * `EVENT_WEIGHT`; a state's names are one term; a bare role adds the surname it stands for
 * (`people.ts`) at `ROLE_WEIGHT`.
 */
import { ACTOR_PREFIX, CONCEPT_PREFIX, conceptsOf } from './concepts';
import { isRoleWord, rolesOfPeople } from './people';
import { quoteRanges } from './quotes';
import type { Sentence } from './sentences';
import { sentenceTerms, splitCompound, type TermOccurrence } from './terms';
import type { AlignInput } from './types';

/** Weight of a compound's parts next to the whole word. */
const PART_WEIGHT = 0.6;
/**
 * Weight of a word's event concept (`concepts.ts`: "Niederlage" also stands for the family of
 * "Sieg") next to the word itself: much less, as two different claims often share one
 * (tuned on the seeds). A state's or alliance's names are not an extra term but one term.
 */
export const EVENT_WEIGHT = 0.3;
/**
 * Weight of the surname a bare role word stands for ("der Generalsekretär" → Stoltenberg): a
 * share of a two-word name, as "Jens Stoltenberg" gives each word (`terms.ts`).
 */
export const ROLE_WEIGHT = 0.5;
/** Sentences without the term assumed besides the two articles' own (see `vectorise`). */
const PRIOR_SENTENCES = 20;

/** What a term id stands for: a word's stem, a concept of the lexicon, or a known person. */
export const TermKind = { Word: 0, Event: 2, Person: 3 } as const;

export interface SentenceVector {
  /** term id → weight (tf × idf), unit length after `finish`. */
  ids: Int32Array;
  weights: Float64Array;
  /** Term ids inside quotation marks (sorted, distinct). */
  quoted: Int32Array;
  /** The sentence's words, folded, joined by spaces (typography gone). */
  normalised: string;
}

function occurrences(
  input: AlignInput,
  sentences: readonly Sentence[],
): { terms: TermOccurrence[]; normalised: string }[] {
  const byParagraph = new Map<number, [number, number][]>();
  return sentences.map((s) => {
    let quotes = byParagraph.get(s.paragraph);
    if (!quotes) {
      const p = input.paragraphs[s.paragraph];
      quotes = p ? quoteRanges(input.text, p.start, p.end) : [];
      byParagraph.set(s.paragraph, quotes);
    }
    return sentenceTerms(input.text, s.start, s.end, quotes);
  });
}

/** Vectors for the sentences of both articles, over one shared vocabulary and idf. */
export function vectorise(
  a: AlignInput,
  aSentences: readonly Sentence[],
  b: AlignInput,
  bSentences: readonly Sentence[],
): { a: SentenceVector[]; b: SentenceVector[]; df: Int32Array; kind: Uint8Array } {
  const occ = [...occurrences(a, aSentences), ...occurrences(b, bSentences)];
  const body = (x: AlignInput): [number, number][] =>
    x.paragraphs.filter((p) => p.kind === 'body').map((p) => [p.start, p.end]);
  const roles = [rolesOfPeople(a.text, body(a)), rolesOfPeople(b.text, body(b))];
  const vocabulary = new Set<string>();
  for (const { terms } of occ) for (const o of terms) vocabulary.add(o.stem);

  const ids = new Map<string, number>();
  const idOf = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    return id;
  };
  const splits = new Map<string, string[] | undefined>();
  const raw: { tf: Map<number, number>; quoted: Set<number> }[] = occ.map(({ terms: list }, s) => {
    const people = roles[s < aSentences.length ? 0 : 1]?.roles;
    const tf = new Map<number, number>();
    const quoted = new Set<number>();
    const add = (t: string, w: number, q: boolean): void => {
      const id = idOf(t);
      tf.set(id, (tf.get(id) ?? 0) + w);
      if (q) quoted.add(id);
    };
    for (const o of list) {
      const concepts = conceptsOf(o.stem);
      // A state's many names are one term ("Moskau", "Kreml", "russische" → Russia).
      const actor = concepts.find((c) => c.actor);
      add(actor ? ACTOR_PREFIX + actor.name : o.stem, o.weight, o.quoted);
      let parts = splits.get(o.surface);
      if (!splits.has(o.surface)) {
        parts = splitCompound(o.surface, vocabulary);
        splits.set(o.surface, parts);
      }
      if (parts) for (const p of parts) if (p !== o.stem) add(p, PART_WEIGHT * o.weight, o.quoted);
      for (const c of concepts)
        if (!c.actor) add(CONCEPT_PREFIX + c.name, EVENT_WEIGHT * o.weight, false);
    }
    if (people && people.size > 0) {
      // A bare role stands for the one person the article gives it, unless they are named here.
      const named = new Set(list.map((o) => o.stem));
      for (const o of list) {
        const surname = people.get(o.stem);
        if (surname && !named.has(surname) && isRoleWord(o.surface)) {
          add(surname, ROLE_WEIGHT * o.weight, false);
          named.add(surname);
        }
      }
    }
    return { tf, quoted };
  });

  const n = raw.length;
  const df = new Float64Array(ids.size);
  for (const r of raw) for (const id of r.tf.keys()) df[id] = (df[id] ?? 0) + 1;
  // BM25's idf over the sentences plus `PRIOR_SENTENCES` that have none of the terms: with two
  // short articles, a word both use in every sentence is not thereby a common word.
  const idf = df.map((d) => Math.log(1 + (n + PRIOR_SENTENCES - d + 0.5) / (d + 0.5)));

  const vectors = raw.map(({ tf, quoted }, s): SentenceVector => {
    const entries = [...tf.entries()].sort((x, y) => x[0] - y[0]);
    const termIds = new Int32Array(entries.length);
    const weights = new Float64Array(entries.length);
    let norm = 0;
    entries.forEach(([id, f], i) => {
      const w = (1 + Math.log(Math.max(f, 1))) * (idf[id] ?? 0) * Math.min(f, 1);
      termIds[i] = id;
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
    return {
      ids: termIds,
      weights,
      quoted: Int32Array.from([...quoted].sort((x, y) => x - y)),
      normalised: occ[s]?.normalised ?? '',
    };
  });
  const kind = new Uint8Array(ids.size);
  for (const [t, id] of ids) {
    if (t.startsWith(CONCEPT_PREFIX)) kind[id] = TermKind.Event;
  }
  for (const r of roles) {
    for (const surname of r.surnames) {
      const id = ids.get(surname);
      if (id !== undefined) kind[id] = TermKind.Person;
    }
  }
  return {
    a: vectors.slice(0, aSentences.length),
    b: vectors.slice(aSentences.length),
    df: Int32Array.from(df),
    kind,
  };
}
