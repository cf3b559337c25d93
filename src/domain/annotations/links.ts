import type { HighlightLink, LinkRelation } from './types';

export const RELATIONS: Array<{ id: LinkRelation; label: string }> = [
  { id: 'same-event', label: 'Same event' },
  { id: 'supports', label: 'Supports' },
  { id: 'contradicts', label: 'Contradicts' },
  { id: 'other', label: 'Related' },
];

export const relationLabel = (r: LinkRelation) => RELATIONS.find((x) => x.id === r)?.label ?? r;

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
