/** What each unit of a file becomes in the article. */
import type { ArticleDate, ParagraphKind } from './types';

export type Role =
  | { kind: 'paragraph'; paragraph: ParagraphKind; lang?: string }
  | { kind: 'title' }
  | { kind: 'subtitle' }
  | { kind: 'byline'; byline: string; date?: ArticleDate; full: string }
  | { kind: 'date'; date: ArticleDate }
  | { kind: 'source-line'; source?: string }
  | { kind: 'removed' };

/** Roles while classifying: undefined means "not decided yet" (it ends up as body). */
export type Roles = (Role | undefined)[];

export function paragraphRole(paragraph: ParagraphKind, lang?: string): Role {
  return lang ? { kind: 'paragraph', paragraph, lang } : { kind: 'paragraph', paragraph };
}
