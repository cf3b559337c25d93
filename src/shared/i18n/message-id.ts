/**
 * Every message id: `<area>.<key>` for each key of the English catalogs (locales/en/<area>.json).
 * A typo in an id is a type error; a key missing from German is a failing test (catalogs.test.ts).
 */
import type app from './locales/en/app.json';
import type ui from './locales/en/ui.json';
import type library from './locales/en/library.json';
import type reader from './locales/en/reader.json';
import type notebook from './locales/en/notebook.json';
import type review from './locales/en/review.json';
import type search from './locales/en/search.json';
import type settings from './locales/en/settings.json';
import type sync from './locales/en/sync.json';
import type tags from './locales/en/tags.json';
import type transfer from './locales/en/transfer.json';
import type errors from './locales/en/errors.json';
import type quotes from './locales/en/quotes.json';

type Ids<Area extends string, Catalog> = `${Area}.${Extract<keyof Catalog, string>}`;

export type MessageId =
  | Ids<'app', typeof app>
  | Ids<'ui', typeof ui>
  | Ids<'library', typeof library>
  | Ids<'reader', typeof reader>
  | Ids<'notebook', typeof notebook>
  | Ids<'review', typeof review>
  | Ids<'search', typeof search>
  | Ids<'settings', typeof settings>
  | Ids<'sync', typeof sync>
  | Ids<'tags', typeof tags>
  | Ids<'transfer', typeof transfer>
  | Ids<'errors', typeof errors>
  | Ids<'quotes', typeof quotes>;
