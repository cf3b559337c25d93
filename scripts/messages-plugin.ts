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

/**
 * Compiles the interface's messages (ICU MessageFormat, plurals by the language's CLDR rules)
 * into plain functions at build time, so the page ships neither a parser nor a message it does
 * not use in that language: English is in the first page's code, German loads as a chunk of its
 * own when it is chosen (src/shared/i18n, decision 0016). A message that does not parse stops
 * the build with its key.
 */
export function messagesPlugin(localesDir: string): Plugin {
  return {
    name: 'sidenote-messages',
    resolveId: (id) => (id.startsWith(MESSAGES_PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${MESSAGES_PREFIX}`)) return undefined;
      const locale = id.slice(MESSAGES_PREFIX.length + 1);
      const dir = path.join(localesDir, locale);
      for (const file of readdirSync(dir)) this.addWatchFile(path.join(dir, file));
      const messages = readCatalogs(localesDir, locale);
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
