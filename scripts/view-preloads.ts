import type { Plugin, Rollup } from 'vite';
import { LAZY_VIEWS, type LazyView } from '../src/app/view-chunks.ts';
import { MESSAGES_PREFIX } from './messages-plugin.ts';

/**
 * `<meta name="sidenote-views" content="<json>">` in the built index.html: for every lazily
 * loaded view, the files its code needs (with the modules it loads on demand before its content
 * can show, `loads` in src/app/view-chunks.ts) and, per language, the files of its words,
 * leaving out what the entry loads anyway. /boot.js (src/app/boot.ts) preloads a cold load's view from it,
 * beside the app's entry, instead of after it: one round trip less before the view draws.
 */
export const VIEWS_META = 'sidenote-views';

export type ViewFiles = Partial<
  Record<LazyView, { code: string[]; words: Record<string, string[]> }>
>;

const AREA_MODULE = new RegExp(`^\\0${MESSAGES_PREFIX}([^/]+)/([^/+]+)$`);

export function viewFiles(bundle: Rollup.OutputBundle, base = '/'): ViewFiles {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (file: string, into: Set<string>) => {
    if (into.has(file)) return into;
    into.add(file);
    for (const dep of byName.get(file)?.imports ?? []) closure(dep, into);
    return into;
  };
  const entry = chunks.find((c) => c.isEntry);
  const loaded = entry ? closure(entry.fileName, new Set()) : new Set<string>();
  const needed = (files: Iterable<string>) => {
    const all = new Set<string>();
    for (const file of files) closure(file, all);
    return [...all].filter((file) => !loaded.has(file)).map((file) => `${base}${file}`);
  };
  // Each area's chunk per language: `\0virtual:sidenote-messages/<locale>/<area>`.
  const areaChunks = new Map<string, string>();
  for (const chunk of chunks) {
    for (const id of chunk.moduleIds) {
      const match = AREA_MODULE.exec(id);
      if (match) areaChunks.set(`${match[1]}/${match[2]}`, chunk.fileName);
    }
  }
  const locales = [...new Set([...areaChunks.keys()].map((key) => key.split('/')[0] ?? ''))];
  const views: ViewFiles = {};
  const chunkOf = (module: string) => chunks.find((c) => c.facadeModuleId?.endsWith(`/${module}`));
  for (const [view, files] of Object.entries(LAZY_VIEWS) as [
    LazyView,
    (typeof LAZY_VIEWS)[LazyView],
  ][]) {
    const chunk = chunkOf(files.module);
    if (!chunk) continue;
    const words: Record<string, string[]> = {};
    for (const locale of locales) {
      words[locale] = needed(
        files.areas.flatMap((area) => areaChunks.get(`${locale}/${area}`) ?? []),
      );
    }
    // What the view loads on demand before its content can show (search: the article parser).
    const loads = ('loads' in files ? files.loads : []).flatMap((m) => chunkOf(m)?.fileName ?? []);
    views[view] = { code: needed([chunk.fileName, ...loads]), words };
  }
  return views;
}

export function viewPreloads(): Plugin {
  let base = '/';
  return {
    name: 'sidenote-view-preloads',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        ctx.bundle
          ? [
              {
                tag: 'meta',
                attrs: { name: VIEWS_META, content: JSON.stringify(viewFiles(ctx.bundle, base)) },
                injectTo: 'head-prepend' as const,
              },
            ]
          : [],
    },
  };
}
