/**
 * Quotations found in an article and who says them. Plain data: offsets into `Article.text`,
 * strings and numbers only, so a quote can be stored, sent and compared as JSON.
 */

/**
 * How the speaker was found: their name or role at the quote, a pronoun, the quotes around it,
 * or the reader's correction.
 */
export type SpeakerSource = 'named' | 'role' | 'pronoun' | 'context' | 'reader';

/** A person, or a group, document or outlet (a communiqué, a newspaper, a think tank). */
export type SpeakerKind = 'person' | 'group';

export interface QuoteSpeaker {
  /** The name as the text gives it at its fullest ("Jens Stoltenberg", "Wall Street Journal"). */
  name: string;
  /** A role the text gives them ("NATO-Generalsekretär", "russische Außenminister"). */
  role?: string;
  kind: SpeakerKind;
  /**
   * Where the text names them: the mention the name was taken from, `[start, end)` in
   * `Article.text`. For a reader's correction, where the article's own quotes name that speaker,
   * else an empty range at the quote's start.
   */
  start: number;
  end: number;
  source: SpeakerSource;
}

export interface Quote {
  /** The quoted words, without the marks: `[start, end)` in `Article.text`. */
  start: number;
  end: number;
  /** `text.slice(start, end)` of the article. */
  text: string;
  /** Index of the paragraph (in `Article.paragraphs`) that holds the quote. */
  paragraph: number;
  /** A partial quotation woven into the author's sentence, not a sentence of its own. */
  fragment: boolean;
  /** Absent when the text does not say who speaks. */
  speaker?: QuoteSpeaker;
  /** Stable id within the article, from the quote's normalised words (see quote-key.ts). */
  key: string;
}

/** Why a quoted passage is taken for speech or not (for tests, debugging and the README). */
export type QuoteReason =
  | 'attributed'
  | 'after-colon'
  | 'sentence'
  | 'long'
  | 'reported-speech'
  | 'so-called'
  | 'title'
  | 'name'
  | 'no-speech-cue';

/** Every quoted passage, speech or not. */
export interface QuotedPassage extends Omit<Quote, 'key'> {
  speech: boolean;
  reason: QuoteReason;
}
