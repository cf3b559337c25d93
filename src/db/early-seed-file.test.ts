import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ManifestEntry } from '@/domain/library/manifest';
import { fetchManifest, prefetchSeedFile, takeEarlySeedFile } from './article-source';
import { fetchEarly, MANIFEST_INIT, MANIFEST_PATH } from './early-fetch';
import { loadSeedArticle } from './article-loader';

const TEXT = 'Titel der Meldung\n\nDie Nato-Außenminister trafen sich am Freitag virtuell.\n';

function entry(file: string): ManifestEntry {
  return { id: file.replace(/\.txt$/, ''), file, size: TEXT.length, sha256: 'x' };
}

const textResponse = () =>
  new Response(TEXT, { headers: { 'content-type': 'text/plain; charset=utf-8' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('early seed downloads', () => {
  it('the loader uses a download started before the manifest came, and only once', async () => {
    const fetch = vi.fn(() => Promise.resolve(textResponse()));
    vi.stubGlobal('fetch', fetch);
    prefetchSeedFile('meldung.txt');
    prefetchSeedFile('meldung.txt');
    expect(fetch).toHaveBeenCalledTimes(1);

    const first = await loadSeedArticle(entry('meldung.txt'));
    expect(first.ok && first.article.title).toBe('Titel der Meldung');
    expect(fetch).toHaveBeenCalledTimes(1);

    // A later load (a retry, a refetch) downloads the file again.
    await loadSeedArticle(entry('meldung.txt'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a failed early download is reported by the load that takes it, never unhandled', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    prefetchSeedFile('weg.txt');
    const loaded = await loadSeedArticle(entry('weg.txt'));
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.error).toEqual({
      code: 'unreadable',
      reason: 'download-failed',
      file: 'weg.txt',
    });
  });

  it('a download nobody asked for is not handed out', () => {
    expect(takeEarlySeedFile('nie.txt')).toBeUndefined();
  });

  it('the article list boot.js asked for is taken by the app once, and damaged news still told', async () => {
    const manifest = {
      format: 'sidenote-seed-manifest',
      version: 1,
      generatedAt: '2024-06-01T00:00:00.000Z',
      articles: [],
    };
    const fetch = vi.fn(() => Promise.resolve(Response.json(manifest)));
    vi.stubGlobal('fetch', fetch);
    fetchEarly(MANIFEST_PATH, MANIFEST_INIT);
    expect(fetch).toHaveBeenCalledWith('/seeds/manifest.json', { cache: 'no-cache' });
    expect(await fetchManifest()).toEqual(manifest);
    expect(fetch).toHaveBeenCalledTimes(1);
    // A refetch asks the server again.
    await fetchManifest();
    expect(fetch).toHaveBeenCalledTimes(2);

    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('<!doctype html>'))),
    );
    fetchEarly(MANIFEST_PATH, MANIFEST_INIT);
    await expect(fetchManifest()).rejects.toMatchObject({ problem: { code: 'not-json' } });
  });
});
