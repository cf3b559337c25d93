import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createHighlight,
  createTag,
  getArticleState,
  listAllHighlights,
  listTags,
  setArticleTags,
} from '@/db';
import { getDb } from '@/db/database';
import { target } from '@/db/test-utils';
import { TagsPage } from './tags-page';

/** The page reads the app's database (`getDb()`); start every test from an empty one. */
beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
});

async function seed() {
  const db = getDb();
  const nato = await createTag(db, 'NATO', { color: 'blue' });
  const russia = await createTag(db, 'Russland');
  for (let i = 0; i < 3; i++) {
    await createHighlight(db, {
      articleId: 'a1',
      target: target(i * 10, 'Wort'),
      colorId: 'key-claim',
      tags: [nato.id],
    });
  }
  await setArticleTags(db, 'a2', [nato.id, russia.id]);
  return { nato, russia };
}

const row = (name: string) =>
  screen.getByRole('heading', { level: 2, name }).closest('li') as HTMLElement;

async function renderPage() {
  render(<TagsPage />);
  await screen.findByRole('heading', { level: 1, name: 'Tags' });
}

describe('TagsPage', () => {
  it('explains tags when there are none', async () => {
    await renderPage();
    expect(await screen.findByRole('heading', { name: 'No tags yet' })).toBeInTheDocument();
    expect(screen.getByText(/Tag articles in the library/)).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('lists tags by name with what uses them', async () => {
    await seed();
    await renderPage();
    const list = await screen.findByRole('list', { name: 'Tags' });
    const names = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(names).toEqual(['NATO', 'Russland']);
    await waitFor(() => expect(row('NATO')).toHaveTextContent('3 highlights · 1 article'));
    expect(row('Russland')).toHaveTextContent('1 article');
  });

  it('creates a tag and refuses a duplicate name', async () => {
    const user = userEvent.setup();
    await seed();
    await renderPage();
    await user.type(screen.getByLabelText('New tag'), 'Sanktionen{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Sanktionen' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Created “Sanktionen”.');
    expect(screen.getByLabelText('New tag')).toHaveValue('');

    await user.type(screen.getByLabelText('New tag'), 'nato{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('already a tag called “NATO”');
    expect((await listTags(getDb())).map((t) => t.name)).toEqual([
      'NATO',
      'Russland',
      'Sanktionen',
    ]);
  });

  it('renames a tag inline', async () => {
    const user = userEvent.setup();
    await seed();
    await renderPage();
    await screen.findByRole('list', { name: 'Tags' });
    await user.click(screen.getByRole('button', { name: 'Rename “Russland”' }));
    const field = screen.getByLabelText('New name for “Russland”');
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'Russische Föderation{Enter}');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Russische Föderation' }),
    ).toBeVisible();
    expect((await listTags(getDb())).map((t) => t.name)).toContain('Russische Föderation');
    expect(screen.getByRole('button', { name: 'Rename “Russische Föderation”' })).toHaveFocus();
  });

  it('Escape cancels a rename without saving', async () => {
    const user = userEvent.setup();
    await seed();
    await renderPage();
    await screen.findByRole('list', { name: 'Tags' });
    await user.click(screen.getByRole('button', { name: 'Rename “NATO”' }));
    await user.type(screen.getByLabelText('New name for “NATO”'), ' alt{Escape}');
    expect(screen.queryByLabelText('New name for “NATO”')).not.toBeInTheDocument();
    expect((await listTags(getDb())).map((t) => t.name)).toEqual(['NATO', 'Russland']);
  });

  it('renaming to an existing name offers to merge into that tag', async () => {
    const user = userEvent.setup();
    const { nato } = await seed();
    await renderPage();
    await screen.findByRole('list', { name: 'Tags' });
    await user.click(screen.getByRole('button', { name: 'Rename “Russland”' }));
    const field = screen.getByLabelText('New name for “Russland”');
    await user.clear(field);
    await user.type(field, 'nato{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A tag called “NATO” already exists',
    );
    expect((await listTags(getDb())).map((t) => t.name)).toEqual(['NATO', 'Russland']);

    await user.click(screen.getByRole('button', { name: 'Merge into “NATO”' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Russland' })).not.toBeInTheDocument(),
    );
    expect((await getArticleState(getDb(), 'a2')).tags).toEqual([nato.id]);
    expect(screen.getByRole('status')).toHaveTextContent('Merged “Russland” into “NATO”.');
  });

  it('recolours a tag from a radio group of named swatches', async () => {
    const user = userEvent.setup();
    await seed();
    await renderPage();
    await user.click(await screen.findByRole('button', { name: 'Colour of “NATO”: Blue' }));
    const dialog = screen.getByRole('dialog', { name: 'Colour of “NATO”' });
    const radios = within(dialog).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual([
      'yellow',
      'green',
      'blue',
      'pink',
      'purple',
      'orange',
      'gray',
    ]);
    expect(within(dialog).getByRole('radio', { name: 'Blue' })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: 'Green' }));
    await waitFor(async () =>
      expect((await listTags(getDb())).find((t) => t.name === 'NATO')?.color).toBe('green'),
    );
    // The page shows the stored colour once the live query has caught up.
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: 'Green' })).toBeChecked());
    expect(
      await screen.findByRole('button', { name: 'Colour of “NATO”: Green' }),
    ).toBeInTheDocument();
  });

  it('merges a tag into another after confirming', async () => {
    const user = userEvent.setup();
    const { nato } = await seed();
    await renderPage();
    await screen.findByRole('list', { name: 'Tags' });
    await user.click(screen.getByRole('button', { name: 'Merge “NATO”' }));
    const form = row('NATO');
    expect(within(form).getByLabelText('Merge “NATO” into')).toHaveValue(
      (await listTags(getDb())).find((t) => t.name === 'Russland')?.id,
    );
    expect(form).toHaveTextContent(
      '3 highlights and 1 article tagged “NATO” will be tagged “Russland” instead, and “NATO” is removed. You can undo this.',
    );
    const highlightsBefore = await listAllHighlights(getDb());
    await user.click(within(form).getByRole('button', { name: 'Merge tags' }));
    await waitFor(async () =>
      expect((await listTags(getDb())).map((t) => t.name)).toEqual(['Russland']),
    );
    const russiaId = (await listTags(getDb()))[0]?.id;
    const highlights = await listAllHighlights(getDb());
    expect(
      highlights.every((h) => h.tags.includes(russiaId ?? '') && !h.tags.includes(nato.id)),
    ).toBe(true);
    await waitFor(() => expect(row('Russland')).toHaveTextContent('3 highlights · 1 article'));

    // Undo brings “NATO” back on exactly the records that had it.
    const status = screen.getByRole('status');
    const undo = within(status).getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    await waitFor(async () =>
      expect((await listTags(getDb())).map((t) => t.name)).toEqual(['NATO', 'Russland']),
    );
    const restored = await listAllHighlights(getDb());
    expect(restored.map((h) => h.tags).sort()).toEqual(highlightsBefore.map((h) => h.tags).sort());
    expect(status).toHaveTextContent('“NATO” is back as its own tag.');
  });

  it('deletes after a confirmation that counts the uses, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const { nato } = await seed();
    await renderPage();
    await screen.findByRole('list', { name: 'Tags' });
    await user.click(screen.getByRole('button', { name: 'Delete “NATO”' }));
    const confirm = screen.getByRole('group', { name: /Delete “NATO”\?/ });
    expect(confirm).toHaveTextContent('It is used by 3 highlights and 1 article.');
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.click(within(confirm).getByRole('button', { name: 'Delete tag' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'NATO' })).not.toBeInTheDocument(),
    );
    expect((await getArticleState(getDb(), 'a2')).tags).not.toContain(nato.id);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Deleted “NATO”.');
    const undo = within(status).getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();

    await user.click(undo);
    expect(await screen.findByRole('heading', { level: 2, name: 'NATO' })).toBeVisible();
    expect(status).toHaveTextContent('Restored “NATO”.');
    expect((await getArticleState(getDb(), 'a2')).tags).toContain(nato.id);
    await waitFor(() => expect(row('NATO')).toHaveTextContent('3 highlights · 1 article'));
  });

  it('says an unused tag is not used before deleting it', async () => {
    const user = userEvent.setup();
    await createTag(getDb(), 'Leer');
    await renderPage();
    await user.click(await screen.findByRole('button', { name: 'Delete “Leer”' }));
    expect(screen.getByRole('group', { name: /Delete “Leer”\?/ })).toHaveTextContent(
      'It is not used anywhere yet.',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete “Leer”' })).toHaveFocus();
  });
});
