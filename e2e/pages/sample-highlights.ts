import { expect, type Page } from '@playwright/test';
import { SEEDS } from '../fixtures';
import { ReaderPage } from './reader-page';

/**
 * Three highlights in two articles, each in its own colour; one tagged. The library (and so the
 * notebook) lists `nato2024` before `response`; in `response`, `stoltenberg` comes first in the
 * text but is highlighted second.
 */
export const SAMPLE = {
  warning: {
    article: SEEDS.nato2024,
    quote: 'Arbeiter und Jugendliche auf der ganzen Welt müssen gewarnt werden',
    colour: 3,
    label: 'Context',
    tag: 'Eskalation',
  },
  stoltenberg: {
    article: SEEDS.response,
    quote: 'Nato-Generalsekretär Jens Stoltenberg',
    colour: 2,
    label: 'Evidence',
  },
  reply: {
    article: SEEDS.response,
    // The last paragraph: far below the top of the article.
    quote: 'Russland reagierte, indem es die Arbeit der NATO-Mission aussetzte',
    colour: 1,
    label: 'Key claim',
  },
} as const;

export type SampleIds = Record<keyof typeof SAMPLE, string>;

/**
 * Makes the sample highlights in the reader (starting from an empty database) and returns their
 * ids. Leaves the reader on `response` scrolled back to the top, with that position saved.
 */
export async function makeSampleHighlights(page: Page): Promise<SampleIds> {
  const reader = new ReaderPage(page);
  await reader.gotoClean(SAMPLE.warning.article.id);
  const warning = await reader.text.highlight(SAMPLE.warning.quote, SAMPLE.warning.colour);
  await reader.sidebar.addTag(SAMPLE.warning.quote, SAMPLE.warning.tag);

  await reader.goto(SAMPLE.reply.article.id);
  await expect(reader.sidebar.empty).toBeVisible();
  const reply = await reader.text.highlight(SAMPLE.reply.quote, SAMPLE.reply.colour);
  const stoltenberg = await reader.text.highlight(
    SAMPLE.stoltenberg.quote,
    SAMPLE.stoltenberg.colour,
  );
  await reader.sidebar.expectQuotes([SAMPLE.stoltenberg.quote, SAMPLE.reply.quote]);

  await page.evaluate(() => window.scrollTo(0, 0));
  await reader.expectPlaceSaved(SAMPLE.reply.article.id, 'top');
  return { warning, stoltenberg, reply };
}
