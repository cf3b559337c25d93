import type { TagUsage } from '@/db';

/** "1 highlight", "3 articles". */
export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function parts(usage: TagUsage | undefined): string[] {
  const result: string[] = [];
  if (usage?.highlights) result.push(countLabel(usage.highlights, 'highlight'));
  if (usage?.articles) result.push(countLabel(usage.articles, 'article'));
  return result;
}

/** For the tag list: "3 highlights · 1 article", or "Not used yet". */
export function usageText(usage: TagUsage | undefined): string {
  const found = parts(usage);
  return found.length > 0 ? found.join(' · ') : 'Not used yet';
}

/** For a sentence: "3 highlights and 1 article", or "" when the tag is unused. */
export function usagePhrase(usage: TagUsage | undefined): string {
  return parts(usage).join(' and ');
}
