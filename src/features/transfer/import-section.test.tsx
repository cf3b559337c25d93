/**
 * Importing W3C Web Annotations through the import section: links come back between the
 * imported highlights, and links whose passages are nowhere are named in the preview.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHighlight,
  createLink,
  listAllHighlights,
  listAllLinks,
  listColors,
  listTags,
} from '@/db';
import { getDb } from '@/db/database';
import { target } from '@/db/test-utils';
import type { SeedManifest } from '@/domain/library/manifest';
import { manifestEntry, seedManifest } from '@/domain/library/manifest.fixture';
import { toWebAnnotations } from '@/domain/transfer';
import { loadLocale } from '@/shared/i18n';
import { manifestQuery } from '@/shared/queries/articles';
import { ImportSection } from './import-section';

const MANIFEST: SeedManifest = seedManifest([
  manifestEntry('a1', 'Alpha'),
  manifestEntry('a2', 'Beta'),
]);

const BASE = 'http://127.0.0.1:4173';

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
});

afterEach(() => loadLocale('en'));

function renderImport() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(manifestQuery.queryKey, MANIFEST);
  render(
    <QueryClientProvider client={client}>
      <ImportSection />
    </QueryClientProvider>,
  );
}

/** Two highlights in two articles, linked with a relation and a note; the export of them. */
async function exportWithLinks() {
  const db = getDb();
  const one = await createHighlight(db, {
    articleId: 'a1',
    target: target(0, 'Erste Stelle'),
    colorId: 'key-claim',
  });
  const two = await createHighlight(db, {
    articleId: 'a2',
    target: target(5, 'Zweite Stelle'),
    colorId: 'evidence',
  });
  await createLink(db, {
    fromId: one.id,
    toId: two.id,
    relation: 'contradicts',
    note: 'Andere Zahl',
  });
  const [highlights, tags, colors, links] = await Promise.all([
    listAllHighlights(db),
    listTags(db),
    listColors(db),
    listAllLinks(db),
  ]);
  const articles = MANIFEST.articles.map((e) => ({ id: e.id, title: e.summary?.title ?? '' }));
  const collection = toWebAnnotations(highlights, tags, colors, articles, BASE, { links });
  return { links, json: JSON.stringify(collection) };
}

async function choose(json: string) {
  const input = screen.getByLabelText(/Choose a file to import|Datei zum Importieren auswählen/);
  await userEvent.upload(
    input,
    new File([json], 'annotations.jsonld', { type: 'application/ld+json' }),
  );
  return screen.findByRole('region', { name: /Import preview|Vorschau/ });
}

describe('importing Web Annotations with links', () => {
  it('brings the links back into an empty database: the same relation, note and ends', async () => {
    const { links, json } = await exportWithLinks();
    const db = getDb();
    await db.delete();
    await db.open();
    renderImport();
    const preview = await choose(json);
    expect(preview).toHaveTextContent('2 highlights, 1 link between passages to add');
    expect(preview).not.toHaveTextContent('skipped');
    await userEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await waitFor(async () => expect(await listAllLinks(getDb())).toHaveLength(1));
    const [back] = await listAllLinks(getDb());
    const [made] = links;
    expect(back).toEqual(made);
  });

  it('says which links it leaves out because their passages are nowhere', async () => {
    const { json } = await exportWithLinks();
    const file = JSON.parse(json) as { first: { items: { motivation: string }[] } };
    // Only the link: its passages are neither in the file nor, after clearing, here.
    file.first.items = file.first.items.filter((a) => a.motivation === 'linking');
    const db = getDb();
    await db.delete();
    await db.open();
    renderImport();
    const preview = await choose(JSON.stringify(file));
    expect(preview).toHaveTextContent(
      '1 link skipped: a passage it links is neither in the file nor among your highlights.',
    );
  });

  it('links to a highlight already here, and words what it skips in German', async () => {
    const { json } = await exportWithLinks();
    const file = JSON.parse(json) as { first: { items: { motivation: string }[] } };
    const onlyLink = { ...file, first: { ...file.first, items: file.first.items.slice(2) } };
    renderImport();
    const preview = await choose(JSON.stringify(onlyLink));
    // Both ends are highlights here: the link is the one already here, nothing skipped.
    expect(preview).toHaveTextContent('nothing new to add');
    expect(preview).not.toHaveTextContent('skipped');

    await loadLocale('de');
    const db = getDb();
    await db.delete();
    await db.open();
    const twice = {
      ...onlyLink,
      first: { ...onlyLink.first, items: [...onlyLink.first.items, ...onlyLink.first.items] },
    };
    (twice.first.items[1] as unknown as { id: string }).id = 'urn:x:other';
    const german = await choose(JSON.stringify(twice));
    expect(german).toHaveTextContent(
      '2 Verknüpfungen übersprungen: Textstellen, die sie verknüpfen, sind weder in der Datei noch unter deinen Markierungen.',
    );
  });
});
