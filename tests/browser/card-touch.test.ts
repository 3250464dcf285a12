import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TabResult } from '../../utils/background/tab-results';
import { copyWithSource } from '../../utils/export/copy-with-source';
import { recordEnd, SHIPPED } from '../../utils/record/record-set';
import { getMessageEn } from '../unit/support/i18n-en';
import { ARTIFACTS, openAnnotated, TOPIC_PAGE, tabIdOf, useExtensionBrowser } from './support/session';

/**
 * The in-page card on a touch screen, in Chromium (the seed-like page): a tap on a badge opens its
 * card, a tap elsewhere closes it, a second tap on the badge closes it too, and a tap never follows a
 * link of the page under the badge. At 360 px the card fits the screen, and its text stays inside it.
 * Its "Copy with source" copies what the popup's copies for the same figure.
 */

/** The same page under a second news host, served over http without the secure-context exception. */
const PLAIN_HTTP_PAGE = TOPIC_PAGE.replace('www.business-standard.com', 'www.thehindu.com');
const SECURE_ORIGIN = new URL(TOPIC_PAGE).origin;

const session = useExtensionBrowser(['www.business-standard.com', 'www.thehindu.com'], {
  hasTouch: true,
  deviceScaleFactor: 2,
  // The clipboard API is for secure contexts only: the fixture server's http origin is taken as one.
  args: [`--unsafely-treat-insecure-origin-as-secure=${SECURE_ORIGIN}`],
});

const overlay = (page: Page) => page.locator('factcheck-overlay');

/** Scrolls the page so that `badge` sits `top` px below the viewport's top, its card below it. */
async function scrollBadgeTo(page: Page, badge: Locator, top = 100): Promise<void> {
  await badge.evaluate((b, y) => window.scrollBy(0, b.getBoundingClientRect().top - y), top);
  await page.waitForTimeout(200); // the overlay repositions in the next frame
}

async function openAt(width: number, height: number, url = TOPIC_PAGE, init?: () => void): Promise<Page> {
  const page = await openAnnotated(session.browser(), url, { viewport: { width, height }, init });
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            Array.from(
              document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('.badge') ?? [],
            ).filter((b) => !(b as HTMLElement).hidden).length,
        ),
      { timeout: 5000 },
    )
    .toBe(6);
  return page;
}

/** The card's box, the viewport's, and what of the card's text runs past its box. */
const cardFit = (page: Page) =>
  page.evaluate(() => {
    const card = document
      .querySelector('factcheck-overlay')
      ?.shadowRoot?.querySelector('.card') as HTMLElement;
    const r = card.getBoundingClientRect();
    const overflowing = [card, ...(Array.from(card.querySelectorAll('*')) as HTMLElement[])]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
    return {
      left: r.left,
      right: r.right,
      top: r.top,
      bottom: r.bottom,
      viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
      scrollable: card.scrollHeight > card.clientHeight && getComputedStyle(card).overflowY === 'auto',
      overflowing,
    };
  });

