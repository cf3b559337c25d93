/** Direct quotations and their speakers (issue 12, "Compare coverage"). See README.md. */
export type * from './types';
export { findQuotes, analyseQuotes, LONG_QUOTE_WORDS, type QuoteSource } from './find-quotes';
export { findQuotedSpans, type QuotedSpan } from './marks';
export { quoteKey, quoteKeys, normalizeQuoteText } from './quote-key';
export { speakerKey, personKey } from './speaker-key';
export {
  applySpeakerCorrections,
  withSpeakerCorrection,
  type CorrectedQuote,
  type SpeakerCorrections,
} from './corrections';
export {
  groupQuotesBySpeaker,
  speakerTable,
  type ArticleQuotes,
  type LibraryCorrections,
  type QuotesBySpeaker,
  type SpeakerGroup,
  type SpeakerRow,
  type SpeakerTable,
} from './speaker-table';
