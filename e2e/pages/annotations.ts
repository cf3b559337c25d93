import { expect, type Locator, type Page } from '@playwright/test';

/** The toolbar that appears by a selection in the article text. */
export const selectionToolbar = (page: Page) =>
  page.getByRole('toolbar', { name: 'Highlight the selection' });

/**
 * Selects `phrase` exactly inside the first paragraph (`[data-start]`) of `scope` that holds it,
 * even when highlights already split the paragraph into several text nodes. The passage is
 * scrolled to the middle of its scroller first, so the toolbar that appears can be clicked.
 */
export async function selectPhrase(scope: Locator, phrase: string): Promise<void> {
  await scope.evaluate((root, wanted) => {
    for (const p of Array.from(root.querySelectorAll<HTMLElement>('[data-start]'))) {
      const spans: Array<{ node: Text; start: number }> = [];
      let text = '';
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        spans.push({ node: n as Text, start: text.length });
        text += (n as Text).data;
      }
      const at = text.indexOf(wanted);
      if (at < 0) continue;
      const point = (offset: number, isEnd: boolean): [Text, number] => {
        const span = spans.find((s) =>
          isEnd
            ? offset > s.start && offset <= s.start + s.node.data.length
            : offset >= s.start && offset < s.start + s.node.data.length,
        );
        if (!span) throw new Error(`No text node at ${offset}`);
        return [span.node, offset - span.start];
      };
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(...point(at, false));
      range.setEnd(...point(at + wanted.length, true));
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in the article text`);
  }, phrase);
}

/**
 * Drags the mouse from the first character of `phrase` to its last, as a person would. `phrase`
 * may start and end inside words: the app is expected to snap the selection to whole words.
 */
export async function dragOver(page: Page, scope: Locator, phrase: string): Promise<void> {
  const points = await scope.evaluate((root, wanted) => {
    for (const p of Array.from(root.querySelectorAll<HTMLElement>('[data-start]'))) {
      const node = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
      const at = node?.data.indexOf(wanted) ?? -1;
      if (!node || at < 0) continue;
      p.scrollIntoView({ block: 'center' });
      const charBox = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect();
      };
      const first = charBox(at);
      const last = charBox(at + wanted.length - 1);
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    throw new Error(`“${wanted}” is not in one unhighlighted run of the article text`);
  }, phrase);
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move(points.to.x, points.to.y, { steps: 12 });
  await page.mouse.up();
}

/** Highlights drawn in one article (the single reader's, or one side-by-side pane's). */
export class HighlightedText {
  readonly marks: Locator;

  constructor(
    readonly page: Page,
    readonly scope: Locator,
  ) {
    this.marks = scope.locator('mark[data-highlight-ids]');
  }

  /** Every highlight id drawn in the text. */
  async ids(): Promise<string[]> {
    const lists = await this.marks.evaluateAll((marks) =>
      marks.map((m) => m.getAttribute('data-highlight-ids') ?? ''),
    );
    return [...new Set(lists.flatMap((l) => l.split(' ')).filter(Boolean))];
  }

  /** The marks that draw highlight `id` (several where it overlaps others). */
  marksOf(id: string): Locator {
    return this.scope.locator(`mark[data-highlight-ids~="${id}"]`);
  }

  /** The text highlight `id` covers, joined from its marks. */
  async textOf(id: string): Promise<string> {
    const parts = await this.marksOf(id).evaluateAll((marks) => marks.map((m) => m.textContent));
    return parts.join('');
  }

  /** Waits until highlight `id` is drawn over exactly `text`. */
  async expectText(id: string, text: string): Promise<void> {
    await expect.poll(() => this.textOf(id)).toBe(text);
  }

  /**
   * Runs `act` (which should make one new highlight) and returns the id of the highlight it
   * added to the text.
   */
  async newHighlight(act: () => Promise<void>): Promise<string> {
    const before = await this.ids();
    await act();
    let added: string[] = [];
    await expect
      .poll(async () => {
        added = (await this.ids()).filter((id) => !before.includes(id));
        return added.length;
      })
      .toBe(1);
    return added[0] ?? '';
  }

  /** Selects `phrase` and clicks colour `n` (1–5) in the toolbar; returns the new id. */
  async highlight(phrase: string, n = 1): Promise<string> {
    return this.newHighlight(async () => {
      await selectPhrase(this.scope, phrase);
      await selectionToolbar(this.page)
        .getByRole('button', { name: new RegExp(`^Highlight as “.+” \\(${n}\\)$`) })
        .click();
    });
  }
}

/** A notes-and-highlights panel: the desktop sidebar, the phone dialog, or a pane's dialog. */
export class AnnotationsPanel {
  readonly list: Locator;
  readonly cards: Locator;
  readonly orphans: Locator;
  readonly empty: Locator;

  constructor(readonly root: Locator) {
    this.list = root.getByRole('list', { name: 'Highlights in reading order' });
    this.cards = this.list.getByRole('article');
    this.orphans = root.getByRole('region', { name: /^Couldn’t find/ });
    this.empty = root.getByText('No highlights yet.');
  }

  /** The card of the highlight whose quote is `quote` (cards are named by its first 60 characters). */
  card(quote: string): Locator {
    // Exact: a short quote must not also match a longer one that starts with the same words.
    return this.root.getByRole('article', {
      name: `Highlight: ${quote.slice(0, 60)}`,
      exact: true,
    });
  }

  /** The button showing a card's quote: it opens and closes the card. */
  quoteButton(card: Locator): Locator {
    return card.locator('button[aria-expanded]');
  }

  /** Waits until the listed (anchored) cards show exactly these quotes, in this order. */
  async expectQuotes(quotes: string[]): Promise<void> {
    await expect(this.cards.locator('q')).toHaveText(quotes);
  }

  async open(quote: string): Promise<Locator> {
    const card = this.card(quote);
    const button = this.quoteButton(card);
    // A new highlight's card opens by itself once it is stored: a click read against the state
    // just before that closes it again, so click until it stays open.
    await expect(async () => {
      if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
    }).toPass();
    return card;
  }

  noteBox(card: Locator): Locator {
    return card.getByRole('textbox', { name: 'Note', exact: true });
  }

  /** Opens the card, writes `text` as its note and waits until the note is saved. */
  async writeNote(quote: string, text: string): Promise<Locator> {
    const card = await this.open(quote);
    await this.noteBox(card).fill(text);
    await expect(card.getByText('Saved', { exact: true })).toBeVisible();
    return card;
  }

  /**
   * Opens the card and links it, with **Link to a passage…**, to the highlight `passage` in the
   * article titled `article`, as `relation` with the note `why`. Resolves to the card's
   * "Linked passages" region once the picker has closed.
   */
  async linkTo(
    quote: string,
    link: { article: string; passage: string; relation: string; why: string },
  ): Promise<Locator> {
    const card = await this.open(quote);
    const links = card.getByRole('region', { name: 'Linked passages' });
    await links.getByRole('button', { name: 'Link to a passage…' }).click();
    const picker = links.getByRole('group', { name: 'Link to a passage' });
    await picker.getByRole('combobox', { name: 'Article' }).selectOption({ label: link.article });
    await picker.getByRole('radio', { name: link.passage }).check();
    await picker.getByRole('combobox', { name: 'Relation' }).selectOption({ label: link.relation });
    await picker.getByRole('textbox', { name: 'Why (optional)' }).fill(link.why);
    await picker.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(picker).toHaveCount(0);
    return links;
  }

  /** Opens the card and adds tag `name` in its Tags field (picked if it exists, else created). */
  async addTag(quote: string, name: string): Promise<Locator> {
    const card = await this.open(quote);
    const field = card.getByRole('combobox', { name: 'Tags', exact: true });
    await field.fill(name);
    await field.press('Enter');
    await expect(card.getByRole('button', { name: `Remove tag ${name}` })).toBeVisible();
    return card;
  }
}

/** How many highlights IndexedDB holds; call only once the app has opened its database. */
export async function storedHighlightCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('sidenote')) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('sidenote');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const count = db.transaction('highlights').objectStore('highlights').count();
        count.onsuccess = () => {
          resolve(count.result);
          db.close();
        };
        count.onerror = () => reject(count.error);
      };
    });
  });
}