describe('the in-page card on a touch screen, in Chromium', () => {
  it('opens on a tap on its badge and closes on a tap elsewhere or a second tap on the badge', async () => {
    const page = await openAt(400, 800);
    try {
      const badge = overlay(page).locator('[data-value="127"]');
      const card = overlay(page).locator('.card');
      await scrollBadgeTo(page, badge);
      expect(await badge.getAttribute('aria-expanded')).toBe('false');
      await badge.tap();
      await card.waitFor({ state: 'visible' });
      expect(await badge.getAttribute('aria-expanded')).toBe('true');
      expect(await card.textContent()).toContain('127 recruited in all');
      // It stays: the tap's own pointer events (over, out, focus) do not close it.
      await page.waitForTimeout(600);
      expect(await card.isVisible()).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'seed-400-card-open.png') });

      // A tap on the page's text, away from the card and the badges, closes it.
      const box = await card.boundingBox();
      if (!box) throw new Error('the card has no box');
      const away = box.y > 200 ? { x: 200, y: 60 } : { x: 200, y: 760 };
      await page.touchscreen.tap(away.x, away.y);
      await card.waitFor({ state: 'hidden' });
      expect(await badge.getAttribute('aria-expanded')).toBe('false');

      // Tap, and tap again: open, then closed.
      await badge.tap();
      await card.waitFor({ state: 'visible' });
      await page.waitForTimeout(400);
      await badge.tap();
      await card.waitFor({ state: 'hidden' });
      expect(await badge.getAttribute('aria-expanded')).toBe('false');
      await page.waitForTimeout(400);
      expect(await card.isVisible(), 'still closed after the second tap').toBe(false);

      // Another badge's tap moves the card to that figure.
      await badge.tap();
      await card.waitFor({ state: 'visible' });
      const other = overlay(page).locator('[data-value="98"]');
      await other.tap();
      await expect.poll(() => other.getAttribute('aria-expanded')).toBe('true');
      expect(await badge.getAttribute('aria-expanded')).toBe('false');
      expect(await card.textContent()).toContain('98 discharged');
    } finally {
      await page.close();
    }
  });

  it('does not follow a link of the page under a badge', async () => {
    // The figure 127 made a link of the page, as an inline link to the minister's reply would be.
    const page = await openAt(400, 800, TOPIC_PAGE, () => {
      document.addEventListener('DOMContentLoaded', () => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const at = n.data.indexOf(' 127 ');
          if (at < 0) continue;
          const figure = n.splitText(at + 1);
          figure.splitText(3);
          const a = document.createElement('a');
          a.href = '#followed';
          figure.replaceWith(a);
          a.append(figure);
          return;
        }
      });
    });
    try {
      const badge = overlay(page).locator('[data-value="127"]');
      await scrollBadgeTo(page, badge, 200);
      // A tap on the figure, the page's link, where the badge lies over it.
      const link = await page.locator('a[href="#followed"]').boundingBox();
      if (!link) throw new Error('no link on the figure');
      await page.touchscreen.tap(link.x + link.width / 2, link.y + link.height / 2);
      await overlay(page).locator('.card').waitFor({ state: 'visible', timeout: 5000 });
      await page.waitForTimeout(300);
      // The link is there, under the badge, and was not followed.
      expect(await page.evaluate(() => document.querySelector('a[href="#followed"]')?.textContent)).toBe(
        '127',
      );
      expect(await page.evaluate(() => location.hash)).toBe('');
    } finally {
      await page.close();
    }
  });

  it('fits the card on a 360 px screen, its text inside it, for every badge', async () => {
    const page = await openAt(360, 640);
    try {
      const values = await overlay(page)
        .locator('.badge')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-value') ?? ''));
      for (const [i, value] of values.entries()) {
        const badge = overlay(page).locator('.badge').nth(i);
        // The first at the top of the screen, then each lower down: the card below it, then above.
        await scrollBadgeTo(page, badge, 60 + i * 100);
        await badge.tap();
        const card = overlay(page).locator('.card');
        await card.waitFor({ state: 'visible' });
        const fit = await cardFit(page);
        const where = `card of ${value}: ${JSON.stringify(fit)}`;
        expect(fit.left, where).toBeGreaterThanOrEqual(0);
        expect(fit.right, where).toBeLessThanOrEqual(fit.viewport.width);
        // Fully on the screen, or scrollable within it.
        expect(
          (fit.top >= 0 && fit.bottom <= fit.viewport.height) ||
            (fit.scrollable && fit.top >= 0 && fit.bottom <= fit.viewport.height),
          where,
        ).toBe(true);
        expect(fit.overflowing, where).toEqual([]);
        if (value === '127') {
          mkdirSync(ARTIFACTS, { recursive: true });
          await page.screenshot({ path: join(ARTIFACTS, 'seed-360-card.png') });
        }
        await badge.tap();
        await card.waitFor({ state: 'hidden' });
      }
    } finally {
      await page.close();
    }
  });

  it('shows the badges and an open card in the dark scheme at 400 px', async () => {
    const page = await openAt(400, 800);
    try {
      await page.emulateMedia({ colorScheme: 'dark' });
      const badge = overlay(page).locator('[data-value="12"]').first();
      await scrollBadgeTo(page, badge, 60);
      await badge.tap();
      await overlay(page).locator('.card').waitFor({ state: 'visible' });
      const colours = await overlay(page)
        .locator('.card')
        .evaluate((c) => ({
          background: getComputedStyle(c).backgroundColor,
          text: getComputedStyle(c).color,
        }));
      expect(colours).toEqual({ background: 'rgb(32, 33, 36)', text: 'rgb(232, 234, 237)' });
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'seed-400-dark.png') });
    } finally {
      await page.close();
    }
  });

  it.each([
    ['the clipboard API', TOPIC_PAGE],
    ['a text area and execCommand, on a page without the clipboard API (http)', PLAIN_HTTP_PAGE],
  ])("copies with source what the popup's button copies, through %s", async (_, url) => {
    const browser = session.browser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SECURE_ORIGIN });
    const page = await openAt(400, 800, url);
    try {
      const hasApi = await page.evaluate(() => typeof navigator.clipboard?.writeText === 'function');
      expect(hasApi, 'the clipboard API on this page').toBe(url === TOPIC_PAGE);
      const badge = overlay(page).locator('[data-value="127"]');
      await scrollBadgeTo(page, badge, 60);
      await badge.tap();
      const card = overlay(page).locator('.card');
      await card.waitFor({ state: 'visible' });
      const button = card.getByRole('button', { name: 'Copy with source' });
      await button.scrollIntoViewIfNeeded();
      await button.tap();
      const status = card.locator('[aria-live="polite"]');
      await expect.poll(() => status.textContent()).toBe('Copied');

      // What the popup copies for this figure: copyWithSource over the tab's result, as the background keeps it.
      const tabId = await tabIdOf(browser, url, true);
      const result = (await browser.worker.evaluate(async (key) => {
        type Session = { get(k: string): Promise<Record<string, unknown>> };
        const c = (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome;
        return (await c.storage.session.get(key))[key];
      }, `tab-result:${tabId}`)) as TabResult;
      const figure = result.figures.find((f) => f.value === 127);
      if (!figure) throw new Error(`no figure 127 in the tab result: ${JSON.stringify(result)}`);
      const expected = copyWithSource(
        getMessageEn,
        figure,
        result.records,
        {
          url: result.canonicalUrl ?? result.url,
          title: result.title,
          publisher: result.publisher,
          published: result.published,
        },
        recordEnd(SHIPPED),
      );
      // Read where the clipboard API is (the secure origin), in a page of its own.
      const reader = url === TOPIC_PAGE ? page : await browser.context.newPage();
      if (reader !== page) await reader.goto(`${SECURE_ORIGIN}/cricket-report.html`);
      await reader.bringToFront();
      const copied = await reader.evaluate(() => navigator.clipboard.readText());
      if (reader !== page) await reader.close();
      expect(copied).toBe(expected);
      expect(copied.split('\n')[0]).toMatch(/^“127 Indian nationals/);
      expect(copied).toContain(`\n${result.canonicalUrl ?? result.url}\n`);
    } finally {
      await page.close();
    }
  });
});
