import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listColors } from '@/db';
import { getDb } from '@/db/database';
import { loadLocale } from '@/shared/i18n';
import { readDraft } from '@/shared/stores/drafts';
import { ColorMeaningField } from './color-meaning-field';

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
  localStorage.clear();
});

async function firstColor() {
  const [color] = await listColors(getDb());
  if (!color) throw new Error('the default palette is empty');
  return color;
}

const storedLabel = async (id: string) =>
  (await listColors(getDb())).find((c) => c.id === id)?.label;

describe('ColorMeaningField', () => {
  it('saves on Enter and says so', async () => {
    const color = await firstColor();
    render(<ColorMeaningField color={color} index={0} />);
    const field = screen.getByRole('textbox', { name: 'Meaning of colour 1' });
    await userEvent.clear(field);
    await userEvent.type(field, '  Kernthese   der Rede {Enter}');
    await waitFor(() => expect(field).toHaveAccessibleDescription('Saved'));
    expect(await storedLabel(color.id)).toBe('Kernthese der Rede');
    expect(readDraft(`color:${color.id}:label`)).toBeUndefined();
  });

  it('keeps typed text through a reload before it was saved, and saves it then', async () => {
    const color = await firstColor();
    const first = render(<ColorMeaningField color={color} index={0} />);
    const field = screen.getByRole('textbox', { name: 'Meaning of colour 1' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Gegenargument');
    // The page goes away before the quiet time is over: only the draft has the text.
    expect(readDraft(`color:${color.id}:label`)?.text).toBe('Gegenargument');
    first.unmount();

    render(<ColorMeaningField color={color} index={0} />);
    expect(screen.getByRole('textbox', { name: 'Meaning of colour 1' })).toHaveValue(
      'Gegenargument',
    );
    await waitFor(async () => expect(await storedLabel(color.id)).toBe('Gegenargument'));
  });

  it('refuses an empty meaning with a message and keeps the stored one', async () => {
    const color = await firstColor();
    render(<ColorMeaningField color={color} index={0} />);
    const field = screen.getByRole('textbox', { name: 'Meaning of colour 1' });
    await userEvent.clear(field);
    await userEvent.type(field, '   {Enter}');
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Give the colour a meaning/));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await storedLabel(color.id)).toBe(color.label);
    await userEvent.tab();
    expect(field).toHaveValue(color.label);
    expect(readDraft(`color:${color.id}:label`)).toBeUndefined();
  });

  it('takes a meaning renamed elsewhere when it holds no edits of its own', async () => {
    const color = await firstColor();
    const view = render(<ColorMeaningField color={color} index={0} />);
    view.rerender(<ColorMeaningField color={{ ...color, label: 'Umstritten' }} index={0} />);
    expect(screen.getByRole('textbox', { name: 'Meaning of colour 1' })).toHaveValue('Umstritten');
  });

  it('Escape brings back the stored meaning', async () => {
    const color = await firstColor();
    render(<ColorMeaningField color={color} index={0} />);
    const field = screen.getByRole('textbox', { name: 'Meaning of colour 1' });
    await userEvent.type(field, 'xyz{Escape}');
    expect(field).toHaveValue(color.label);
  });

  describe('in German', () => {
    afterEach(() => loadLocale('en'));

    it('shows an unedited default meaning in German and stores nothing for it', async () => {
      await loadLocale('de');
      const color = await firstColor();
      render(<ColorMeaningField color={color} index={0} />);
      const field = screen.getByRole('textbox', { name: 'Bedeutung von Farbe 1' });
      expect(field).toHaveValue('Kernaussage');
      await userEvent.click(field);
      await userEvent.tab();
      await new Promise((r) => setTimeout(r, 600));
      // Still the shipped meaning, so English readers keep seeing "Key claim".
      expect(await storedLabel(color.id)).toBe('Key claim');
      expect(readDraft(`color:${color.id}:label`)).toBeUndefined();
    });

    it('follows a change of language while it holds no edits', async () => {
      const color = await firstColor();
      render(<ColorMeaningField color={color} index={0} />);
      expect(screen.getByRole('textbox', { name: 'Meaning of colour 1' })).toHaveValue('Key claim');
      await act(() => loadLocale('de'));
      expect(screen.getByRole('textbox', { name: 'Bedeutung von Farbe 1' })).toHaveValue(
        'Kernaussage',
      );
    });

    it('stores what the person writes, and says so in German', async () => {
      await loadLocale('de');
      const color = await firstColor();
      render(<ColorMeaningField color={color} index={0} />);
      const field = screen.getByRole('textbox', { name: 'Bedeutung von Farbe 1' });
      await userEvent.clear(field);
      await userEvent.type(field, '   {Enter}');
      await waitFor(() =>
        expect(field).toHaveAccessibleDescription(
          'Gib der Farbe eine Bedeutung, zum Beispiel „Kernaussage“.',
        ),
      );
      await userEvent.type(field, 'Hauptthese{Enter}');
      await waitFor(() => expect(field).toHaveAccessibleDescription('Gespeichert'));
      expect(await storedLabel(color.id)).toBe('Hauptthese');
    });
  });
});
