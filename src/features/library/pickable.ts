import type { ArticleSummary } from '@/domain/article/types';
import { articleDetail } from '@/domain/format/date';
import { summaryOutlet } from '@/domain/article/details';
import type { ManifestEntry } from '@/domain/library/manifest';
import { currentLocale, t, type Locale } from '@/shared/i18n';
import type { PickableArticle } from '@/shared/ui/article-picker';

/**
 * An article as the Side by side picker lists it. The detail line ("source · date · reading
 * time") is formatted only when the picker shows it: the library builds this list for every
 * article before its first card is drawn, and 10,000 dates formatted up front cost that much.
 */
class PickableEntry implements PickableArticle {
  readonly id: string;
  readonly title: string;
  readonly #summary: ArticleSummary;
  #detail: string | undefined;
  /** The interface language `#detail` was made in: its reading time is in that language. */
  #locale: Locale | undefined;

  constructor(id: string, summary: ArticleSummary) {
    this.id = id;
    this.title = summary.title;
    this.#summary = summary;
  }

  get detail(): string {
    const locale = currentLocale();
    if (this.#detail === undefined || this.#locale !== locale) {
      this.#locale = locale;
      this.#detail = articleDetail({
        ...this.#summary,
        source: summaryOutlet(this.#summary),
        readingTime: (minutes) => t('library.card.readingTime', { minutes }),
      });
    }
    return this.#detail;
  }
}

/** Every readable article, in the order given, for the Side by side picker. */
export function pickableArticles(entries: readonly ManifestEntry[]): PickableArticle[] {
  return entries.flatMap((e) => (e.summary ? [new PickableEntry(e.id, e.summary)] : []));
}
