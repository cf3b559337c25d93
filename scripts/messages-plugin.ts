import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin, Rollup } from 'vite';

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
 * `<meta name="sidenote-messages-<locale>" content="<files>">`: the files of a language's
 * first-render messages (src/shared/i18n's core areas, imported as one module of several areas,
 * `<locale>/app+errors+library+ui`) and of what they import that the entry does not already
 * load, in the built index.html.
 */
export const MESSAGES_META = 'sidenote-messages-';

const CORE_MODULE = new RegExp(`^\\0${MESSAGES_PREFIX}([^/]+)/[^/+]+(\\+[^/+]+)+$`);

/** For every language, the chunk of its several-area module and the chunks it imports. */
export function firstRenderFiles(bundle: Rollup.OutputBundle): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  const loaded = new Set<string>();
  const closure = (file: string, into: Set<string>) => {
    if (into.has(file)) return;
    into.add(file);
    for (const dep of chunks.find((c) => c.fileName === file)?.imports ?? []) closure(dep, into);
  };
  if (entry) closure(entry.fileName, loaded);
  const files: Record<string, string[]> = {};
  for (const chunk of chunks) {
    const locale = chunk.moduleIds.map((id) => CORE_MODULE.exec(id)?.[1]).find(Boolean);
    if (!locale) continue;
    const needed = new Set<string>();
    closure(chunk.fileName, needed);
    files[locale] = [...needed].filter((file) => !loaded.has(file));
  }
  return files;
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
  let base = '/';
  return {
    name: 'sidenote-messages',
    configResolved(config) {
      base = config.base;
    },
    resolveId: (id) => (id.startsWith(MESSAGES_PREFIX) ? `\0${id}` : undefined),
    // The built page names each language's first-render module in <head>, for /boot.js to fetch
    // the reader's own alongside the app's code (src/app/boot.ts).
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        ctx.bundle
          ? Object.entries(firstRenderFiles(ctx.bundle)).map(([locale, files]) => ({
              tag: 'meta',
              attrs: {
                name: `${MESSAGES_META}${locale}`,
                content: files.map((file) => `${base}${file}`).join(' '),
              },
              injectTo: 'head-prepend' as const,
            }))
          : [],
    },
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
