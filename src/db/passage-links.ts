import type { Highlight, HighlightLink, LinkRelation } from '@/domain/annotations/types';
import type { SidenoteDb } from './database';
import { newHighlight, type NewHighlight } from './highlights-repo';
import { createLink } from './links-repo';

/** One end of a link between passages: a highlight that exists, or one to make for it. */
export type PassageEnd = { id: string } | { make: NewHighlight };

export interface LinkedPassages {
  from: Highlight;
  to: Highlight;
  link: HighlightLink;
  /** Highlights this call made (so an undo can remove them with the link). */
  made: Highlight[];
}

/**
 * Links two passages in one step: makes the highlights that are missing, then the link, all in
 * one transaction (a failure leaves nothing half made). Accepting a suggested correspondence
 * side by side does this.
 */
export async function linkPassages(
  db: SidenoteDb,
  from: PassageEnd,
  to: PassageEnd,
  relation: LinkRelation,
  note = '',
): Promise<LinkedPassages> {
  return db.transaction('rw', [db.highlights, db.links, db.memberHighlights], async () => {
    const made: Highlight[] = [];
    const end = async (e: PassageEnd): Promise<Highlight> => {
      if ('make' in e) {
        const h = newHighlight(e.make);
        await db.highlights.add(h);
        made.push(h);
        return h;
      }
      const h = await db.highlights.get(e.id);
      if (!h) throw new Error(`No highlight ${e.id}`);
      return h;
    };
    const a = await end(from);
    const b = await end(to);
    const link = await createLink(db, { fromId: a.id, toId: b.id, relation, note });
    return { from: a, to: b, link, made };
  });
}
