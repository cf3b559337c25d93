import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getArticleState, setArticleDetails } from '@/db';
import { getDb } from '@/db/database';
import type { DetailsInput } from '@/domain/article/details';
import { loadLocale } from '@/shared/i18n';
import { ArticleDetailsDialog } from './article-details-dialog';

/** Seed 002 as the parser reads it: Reuters credited, Infobae in the page furniture. */
const INPUT: DetailsInput = {
  title: 'Die NATO warnte Russland davor, dass es keinen Atomkrieg gewinnen kann',
  titleSource: 'text',
  source: 'Reuters',
  language: 'de',
  sourceLines: ['Mit Informationen von Reuters'],
  removed: ['Guardar', 'Infobae'],
};

beforeAll(() => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
});

afterEach(() => loadLocale('en'));

function open(onClose = vi.fn()) {
  render(<ArticleDetailsDialog articleId="a" input={INPUT} onClose={onClose} />);
  return onClose;
}

const details = async () => (await getArticleState(getDb(), 'a')).details;
const field = (label: string) => screen.findByLabelText<HTMLInputElement>(label);
const button = (name: string | RegExp) => screen.getByRole('button', { name, hidden: true });

describe('the article details editor', () => {
  it('shows derived values as derived, and Confirm keeps one as the reader’s', async () => {
    open();
    const outlet = await field('Outlet');
    expect(outlet).toHaveValue('Infobae');
    expect(screen.getByText(/credits Reuters, a news agency/)).toBeInTheDocument();
    // Every field the file gives is marked; the web address it does not give is not.
    expect(screen.getAllByText('derived')).toHaveLength(3); // title, outlet, language
    await userEvent.click(button('Confirm Outlet: Infobae'));
    await waitFor(async () => expect(await details()).toEqual({ outlet: 'Infobae' }));
    expect(await screen.findByText('set by you')).toBeInTheDocument();
    expect(screen.getAllByText('derived')).toHaveLength(2);
    expect(button('Reset to derived: Outlet')).toBeInTheDocument();
  });

  it('stores an edited field on Save and closes', async () => {
    const onClose = open();
    const author = await field('Author');
    await userEvent.type(author, 'Redaktion Infobae');
    const url = await field('Web address');
    await userEvent.type(url, 'https://www.infobae.com/america/mundo/2022/10/13/nato/');
    await userEvent.click(button('Save'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await details()).toEqual({
      author: 'Redaktion Infobae',
      url: 'https://www.infobae.com/america/mundo/2022/10/13/nato/',
    });
  });

  it('Reset to derived forgets the reader’s value and shows the derived one again', async () => {
    await setArticleDetails(getDb(), 'a', { title: 'Mein Titel', outlet: 'Infobae' });
    open();
    const title = await field('Title');
    expect(title).toHaveValue('Mein Titel');
    expect(screen.getByText(`Derived: ${INPUT.title}`)).toBeInTheDocument();
    await userEvent.click(button('Reset to derived: Title'));
    await waitFor(async () => expect(await details()).toEqual({ outlet: 'Infobae' }));
    expect(title).toHaveValue(INPUT.title);
  });

  it('refuses a date it cannot keep, says why, and keeps what was typed', async () => {
    const onClose = open();
    const date = await field('Date');
    await userEvent.type(date, '13.10.2022');
    await userEvent.type(await field('Author'), 'Redaktion');
    await userEvent.click(button('Save'));
    expect(await screen.findByRole('alert', { hidden: true })).toHaveTextContent(
      'One field needs a change; nothing was saved yet',
    );
    expect(date).toHaveValue('13.10.2022');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Write the date as 2024, 2024-05 or 2024-05-29/);
    expect(date).toHaveFocus();
    expect(await field('Author')).toHaveValue('Redaktion');
    expect(await details()).toBeUndefined();
    expect(onClose).not.toHaveBeenCalled();

    await userEvent.clear(date);
    await userEvent.type(date, '2022-10-13');
    expect(date).not.toHaveAttribute('aria-invalid');
    await userEvent.click(button('Save'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await details()).toEqual({ date: '2022-10-13', author: 'Redaktion' });
  });

  it('refuses an address that is not http(s), and a day that does not exist', async () => {
    open();
    await userEvent.type(await field('Web address'), 'javascript:alert(1)');
    await userEvent.type(await field('Date'), '2023-02-29');
    await userEvent.click(button('Save'));
    expect(await screen.findByRole('alert', { hidden: true })).toHaveTextContent(
      '2 fields need a change',
    );
    expect(await field('Web address')).toHaveAccessibleDescription(
      /Only http:\/\/ and https:\/\/ addresses can be kept/,
    );
    expect(await field('Date')).toHaveAccessibleDescription(/That day does not exist/);
    expect(await details()).toBeUndefined();
  });

  it('speaks German', async () => {
    await loadLocale('de');
    open();
    const dialog = await screen.findByRole('dialog', { name: 'Artikeldetails', hidden: true });
    expect(await within(dialog).findByLabelText('Medium')).toHaveValue('Infobae');
    await userEvent.type(await field('Datum'), 'Mai 2022');
    await userEvent.click(button('Speichern'));
    expect(await screen.findByRole('alert', { hidden: true })).toHaveTextContent(
      'Ein Feld muss geändert werden',
    );
    expect(button('Medium bestätigen: Infobae')).toBeInTheDocument();
  });
});
