import path from 'node:path';
import { build, type Plugin } from 'vite';

/**
 * Serves and builds `/boot.js`, the classic script index.html runs from <head> before the first
 * paint (src/app/boot.ts), as one small self-contained IIFE. It is bundled from TypeScript, so
 * the rules it reads saved preferences by are the app's own (src/shared/stores/preference-rules.ts).
 */
export function bootScript(
  entry: string,
  alias: Record<string, string>,
  fileName = 'boot.js',
): Plugin {
  return {
    name: `sidenote-boot-script:${fileName}`,
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_req, res, next) => {
        compileBootScript(entry, alias, fileName).then((code) => {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName,
        source: await compileBootScript(entry, alias, fileName),
      });
    },
  };
}

/** `entry` and what it imports, as one minified IIFE with no imports or exports left. */
export async function compileBootScript(
  entry: string,
  alias: Record<string, string>,
  fileName = 'boot.js',
): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    resolve: { alias },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: path.resolve(entry),
        output: { format: 'iife', entryFileNames: fileName },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
    'output' in o ? o.output : [],
  );
  const chunk = chunks.find((c) => c.type === 'chunk' && c.fileName === fileName);
  if (!chunk || chunk.type !== 'chunk')
    throw new Error(`boot script: no chunk built from ${entry}`);
  if (chunks.length !== 1) throw new Error(`${fileName}: it must build into one file`);
  return chunk.code;
}
