import type { HighlightLink, LinkRelation } from './types';

/**
 * The relations in the order they are offered, each with the key of its name in the interface's
 * catalogs: `reader.relation.<key>` ("Same event" / "Dasselbe Ereignis"). Words live only there.
 */
export const RELATIONS = [
  { id: 'same-event', key: 'sameEvent' },
  { id: 'supports', key: 'supports' },
  { id: 'contradicts', key: 'contradicts' },
  { id: 'other', key: 'other' },
] as const satisfies ReadonlyArray<{ id: LinkRelation; key: string }>;

export type RelationKey = (typeof RELATIONS)[number]['key'];

/** The catalog key of a relation's name; an unknown relation (newer data) reads as related. */
export const relationKey = (r: LinkRelation): RelationKey =>
  RELATIONS.find((x) => x.id === r)?.key ?? 'other';

/** The other end of `link` seen from highlight `id`. */
export function partnerOf(link: HighlightLink, id: string): string {
  return link.fromId === id ? link.toId : link.fromId;
}

/** Links touching `id`, keyed so each highlight finds its own without a scan per card. */
export function linksByHighlight(links: readonly HighlightLink[]): Map<string, HighlightLink[]> {
  const map = new Map<string, HighlightLink[]>();
  for (const l of links) {
    for (const end of [l.fromId, l.toId]) {
      const list = map.get(end) ?? [];
      list.push(l);
      map.set(end, list);
    }
  }
  return map;
}
