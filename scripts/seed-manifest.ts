import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { decodeArticleBytes, parseArticle, summarizeArticle } from '../src/domain/article/index.ts';
import {
  articleIdFromFile,
  type ManifestEntry,
  type SeedManifest,
} from '../src/domain/library/manifest.ts';

/** Reads every `.txt` in `dir` and describes it; a bad file gets an error entry, never a crash. */
export async function buildManifest(dir: string): Promise<SeedManifest> {
  const names = (await readdir(dir)).filter((n) => articleIdFromFile(n) !== undefined).sort();
  const articles = await Promise.all(names.map((file) => describeFile(dir, file)));
  return {
    format: 'sidenote-seed-manifest',
    version: 1,
    generatedAt: new Date().toISOString(),
    articles,
  };
}

async function describeFile(dir: string, file: string): Promise<ManifestEntry> {
  const bytes = await readFile(path.join(dir, file));
  const id = articleIdFromFile(file) ?? file;
  const entry = {
    id,
    file,
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { ...entry, error: decoded.error };
  const parsed = parseArticle(id, decoded.text);
  if (!parsed.ok) return { ...entry, error: parsed.error };
  return { ...entry, summary: summarizeArticle(parsed.article) };
}

const MANIFEST = 'seeds/manifest.json';

/**
 * Serves `/seeds/manifest.json` in dev (fresh on every request, so a dropped-in file shows up
 * on reload) and emits it into the build, so a new `.txt` appears after a rebuild with no code change.
 */
export function seedManifest(seedDir: string): Plugin {
  return {
    name: 'sidenote-seed-manifest',
    configureServer(server) {
      server.middlewares.use(`/${MANIFEST}`, (_req, res, next) => {
        buildManifest(seedDir).then((manifest) => {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(JSON.stringify(manifest));
        }, next);
      });
    },
    async generateBundle() {
      const manifest = await buildManifest(seedDir);
      this.emitFile({ type: 'asset', fileName: MANIFEST, source: JSON.stringify(manifest) });
    },
  };
}
