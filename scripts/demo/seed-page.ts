/**
 * 1. The seed-like topic page (ANI via Business Standard, 8 Nov 2025): highlights and badges, then one
 * badge focused so that its card is open, at the desktop's width and at a phone's, dark.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/browser/support/chromium';
import { TOPIC_PAGE } from '../../tests/browser/support/pages';
import { STANDING_COLORS } from '../../utils/record/standing';
import { check } from './checks';
import { openCard, scrollToBadge } from './in-page';
import { OUT, PHONE, VIEWPORT } from './settings';
import { type TopicVisit, topicSection, visitTopicPage } from './topic-page';

const TOPIC = TOPIC_PAGE;
/**
 * The toolbar badge's colour of a page whose figures are all current: never that of out-of-date ones.
 * Written as tabState reads it, #rrggbb.
 */
const GREEN = STANDING_COLORS.current;

export interface SeedPage {
  visit: TopicVisit;
  /** The page, left open for the full view and the toolbar popup. */
  page: Page;
  /** The badge whose card is open in the screenshot `cardShot`. */
  cardIndex: number;
  cardShot: string;
}

export async function showSeedPage(browser: ExtensionBrowser): Promise<SeedPage> {
  // The topic page, then one badge's card open: the figure with a newer record.
  const { visit: topic, page: topicPage } = await visitTopicPage(browser, TOPIC, '1-topic');
  check(
    topic.result?.figures.some((f) => f.kind === 'serving' && f.value === 44) ?? false,
    `${TOPIC}: no "44 serving" figure`,
  );
  const cardIndex = topic.badges.findIndex((b) => b.kind === 'recruited_total');
  check(cardIndex >= 0, `${TOPIC}: no recruited_total badge`);
  await scrollToBadge(topicPage, cardIndex, 250);
  check(
    (await openCard(topicPage, cardIndex)) !== null,
    `${TOPIC}: the card of badge ${cardIndex} does not open`,
  );
  const cardShot = join(OUT, '1-topic-card.png');
  await topicPage.screenshot({ path: cardShot });
  topic.screenshots.push(cardShot);
  await topicPage.keyboard.press('Escape');
  check(
    topic.toolbar.color !== GREEN,
    `${TOPIC}: the toolbar is green, though every figure was replaced since`,
  );
  check(
    topic.badges.every((b) => b.standing !== 'current'),
    `${TOPIC}: a badge shown as current, though every figure was replaced since`,
  );
  // The same card at a phone's width, dark.
  await topicPage.setViewportSize(PHONE);
  await topicPage.emulateMedia({ colorScheme: 'dark' });
  await scrollToBadge(topicPage, cardIndex, 200);
  check((await openCard(topicPage, cardIndex)) !== null, `${TOPIC}: no card at a phone's width`);
  const phoneShot = join(OUT, '1-topic-card-phone-dark.png');
  await topicPage.screenshot({ path: phoneShot });
  topic.screenshots.push(phoneShot);
  await topicPage.keyboard.press('Escape');
  await topicPage.emulateMedia({ colorScheme: 'light' });
  await topicPage.setViewportSize(VIEWPORT);
  return { visit: topic, page: topicPage, cardIndex, cardShot };
}

export function seedPageSection({ visit, cardIndex }: SeedPage): string[] {
  const lines = topicSection('1. Topic page (seed-like: ANI via Business Standard, 8 Nov 2025)', visit);
  const open = visit.cards[cardIndex];
  if (open) {
    lines.push(
      `The card in \`1-topic-card.png\`: ${open.head} · ${open.quote} · ${open.lead} · ${open.records.join(' · ')}`,
      '',
    );
  }
  return lines;
}
