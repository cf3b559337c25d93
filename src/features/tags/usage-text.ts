import type { TagUsage } from '@/db';
import type { Translate } from '@/shared/i18n';

/**
 * The case the counts stand in: German says "von 3 Artikeln" (dative) where English says
 * "by 3 articles"; in English both are the same.
 */
type GrammaticalCase = 'nominative' | 'dative';

function parts(t: Translate, usage: TagUsage | undefined, form: GrammaticalCase): string[] {
  const result: string[] = [];
  if (usage?.highlights) result.push(t('tags.usage.highlights', { count: usage.highlights }));
  if (usage?.articles) {
    const id = form === 'dative' ? 'tags.usage.articlesDative' : 'tags.usage.articles';
    result.push(t(id, { count: usage.articles }));
  }
  return result;
}

/** For the tag list: "3 highlights · 1 article", or "Not used yet". */
export function usageText(t: Translate, usage: TagUsage | undefined): string {
  const found = parts(t, usage, 'nominative');
  return found.length > 0 ? found.join(' · ') : t('tags.usage.notUsed');
}

/** For a sentence: "3 highlights and 1 article", or "" when the tag is unused. */
export function usagePhrase(
  t: Translate,
  usage: TagUsage | undefined,
  form: GrammaticalCase = 'nominative',
): string {
  const [first = '', second] = parts(t, usage, form);
  return second === undefined ? first : t('tags.usage.and', { first, second });
}
