import { partnerOf } from '@/domain/annotations/links';
import type { Highlight, HighlightLink, LinkRelation } from '@/domain/annotations/types';
import { newId, nowIso } from './clock';
import type { SidenoteDb } from './database';
import { InvalidInputError } from './errors';

/** A link and the highlight at its other end (undefined once that highlight is deleted). */
export interface LinkedHighlight {
  link: HighlightLink;
  partner: Highlight | undefined;
  /** Set when the partner is a study-group member's highlight: their user id. */
  partnerAuthorId?: string;
  /** Set when the link itself is a member's (shared with a group): read-only here. */
  linkAuthorId?: string;
}

export interface NewLink {
  fromId: string;
  toId: string;
  relation?: LinkRelation;
  note?: string;
}

/**
 * Links two highlights. One link per pair: if the two are already linked (either direction), the
 * existing link is returned unchanged. Both highlights must exist.
 */
export async function createLink(db: SidenoteDb, input: NewLink): Promise<HighlightLink> {
  if (input.fromId === input.toId) {
    throw new InvalidInputError('A highlight cannot be linked to itself. Pick another highlight.', {
      code: 'reader.errors.linkSelf',
    });
  }
  return db.transaction('rw', [db.links, db.highlights, db.memberHighlights], async () => {
    // Either end may be one of this person's highlights or one a study-group member shares.
    const ends = await db.highlights.bulkGet([input.fromId, input.toId]);
    const shared = await db.memberHighlights.where('id').anyOf(input.fromId, input.toId).toArray();
    const known = new Set([...ends.flatMap((h) => (h ? [h.id] : [])), ...shared.map((h) => h.id)]);
    if (!known.has(input.fromId) || !known.has(input.toId)) {
      throw new InvalidInputError(
        'One of these highlights no longer exists, so they cannot be linked.',
        { code: 'reader.errors.linkGone' },
      );
    }
    const existing = await db.links
      .where('fromId')
      .anyOf(input.fromId, input.toId)
      .filter(
        (l) =>
          (l.fromId === input.fromId && l.toId === input.toId) ||
          (l.fromId === input.toId && l.toId === input.fromId),
      )
      .first();
    if (existing) return existing;
    const link: HighlightLink = {
      id: newId(),
      fromId: input.fromId,
      toId: input.toId,
      relation: input.relation ?? 'other',
      note: input.note ?? '',
      createdAt: nowIso(),
    };
    await db.links.add(link);
    return link;
  });
}

/** Removes a link; resolves to the removed link (for undo) or undefined if there was none. */
export async function deleteLink(db: SidenoteDb, id: string): Promise<HighlightLink | undefined> {
  return db.transaction('rw', db.links, async () => {
    const link = await db.links.get(id);
    if (link) await db.links.delete(id);
    return link;
  });
}

/** Every link with at least one end among `highlightIds`, each once. */
export async function listLinksFor(
  db: SidenoteDb,
  highlightIds: readonly string[],
): Promise<HighlightLink[]> {
  if (highlightIds.length === 0) return [];
  const ids = [...new Set(highlightIds)];
  const [from, to] = await Promise.all([
    db.links.where('fromId').anyOf(ids).toArray(),
    db.links.where('toId').anyOf(ids).toArray(),
  ]);
  const byId = new Map([...from, ...to].map((l) => [l.id, l]));
  return [...byId.values()];
}

/** A highlight's links, each with the highlight at its other end. */
export async function listLinkedHighlights(
  db: SidenoteDb,
  highlightId: string,
): Promise<LinkedHighlight[]> {
  const [mine, shared] = await Promise.all([
    listLinksFor(db, [highlightId]),
    Promise.all([
      db.memberLinks.where('fromId').equals(highlightId).toArray(),
      db.memberLinks.where('toId').equals(highlightId).toArray(),
    ]).then(([a, b]) => [...new Map([...a, ...b].map((l) => [l.id, l])).values()]),
  ]);
  const all = [
    ...mine.map((link) => ({ link, linkAuthorId: undefined })),
    ...shared.map((link) => ({ link, linkAuthorId: link.authorId })),
  ];
  const ids = all.map(({ link }) => partnerOf(link, highlightId));
  // A partner is one of this person's highlights, or one a group member shares.
  const own = await db.highlights.bulkGet(ids);
  const members = await db.memberHighlights.where('id').anyOf(ids).toArray();
  const memberById = new Map(members.map((m) => [m.id, m]));
  return all.map(({ link, linkAuthorId }, i) => {
    const member = own[i] ? undefined : memberById.get(ids[i] ?? '');
    const partner: Highlight | undefined = own[i] ?? (member ? { ...member, tags: [] } : undefined);
    return { link, partner, partnerAuthorId: member?.authorId, linkAuthorId };
  });
}

/** Every link, oldest first (for the notebook). */
export async function listAllLinks(db: SidenoteDb): Promise<HighlightLink[]> {
  const links = await db.links.toArray();
  return links.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
