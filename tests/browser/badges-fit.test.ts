import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type BadgeGeometry, badgeGeometry } from './support/badge-geometry';
import { ConsoleLog } from './support/console-log';
import {
  ANNOTATOR_LINE,
  ARTIFACTS,
  type Session,
  TOPIC_PAGE,
  useExtensionBrowser,
  WAIT_MS,
} from './support/session';

/**
 * The badges on the seed-like page (ANI via Business Standard), at a desktop's width and at a phone's:
 * each is a touch target of at least 24 x 24 CSS px, and what it draws (its chip: fill, text, ring,
 * shadow, outline) covers no character of the page but its own figure's. The page's characters are
 * measured one by one (Range.getClientRects); white space draws nothing and is left out. The chip lies
 * over its whole figure, and its text is 10 px or more.
 */

const HOSTS = ['www.business-standard.com'];
const desktop = useExtensionBrowser(HOSTS);
const phone = useExtensionBrowser(HOSTS, { hasTouch: true, deviceScaleFactor: 2 });

/** The smallest touch target (WCAG 2.2, 2.5.8 Target Size, minimum). */
const TARGET = 24;
/** The smallest text a badge draws: the old badges' 9 px symbols were too small to read. */
const SMALLEST_TEXT = 10;

async function openSeed(session: Session, width: number): Promise<Page> {
  const page = await session.browser().context.newPage();
  const log = new ConsoleLog(page);
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(TOPIC_PAGE, { waitUntil: 'load', timeout: WAIT_MS });
  expect(response?.status()).toBe(200);
  await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
  // Placed in the next frame, which a loaded machine may delay.
  await expect.poll(async () => (await page.evaluate(badgeGeometry)).length, { timeout: 5000 }).toBe(6);
  return page;
}

/**
 * Each badge as it is on the screen: the page scrolled to it first (a badge far off the screen is
 * measured against the page only once it comes near).
 */
async function badgesOnScreen(page: Page): Promise<BadgeGeometry[]> {
  const out: BadgeGeometry[] = [];
  const count = (await page.evaluate(badgeGeometry)).length;
  for (let i = 0; i < count; i++) {
    await page.evaluate((n) => {
      const badge = document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('.badge')[n];
      window.scrollBy(0, (badge?.getBoundingClientRect().top ?? 0) - 200);
    }, i);
    await page.waitForTimeout(150); // the overlay places its badges in the next frame
    const seen = (await page.evaluate(badgeGeometry))[i];
    if (seen) out.push(seen);
  }
  return out;
}

/** Every way a badge falls short, one line each: none when it fits. */
function shortfalls(badges: readonly BadgeGeometry[]): string[] {
  const out: string[] = [];
  for (const b of badges) {
    const size = `${b.box.width.toFixed(1)} x ${b.box.height.toFixed(1)}`;
    if (b.box.width < TARGET - 0.01 || b.box.height < TARGET - 0.01)
      out.push(`${b.figure}: a touch target of ${size} px, under ${TARGET} x ${TARGET}`);
    if (b.drawn.length === 0) out.push(`${b.figure}: draws nothing (no mark to see)`);
    if (b.fontSize < SMALLEST_TEXT) out.push(`${b.figure}: text of ${b.fontSize} px, under ${SMALLEST_TEXT}`);
    // The chip lies over its whole figure: none of the page's own digits peek out from under it.
    const own = b.own;
    const covered = (d: { x: number; y: number; width: number; height: number }) =>
      own !== null &&
      d.x <= own.x + 0.5 &&
      d.y <= own.y + 0.5 &&
      d.x + d.width >= own.x + own.width - 0.5 &&
      d.y + d.height >= own.y + own.height - 0.5;
    if (!b.drawn.some(covered)) out.push(`${b.figure}: its figure shows beside its chip`);
    for (const c of b.covers) out.push(`${b.figure}: covers ${c}`);
    for (const p of b.problems) out.push(`${b.figure}: ${p}`);
  }
  return out;
}

const summary = (badges: readonly BadgeGeometry[]) =>
  badges
    .map((b) => {
      const mark = b.drawn[0];
      return `${b.figure}: target ${b.box.width.toFixed(0)}x${b.box.height.toFixed(0)}, figure ${b.own?.width.toFixed(0)}x${b.own?.height.toFixed(0)}, chip ${mark ? `${mark.width.toFixed(0)}x${mark.height.toFixed(0)} at ${(mark.x - (b.own?.x ?? 0)).toFixed(1)},${(mark.y - (b.own?.y ?? 0)).toFixed(1)} from the figure` : 'none'}, text ${b.fontSize} px`;
    })
    .join('; ');

describe('badges on the seed-like page, in Chromium', () => {
  it('at 1280 px: touch targets of 24 x 24 or more, drawing over no other word', async () => {
    const page = await openSeed(desktop, 1280);
    try {
      const badges = await badgesOnScreen(page);
      expect(badges).toHaveLength(6);
      console.log(`[browser tests] badges at 1280 px: ${summary(badges)}`);
      expect(shortfalls(badges)).toEqual([]);
      // Clicks beside the figure do what the page expects: no badge lies over a link of the page.
      expect(badges.flatMap((b) => b.links.map((l) => `${b.figure} over the link "${l}"`))).toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      const target = page.locator('factcheck-overlay').locator('[data-value="127"]');
      await target.scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(ARTIFACTS, 'seed-desktop-badges.png') });
    } finally {
      await page.close();
    }
  });

  it('at 400 px with a touch screen: touch targets of 24 x 24 or more, drawing over no other word', async () => {
    const page = await openSeed(phone, 400);
    try {
      const badges = await badgesOnScreen(page);
      expect(badges).toHaveLength(6);
      console.log(`[browser tests] badges at 400 px: ${summary(badges)}`);
      expect(shortfalls(badges)).toEqual([]);
      expect(badges.flatMap((b) => b.links.map((l) => `${b.figure} over the link "${l}"`))).toEqual([]);
      // Nothing of the overlay past the page's right edge (it would scroll the page sideways).
      const widths = await page.evaluate(() => {
        const host = document.querySelector('factcheck-overlay') as HTMLElement;
        const withIt = document.documentElement.scrollWidth;
        host.style.display = 'none';
        const without = document.documentElement.scrollWidth;
        host.style.removeProperty('display');
        return { withIt, without };
      });
      expect(widths.withIt).toBe(widths.without);
    } finally {
      await page.close();
    }
  });
});
