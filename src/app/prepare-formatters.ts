import { prepareArticleDate } from '@/domain/format/date';
import { currentLocale } from '@/shared/i18n';
import { inNextTask } from './next-task';

/**
 * The first Intl.NumberFormat or DateTimeFormat made for a language loads that language's data:
 * 10–20 ms on a desktop CPU, four times that on a phone, inside whichever render first shows a
 * number (the interface's counts) or a date (an article's). Made here first, each in a task of
 * its own while the article downloads, the render's own take a fraction of a millisecond
 * (Lighthouse's total blocking time, bench row 12). `articleLanguage`: the prerendered (first) article's.
 */
export async function prepareFormatters(articleLanguage: string | undefined): Promise<void> {
  await inNextTask(() => new Intl.NumberFormat(currentLocale()));
  if (articleLanguage) await inNextTask(() => prepareArticleDate(articleLanguage));
}
