import { expect, test, type Page } from '@playwright/test';
import { storedHighlightCount } from './pages/annotations';
import { LibraryPage } from './pages/library-page';
import { NotebookPage } from './pages/notebook-page';
import { ReaderPage } from './pages/reader-page';

const TITLE = 'Windräder vor der Küste liefern mehr Strom als erwartet';
const PHRASE = 'wegen langer Genehmigungsverfahren';
const PASTED = `${TITLE}

Die Windparks in der Nordsee haben im vergangenen Jahr deutlich mehr Strom erzeugt, als die Betreiber geplant hatten.

Im Binnenland dagegen stocken viele Projekte ${PHRASE} und fehlender Flächen.

Die Netzbetreiber fordern deshalb schnellere Leitungen nach Süden.`;

/** The library's "Add your own article" dialog. */
const addDialog = (page: Page) => page.getByRole('dialog', { name: 'Add your own article' });

async function openAddDialog(page: Page) {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Add article', exact: true }).click();
  await expect(addDialog(page)).toBeVisible();
  return library;
}

test('pasted text becomes an article of your own: read, highlighted, kept, and removed with its highlight', async ({
  page,
}) => {
  await openAddDialog(page);
  const dialog = addDialog(page);
  await dialog.getByRole('textbox', { name: '…or paste the text' }).fill(PASTED);
  await dialog.getByRole('button', { name: 'Add pasted text' }).click();

  // The reader opens on the new article.
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/read\/mine-[^/#?]+$/);
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText(TITLE);
  await expect(reader.article).toContainText('schnellere Leitungen nach Süden');
  await expect(reader.sidebar.empty).toBeVisible();

  const highlightId = await reader.text.highlight(PHRASE);
  await reader.text.expectText(highlightId, PHRASE);
  await reader.sidebar.expectQuotes([PHRASE]);

  await page.reload();
  await expect(reader.title).toHaveText(TITLE);
  await reader.text.expectText(highlightId, PHRASE);
  await reader.sidebar.expectQuotes([PHRASE]);

  // The library lists it as yours.
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.cards).toHaveCount(6);
  const card = library.cards.filter({ hasText: TITLE });
  await expect(card).toContainText('Added by you');
  await expect(card).toContainText('1 highlight');

  const notebook = new NotebookPage(page);
  await notebook.goto();
  await expect(notebook.entry(PHRASE)).toContainText(TITLE);

  // Removing it says what goes with it, then takes the highlight along.
  await library.goto();
  await card.getByRole('button', { name: `Remove “${TITLE}” from the library` }).click();
  const confirm = card.getByRole('group', { name: `Remove “${TITLE}”?` });
  await expect(confirm).toContainText('its 1 highlight?');
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(library.cards.filter({ hasText: TITLE })).toHaveCount(0);
  await expect(library.cards).toHaveCount(5);
  await expect(page.getByText('Added by you')).toHaveCount(0);

  // Undo brings it back with its highlight; removing it again is final.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toContainText('1 highlight');
  expect(await storedHighlightCount(page)).toBe(1);
  await card.getByRole('button', { name: `Remove “${TITLE}” from the library` }).click();
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(library.cards.filter({ hasText: TITLE })).toHaveCount(0);

  await notebook.goto();
  await expect(page.getByRole('heading', { level: 2, name: 'No highlights yet' })).toBeVisible();
  expect(await storedHighlightCount(page)).toBe(0);

  await page.goto(`/read/${encodeURIComponent(id)}`);
  await expect(page.getByText(TITLE)).toHaveCount(0);
});

test('a file that is not UTF-8 is refused with the reason, and nothing is added', async ({
  page,
}) => {
  const library = await openAddDialog(page);
  const dialog = addDialog(page);
  const latin1 = Buffer.from(
    'Überschrift für Bürger\n\nDer Bürgermeister ließ die Straße sperren, weil es große Schäden gab.\n',
    'latin1',
  );
  expect(latin1.includes(0xfc)).toBe(true); // "ü" as one Latin-1 byte, invalid in UTF-8
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'alt.txt', mimeType: 'text/plain', buffer: latin1 });

  const problem = dialog.getByRole('alert');
  await expect(problem).toContainText('Not added');
  await expect(problem).toContainText('alt.txt');
  await expect(problem).toContainText('UTF-8');
  await expect(page).toHaveURL(/\/$/);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(library.cards).toHaveCount(5);
  await expect(page.getByText('Added by you')).toHaveCount(0);
  await page.reload();
  await expect(library.cards).toHaveCount(5);
});

const PAGE_BODY = [
  'Die Windparks in der Nordsee haben im vergangenen Jahr deutlich mehr Strom erzeugt, als die Betreiber geplant hatten. Das teilte der Branchenverband mit.',
  `Im Binnenland dagegen stocken viele Projekte ${PHRASE} und fehlender Flächen. Die Länder wollen nun nachbessern.`,
  'Die Netzbetreiber fordern deshalb schnellere Leitungen nach Süden. Bis dahin muss Strom teuer umgeleitet werden.',
];
const SAVED_PAGE = `<!doctype html><html lang="de"><head><title>${TITLE} | Nordkurier</title>
<meta property="og:site_name" content="Nordkurier"><meta name="author" content="Jana Beispiel">
<meta property="article:published_time" content="2024-03-12T08:00:00Z">
<script>alert('script ran')</script></head><body><nav>Startseite Politik Wirtschaft</nav>
<article><h1>${TITLE}</h1>${PAGE_BODY.map((p) => `<p>${p}</p>`).join('')}
<img src="x" onerror="alert('onerror ran')"><p>Teilen auf Facebook</p></article>
<footer>Impressum</footer></body></html>`;

test('a saved web page (.html) becomes an article with its title, author, date and outlet; nothing in it runs', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openAddDialog(page);
  await addDialog(page)
    .locator('input[type="file"]')
    .setInputFiles({
      name: 'windkraft.html',
      mimeType: 'text/html',
      buffer: Buffer.from(SAVED_PAGE),
    });
  const reader = new ReaderPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(reader.article).toContainText(PHRASE);
  await expect(page.getByText('Jana Beispiel')).toBeVisible();
  await expect(reader.article).not.toContainText('Startseite');
  await expect(reader.article).not.toContainText('Teilen auf Facebook');
  await expect(page.getByText('Nordkurier').first()).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('rich text pasted from a browser is read like a web page, as plain text', async ({ page }) => {
  await openAddDialog(page);
  const field = addDialog(page).getByRole('textbox', { name: /paste the text/ });
  await field.focus();
  await field.evaluate(
    (el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'plain fallback');
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    `<h1>${TITLE}</h1>${PAGE_BODY.map((p) => `<p><b>${p}</b></p>`).join('')}`,
  );
  await expect(field).toHaveValue(new RegExp(`^${TITLE}\\n\\n${PAGE_BODY[0]}`));
  await expect(field).not.toHaveValue(/<b>|plain fallback/);
  await addDialog(page).getByRole('button', { name: 'Add pasted text' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});
