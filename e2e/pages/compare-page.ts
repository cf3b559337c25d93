import { expect, type Locator, type Page } from '@playwright/test';
import { AnnotationsPanel, HighlightedText } from './annotations';

export type Side = 'left' | 'right';

/** One pane of side-by-side reading. */
export class ComparePane {
  readonly region: Locator;
  /** The element that scrolls the pane's article. */
  readonly scroller: Locator;
  readonly text: HighlightedText;
  /** The round button that opens the pane's notes and highlights. */
  readonly panelButton: Locator;
  readonly panel: AnnotationsPanel;

  constructor(
    readonly page: Page,
    readonly side: Side,
  ) {
    const name = side === 'left' ? 'Left article' : 'Right article';
    this.region = page.getByRole('region', { name, exact: true });
    this.scroller = page.getByTestId(`pane-${side}-scroll`);
    this.text = new HighlightedText(page, this.region);
    this.panelButton = this.region.getByRole('button', {
      name: new RegExp(`^Highlights in the ${side} article`),
    });
    this.panel = new AnnotationsPanel(
      page.getByRole('dialog', { name: `Notes and highlights, ${side} article` }),
    );
  }

  async openPanel(): Promise<AnnotationsPanel> {
    await this.panelButton.click();
    await expect(this.panel.root).toBeVisible();
    return this.panel;
  }

  async closePanel() {
    await this.panel.root.getByRole('button', { name: 'Back to the text' }).click();
    await expect(this.panel.root).toBeHidden();
  }

  async scrollToBottom() {
    await this.scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  }

  async scrollToTop() {
    await this.scroller.evaluate((el) => el.scrollTo(0, 0));
  }

  /** Whether `target` lies wholly inside the visible part of this pane's scroller. */
  async showsWhole(target: Locator): Promise<boolean> {
    const box = await target.first().boundingBox();
    const view = await this.scroller.boundingBox();
    if (!box || !view) return false;
    return box.y >= view.y - 1 && box.y + box.height <= view.y + view.height + 1;
  }
}

/** Side-by-side reading at `/compare/<left>/<right>`. */
export class ComparePage {
  readonly left: ComparePane;
  readonly right: ComparePane;
  /** The phone's switcher between the panes. */
  readonly switcher: Locator;

  constructor(readonly page: Page) {
    this.left = new ComparePane(page, 'left');
    this.right = new ComparePane(page, 'right');
    this.switcher = page.getByRole('tablist', { name: 'Show article' });
  }

  async goto(left: string, right: string) {
    await this.page.goto(`/compare/${encodeURIComponent(left)}/${encodeURIComponent(right)}`);
    await this.appTookOver();
  }

  /** Two shipped articles' page is prerendered; the app replaces it once it has both. */
  async appTookOver() {
    await expect(this.left.scroller).toBeAttached();
    await expect(this.page.locator('[data-prerendered]')).toHaveCount(0);
  }

  pane(side: Side): ComparePane {
    return side === 'left' ? this.left : this.right;
  }

  /** The switcher's tab for `side` (phone only). */
  tab(side: Side): Locator {
    return this.switcher.getByRole('tab').nth(side === 'left' ? 0 : 1);
  }
}

/** The "Linked passages" part of an opened highlight card. */
export class LinkedPassages {
  readonly root: Locator;
  readonly items: Locator;
  readonly partner: Locator;
  readonly relation: Locator;
  readonly linkButton: Locator;

  constructor(card: Locator) {
    this.root = card.getByRole('region', { name: 'Linked passages' });
    this.items = this.root.getByRole('listitem');
    this.partner = this.root.getByRole('combobox', { name: /^Passage in/ });
    this.relation = this.root.getByRole('combobox', { name: /^Relation/ });
    this.linkButton = this.root.getByRole('button', { name: 'Link passages' });
  }

  /** Links the card's highlight to the one whose quote starts with `quote`. */
  async link(quote: string, relation: 'Same event' | 'Supports' | 'Contradicts' | 'Related') {
    await this.partner.selectOption({ label: quote.slice(0, 70) });
    await this.relation.selectOption({ label: relation });
    await this.linkButton.click();
  }

  /** The listed link whose partner quote starts with `quote`. */
  item(quote: string): Locator {
    return this.items.filter({ hasText: quote.slice(0, 60) });
  }
}
