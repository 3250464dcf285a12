/**
 * 5. The toolbar popup of the topic page's tab as it opens (420 x 600), light and dark, and the store
 * listing images made from it (1280 x 800: scripts/store-images.ts).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/browser/support/chromium';
import { writeStoreImage } from '../store-images';
import { check } from './checks';
import { appears } from './in-page';
import { OUT, rel, STORE } from './settings';

export interface ToolbarPopup {
  seen: { answers: string[]; latest: string[]; lowest: number };
  shots: readonly [light: string, dark: string];
  storeShots: readonly [light: string, dark: string];
}

/**
 * The popup opened over `topicPage`, which shows `figures` figures; the store images put it beside the
 * screenshot of that page with a card open, `cardShot`.
 */
export async function showToolbarPopup(
  browser: ExtensionBrowser,
  topicPage: Page,
  figures: number,
  cardShot: string,
): Promise<ToolbarPopup> {
  // It asks for the active tab, so the article comes first.
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await topicPage.bringToFront();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const answered = await appears(popup, 'li.answer-item');
  const popupSeen = await popup.evaluate(() => ({
    answers: Array.from(document.querySelectorAll<HTMLElement>('li.answer-item')).map(
      (li) =>
        `${li.querySelector('.answer-head')?.textContent ?? ''} — ${li.querySelector('.answer-why')?.textContent ?? ''}`,
    ),
    latest: Array.from(document.querySelectorAll('li.latest-statement')).map((li) => li.textContent ?? ''),
    lowest: Math.max(
      ...Array.from(document.querySelectorAll('li.answer-item, li.latest-item')).map(
        (li) => li.getBoundingClientRect().bottom,
      ),
    ),
  }));
  check(
    answered && popupSeen.answers.length === figures,
    `popup: ${popupSeen.answers.length} answer lines, ${figures} figures`,
  );
  check(
    popupSeen.lowest <= 600,
    `popup: the answer runs to ${Math.round(popupSeen.lowest)} px, past the first 600`,
  );
  const popupShot = join(OUT, '5-popup.png');
  await popup.screenshot({ path: popupShot });
  await popup.emulateMedia({ colorScheme: 'dark' });
  const popupDarkShot = join(OUT, '5-popup-dark.png');
  await popup.screenshot({ path: popupDarkShot });
  await popup.close();
  // The store listing images: the topic page with a card open, and its toolbar popup beside it.
  const storeShots = [join(STORE, '1-page-and-popup.png'), join(STORE, '2-page-and-popup-dark.png')] as const;
  await writeStoreImage(browser.context, { page: cardShot, popup: popupShot, dark: false }, storeShots[0]);
  await writeStoreImage(browser.context, { page: cardShot, popup: popupDarkShot, dark: true }, storeShots[1]);
  return { seen: popupSeen, shots: [popupShot, popupDarkShot], storeShots };
}

export function toolbarPopupSection({ seen, shots, storeShots }: ToolbarPopup): string[] {
  return [
    '## 5. The toolbar popup of the topic page (420 x 600)',
    '',
    ...seen.answers.map((a) => `- ${a}`),
    ...seen.latest.map((l) => `- Latest: ${l}`),
    `- The answer ends at ${Math.round(seen.lowest)} px of 600`,
    '',
    `Screenshots: \`${rel(shots[0])}\`, \`${rel(shots[1])}\``,
    '',
    `Store listing images (1280 x 800): ${storeShots.map((s) => `\`${rel(s)}\``).join(', ')}`,
    '',
  ];
}
