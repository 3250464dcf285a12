import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { ConsoleLog } from './support/console-log';
import { firefoxTabIdOf, useFirefox } from './support/firefox';
import { overlayBadges } from './support/pages';
import { ANNOTATOR_LINE, WAIT_MS } from './support/session';

/**
 * Living pages in Firefox: an in-app navigation (history.pushState) to the next story, with a clock
 * ticking in the header. Firefox too keeps a frame's URL at its first address: the background takes
 * the tab's own URL for the new one.
 */

const SPA_PAGE = 'http://www.thehindu.com/spa-story.html';
const NEXT = 'http://www.thehindu.com/news/national/sixteen-indians-missing-russia';

const session = useFirefox(['www.thehindu.com']);

async function open(url: string): Promise<{ page: Page; log: ConsoleLog }> {
  const page = await session.firefox().browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const log = new ConsoleLog(page);
  const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  expect(response?.status(), `status of ${url}`).toBe(200);
  return { page, log };
}

const badgesOf = (page: Page) => page.evaluate(overlayBadges);

async function backgroundFor(tabId: number) {
  const api = await session.extensionPage();
  return api.evaluate(async (id: number) => {
    type Area = { get(k: string): Promise<Record<string, { url?: string } | undefined>> };
    const b = (
      globalThis as unknown as {
        browser: {
          browserAction: { getBadgeText(d: object): Promise<string> };
          storage: { session: Area; local: Area };
        };
      }
    ).browser;
    const key = `tab-result:${id}`;
    return {
      badge: await b.browserAction.getBadgeText({ tabId: id }),
      result: (await b.storage.session.get(key))[key]?.url ?? null,
      sightings: JSON.stringify(await b.storage.local.get('sightings')),
    };
  }, tabId);
}

describe('Firefox: living pages', () => {
  it('follows an in-app navigation to the next story, a clock ticking outside the article', async () => {
    const { page, log } = await open(SPA_PAGE);
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    const tabId = await firefoxTabIdOf(session, SPA_PAGE, true);
    // The extension page that read the tab's id came to the front: the story's tab goes back there, as
    // the reader's would be (Firefox slows the timers of a tab in the background to one a second).
    await page.bringToFront();
    await page.evaluate(() => (window as unknown as { __startClock(ms: number): void }).__startClock(250));
    await new Promise((r) => setTimeout(r, 1_200));
    // Timed in the page: from the navigation to the overlay of the next story's badges joining it.
    await page.evaluate(() => {
      const w = window as unknown as { __navigateNext(): void; __times: number[] };
      w.__times = [performance.now()];
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of Array.from(r.addedNodes))
            if ((n as Element).tagName === 'FACTCHECK-OVERLAY') w.__times.push(performance.now());
      }).observe(document.documentElement, { childList: true });
      w.__navigateNext();
    });
    await expect.poll(() => badgesOf(page), { timeout: 5_000, interval: 20 }).toEqual(['16 missing']);
    const [navigated = 0, painted = 0] = await page.evaluate(
      () => (window as unknown as { __times: number[] }).__times,
    );
    console.log(
      `[browser tests] Firefox: in-app navigation to the next story's badges, clock ticking: ${(painted - navigated).toFixed(0)} ms`,
    );
    await expect
      .poll(() => backgroundFor(tabId), { timeout: WAIT_MS })
      .toMatchObject({ badge: '1', result: NEXT });
    const { sightings } = await backgroundFor(tabId);
    expect(sightings).toContain('sixteen-indians-missing-russia');
    expect(sightings).toContain('article-spa.ece');
    await page.close();
  });
});
