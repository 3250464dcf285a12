import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/browser/support/chromium';
import { ConsoleLog } from '../../tests/browser/support/console-log';
import { WAIT_MS } from '../../tests/browser/support/pages';
import { check } from './checks';
import { VIEWPORT } from './settings';

export interface Badge {
  kind: string;
  value: string;
  status: string;
  standing: string;
  shown: boolean;
  label: string;
}

export interface Card {
  head: string;
  quote: string;
  lead: string;
  records: string[];
}

export async function openPage(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; log: ConsoleLog }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(VIEWPORT);
  const log = new ConsoleLog(page);
  const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  check(response?.status() === 200, `${url}: HTTP ${response?.status()}`);
  return { page, log };
}

/** Whether an element matching `selector` appears in `page` within WAIT_MS. */
export const appears = (page: Page, selector: string): Promise<boolean> =>
  page
    .locator(selector)
    .first()
    .waitFor({ timeout: WAIT_MS })
    .then(() => true)
    .catch(() => false);

/** The badges in the overlay's shadow root, once placed (or after 5 s). */
export async function readBadges(page: Page): Promise<Badge[]> {
  const read = () =>
    page.evaluate(() =>
      Array.from(
        document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
      ).map((b) => ({
        kind: b.getAttribute('data-kind') ?? '',
        value: b.getAttribute('data-value') ?? '',
        status: b.getAttribute('data-status') ?? '',
        standing: b.getAttribute('data-standing') ?? '',
        shown: !(b as HTMLElement).hidden,
        label: b.getAttribute('aria-label') ?? '',
      })),
    );
  const until = Date.now() + 5_000;
  let badges = await read();
  while ((badges.length === 0 || badges.some((b) => !b.shown)) && Date.now() < until) {
    await page.waitForTimeout(50);
    badges = await read();
  }
  return badges;
}

export const readHighlights = (page: Page) =>
  page.evaluate(() =>
    Array.from((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights).map(([name, h]) => ({
      name,
      ranges: h.size,
    })),
  );

const badgeAt = (page: Page, i: number) => page.locator('factcheck-overlay').locator('button.badge').nth(i);

/** Focuses badge `i` and reads its card; leaves the card open. */
export async function openCard(page: Page, i: number): Promise<Card | null> {
  await badgeAt(page, i).focus();
  const card = page.locator('factcheck-overlay').locator('.card');
  if (!(await card.isVisible())) return null;
  return card.evaluate((el) => {
    const ps = Array.from(el.children);
    return {
      head: ps[0]?.textContent ?? '',
      quote: ps[1]?.textContent ?? '',
      lead: ps[2]?.textContent ?? '',
      records: Array.from(el.querySelectorAll('.record')).map((r) =>
        Array.from(r.children)
          .map((p) => p.textContent)
          .join(' · '),
      ),
    };
  });
}

/** Scrolls so that badge `i`'s figure sits `fromTop` px below the top of the viewport. */
export async function scrollToBadge(page: Page, i: number, fromTop: number): Promise<void> {
  const top = await badgeAt(page, i).evaluate((b) => b.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), Math.max(0, top - fromTop));
  await page.waitForTimeout(150); // the overlay repositions in the next frame
}

/**
 * A screenshot of the part of the page that holds every badge (the width of the viewport, from a
 * little above the first badge to a little below the last, at least a viewport high).
 */
export async function screenshotBadges(page: Page, path: string): Promise<void> {
  const span = await page.evaluate(() => {
    const tops = Array.from(
      document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
    ).map((b) => b.getBoundingClientRect().top + window.scrollY);
    return { first: Math.min(...tops), last: Math.max(...tops), page: document.documentElement.scrollHeight };
  });
  const y = Math.max(0, Math.floor(span.first) - 220);
  const height = Math.min(Math.max(span.last + 120 - y, VIEWPORT.height), 2000, span.page - y);
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y, width: VIEWPORT.width, height } });
}
