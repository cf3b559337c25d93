/**
 * Which saved tables sync, and how each field merges when two devices change it at once:
 * - `value`: the last write wins, field by field (a colour, a date, a selector);
 * - `text`: merged character by character (a note two devices type into keeps both texts);
 * - `set`: adds and removes merge (two devices tagging the same highlight keep both tags).
 * The record's key is its primary key in IndexedDB.
 */
export type FieldKind = 'value' | 'text' | 'set';

export interface TableSpec {
  table: string;
  key: string;
  fields: Readonly<Record<string, FieldKind>>;
  /** The record (less its key) merges as one value: its fields only make sense together. */
  whole?: boolean;
}

/** What a highlight is wherever it syncs: where it is, its colour and when. */
const HIGHLIGHT_PLACE = {
  articleId: 'value',
  target: 'value',
  colorId: 'value',
  createdAt: 'value',
  updatedAt: 'value',
} as const;

export const PERSONAL_TABLES: readonly TableSpec[] = [
  {
    table: 'highlights',
    key: 'id',
    fields: { ...HIGHLIGHT_PLACE, note: 'text', tags: 'set' },
  },
  {
    table: 'articleStates',
    key: 'articleId',
    fields: {
      tags: 'set',
      note: 'text',
      readingOffset: 'value',
      progress: 'value',
      lastOpenedAt: 'value',
      updatedAt: 'value',
      // The details change together, rarely: the last edit wins as a whole.
      details: 'value',
      speakers: 'value',
      dismissedPairs: 'set',
    },
  },
  {
    table: 'tags',
    key: 'id',
    fields: { name: 'value', color: 'value', description: 'value', createdAt: 'value' },
  },
  { table: 'colors', key: 'id', fields: { label: 'value', swatch: 'value', order: 'value' } },
  {
    table: 'links',
    key: 'id',
    fields: { fromId: 'value', toId: 'value', relation: 'value', note: 'text', createdAt: 'value' },
  },
  // A review state is one schedule: its fields change together, so it merges as one value.
  { table: 'reviews', key: 'highlightId', fields: {}, whole: true },
  {
    table: 'userArticles',
    key: 'id',
    fields: { fileName: 'value', raw: 'value', addedAt: 'value', summary: 'value' },
  },
];

/**
 * What an author shares with a group: their highlights (tags by name, so other members can read
 * them) and their links. One device of the author publishes what all of them agree on, so notes
 * here are plain values, not merged text.
 */
export const GROUP_TABLES: readonly TableSpec[] = [
  {
    table: 'highlights',
    key: 'id',
    fields: { ...HIGHLIGHT_PLACE, note: 'value', tagNames: 'value' },
  },
  {
    table: 'links',
    key: 'id',
    fields: {
      fromId: 'value',
      toId: 'value',
      relation: 'value',
      note: 'value',
      createdAt: 'value',
    },
  },
];

export function specOf(specs: readonly TableSpec[], table: string): TableSpec {
  const spec = specs.find((s) => s.table === table);
  if (!spec) throw new Error(`No sync spec for table "${table}"`);
  return spec;
}
