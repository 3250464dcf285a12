/**
 * 6. A page published after the record that quotes the MEA with newer figures (NDTV, Mar 2026), and a
 * Hindi page (Dainik Bhaskar, 18 Dec 2025), each with a card open, at a phone's width, dark.
 */
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../tests/browser/support/chromium';
import { check } from './checks';
import { openCard, scrollToBadge } from './in-page';
import { OUT, PHONE } from './settings';
import { type TopicVisit, topicSection, visitTopicPage } from './topic-page';

const NEWER = 'http://www.ndtv.com/topic-ndtv-mea-briefing-31-killed-2026-03-13.html';
const HINDI = 'http://www.bhaskar.com/topic-bhaskar-hindi-202-bhartiya-bharti-26-maut-2025-12-18.html';

export async function showPhoneCards(
  browser: ExtensionBrowser,
): Promise<[newer: TopicVisit, hindi: TopicVisit]> {
  const extra: TopicVisit[] = [];
  for (const [url, name, value] of [
    [NEWER, '6-newer', '31'],
    [HINDI, '7-hindi', '202'],
  ] as const) {
    const { visit, page } = await visitTopicPage(browser, url, name);
    const i = visit.badges.findIndex((b) => b.value === value);
    check(i >= 0, `${url}: no badge for ${value}`);
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'dark' });
    await scrollToBadge(page, i, 200);
    const card = await openCard(page, i);
    check(card !== null, `${url}: the card of ${value} does not open`);
    const shot = join(OUT, `${name}-card-phone-dark.png`);
    await page.screenshot({ path: shot });
    visit.screenshots.push(shot);
    extra.push(visit);
    await page.close();
  }
  check(
    extra[0]?.badges.find((b) => b.value === '31')?.standing === 'newer',
    `${NEWER}: 31 killed is not shown as newer than the record`,
  );
  return [extra[0] as TopicVisit, extra[1] as TopicVisit];
}

export const phoneCardsSections = ([newer, hindi]: [TopicVisit, TopicVisit]): string[] => [
  ...topicSection('6. A page newer than the record (NDTV, 13 Mar 2026)', newer),
  ...topicSection('7. A Hindi page (Dainik Bhaskar, 18 Dec 2025)', hindi),
];
