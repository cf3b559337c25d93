import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../src/domain/library/manifest';
import { buildManifest } from './seed-manifest';

const seedDir = path.resolve(import.meta.dirname, '../public/seeds');

describe('the seed manifest', () => {
  it('lists every seed with size, SHA-256 and a parsed summary', async () => {
    const manifest = await buildManifest(seedDir);
    expect(manifest.articles.map((a) => a.id)).toEqual([
      '000_9af47dd6e67bc4c7',
      '001_893b1a89f220f7f0',
      '002_0bda7b3f5836d6c8',
      '003_aa9fb3416deedb31',
      '004_f7e28fe3f4ccecb1',
    ]);
    const first = manifest.articles[0];
    expect(first?.size).toBe(9608);
    expect(first?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.summary?.title).toBe(
      'NATO bereitet direktes Eingreifen in den Russland-Ukraine-Krieg vor',
    );
    expect(readManifest(JSON.parse(JSON.stringify(manifest))).ok).toBe(true);
  });

  it('picks up a file dropped into the folder, and describes bad files instead of failing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sidenote-manifest-'));
    writeFileSync(
      path.join(dir, 'Neuer Artikel.txt'),
      'Ein Titel\n\nEin Satz im Text. Noch einer.',
    );
    writeFileSync(path.join(dir, 'leer.txt'), '  \n');
    writeFileSync(path.join(dir, 'binär.txt'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]));
    writeFileSync(path.join(dir, 'notes.md'), '# not an article');
    const manifest = await buildManifest(dir);
    const byId = Object.fromEntries(manifest.articles.map((a) => [a.id, a]));
    expect(Object.keys(byId).sort()).toEqual(['Neuer Artikel', 'binär', 'leer']);
    expect(byId['Neuer Artikel']?.summary?.title).toBe('Ein Titel');
    expect(byId['leer']?.error?.code).toBe('empty');
    expect(byId['binär']?.error?.code).toBe('not-utf8');
  });
});

describe('reading a manifest', () => {
  it('refuses a damaged manifest with a message that says where', () => {
    const result = readManifest({
      format: 'sidenote-seed-manifest',
      version: 1,
      generatedAt: 'x',
      articles: [{ id: 3 }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.where).toBe('articles.0.id');
  });
});
