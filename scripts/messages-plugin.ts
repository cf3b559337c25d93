import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin } from 'vite';

/** `import messages from 'virtual:sidenote-messages/de'`: every catalog of one language. */
export const MESSAGES_PREFIX = 'virtual:sidenote-messages/';

/**
 * The catalogs of one language as flat ICU messages: `locales/<locale>/<area>.json` holds
 * `{ "key": "message" }`, read here as `"<area>.<key>"`. Throws on a file that is not a flat
 * object of strings.
 */
export function readCatalogs(localesDir: string, locale: string): Record<string, string> {
  const dir = path.join(localesDir, locale);
  const messages: Record<string, string> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const area = file.slice(0, -'.json'.length);
    const parsed: unknown = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`${locale}/${file} is not an object of messages`);
    }
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value !== 'string') throw new Error(`${locale}/${file}: "${key}" is not a string`);
      messages[`${area}.${key}`] = value;
    }
  }
  return messages;
}

/** The areas (catalog files) of one language, sorted: `app`, `errors`, `library`, … */
export function catalogAreas(localesDir: string, locale: string): string[] {
  return readdirSync(path.join(localesDir, locale))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * Compiles the interface's messages (ICU MessageFormat, plurals by the language's CLDR rules)
 * into plain functions at build time, so the page ships no parser, and each area of each
 * language as a chunk of its own: `virtual:sidenote-messages/<locale>/<area>`. A page loads the
 * areas its view uses in the reader's language only (src/shared/i18n/i18n.ts, decision 0016);
 * `virtual:sidenote-messages/loaders` maps every locale and area to its loader. A message that
 * does not parse stops the build with its key.
 */
export function messagesPlugin(localesDir: string): Plugin {
  return {
    name: 'sidenote-messages',
    resolveId: (id) => (id.startsWith(MESSAGES_PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${MESSAGES_PREFIX}`)) return undefined;
      const rest = id.slice(MESSAGES_PREFIX.length + 1);
      if (rest === 'loaders') {
        const locales = readdirSync(localesDir)
          .filter((d) => !d.startsWith('.'))
          .sort();
        const entries = locales.map((locale) => {
          const areas = catalogAreas(localesDir, locale).map(
            (area) =>
              `${JSON.stringify(area)}: () => import(${JSON.stringify(`${MESSAGES_PREFIX}${locale}/${area}`)})`,
          );
          return `${JSON.stringify(locale)}: { ${areas.join(', ')} }`;
        });
        return `export default { ${entries.join(', ')} };`;
      }
      // `<locale>/<area>`, or several areas as one module: `<locale>/app+ui`.
      const [locale = '', joined = ''] = rest.split('/');
      const areas = joined.split('+');
      for (const area of areas) this.addWatchFile(path.join(localesDir, locale, `${area}.json`));
      const messages = Object.fromEntries(
        Object.entries(readCatalogs(localesDir, locale)).filter(([key]) =>
          areas.includes(key.slice(0, key.indexOf('.'))),
        ),
      );
      const mf = new MessageFormat(locale, { strict: false });
      try {
        return compileModule(mf, messages);
      } catch (error) {
        // compileModule names no key: find the one that fails.
        for (const [key, message] of Object.entries(messages)) {
          try {
            mf.compile(message);
          } catch (inner) {
            this.error(`${locale}: message "${key}" does not parse: ${String(inner)}`);
          }
        }
        throw error;
      }
    },
  };
}
