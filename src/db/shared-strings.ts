import type { Highlight } from '@/domain/annotations/types';

/**
 * IndexedDB gives every record it reads its own copy of every string. The ones that repeat
 * across an article's highlights (its id, the text's hash, colour ids, selector types, an
 * `updatedAt` equal to `createdAt`) are made one string again: a megabyte of 5,000 records
 * (benchmark row 4). The values stay the same.
 */
export function shareRepeatedStrings(rows: Highlight[]): Highlight[] {
  const kept = new Map<string, string>();
  // One per field: a row mostly repeats the row before, whose string is found without hashing.
  const sharer = () => {
    let last: string | undefined;
    return <T extends string>(s: T): T => {
      if (s === last) return last as T;
      let found = kept.get(s);
      if (found === undefined) kept.set(s, (found = s));
      last = found;
      return found as T;
    };
  };
  const [articleId, colorId, textHash, positionType, quoteType] = [
    sharer(),
    sharer(),
    sharer(),
    sharer(),
    sharer(),
  ];
  for (const h of rows) {
    h.articleId = articleId(h.articleId);
    h.colorId = colorId(h.colorId);
    if (h.updatedAt === h.createdAt) h.updatedAt = h.createdAt;
    const { position, quote } = h.target;
    h.target.textHash = textHash(h.target.textHash);
    position.type = positionType(position.type);
    quote.type = quoteType(quote.type);
  }
  return rows;
}
