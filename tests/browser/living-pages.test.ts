import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ConsoleLog } from './support/console-log';
import { ANNOTATOR_LINE, useExtensionBrowser, WAIT_MS } from './support/session';

/**
 * Living pages in Chromium: an in-app navigation (history.pushState) to the next story, with a clock
 * ticking in the header. The badges follow the new story within a second, and so do the toolbar badge,
 * the tab's result and the sightings (the frame's URL stays the first address: the background takes
 * the tab's own URL for it).
 */

const SPA_PAGE = 'http://www.thehindu.com/spa-story.html';
const NEXT = 'http://www.thehindu.com/news/national/sixteen-indians-missing-russia';

const session = useExtensionBrowser(['www.thehindu.com']);

async function open(url: string): Promise<{ page: Page; log: ConsoleLog }> {
  const page = await session.browser().context.newPage();
  const log = new ConsoleLog(page);
  const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  expect(response?.status(), `status of ${url}`).toBe(200);
  return { page, log };
}

const badgesOf = (page: Page) =>
  page.evaluate(() =>
    Array.from(
      document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
    ).map((b) => `${b.getAttribute('data-value')} ${b.getAttribute('data-kind')}`),
  );

/** What the background holds for the tab now showing `url`: its toolbar badge, result and sightings. */
function backgroundFor(url: string) {
  const worker = session.browser().worker;
  return worker.evaluate(async (u) => {
    type Chrome = {
      tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> };
      action: { getBadgeText(d: object): Promise<string> };
      storage: {
        session: { get(k: string): Promise<Record<string, { url?: string } | undefined>> };
        local: { get(k: string): Promise<Record<string, unknown>> };
      };
    };
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await c.tabs.query({ url: u });
    if (tab === undefined) return null;
    const key = `tab-result:${tab.id}`;
    return {
      badge: await c.action.getBadgeText({ tabId: tab.id }),
      result: (await c.storage.session.get(key))[key]?.url ?? null,
      sightings: JSON.stringify(await c.storage.local.get('sightings')),
    };
  }, url);
}

describe('Chromium: living pages', () => {
  it('follows an in-app navigation to the next story, a clock ticking outside the article', async () => {
    const { page, log } = await open(SPA_PAGE);
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    await expect.poll(() => backgroundFor(SPA_PAGE), { timeout: WAIT_MS }).toMatchObject({ badge: '5' });
    await page.evaluate(() => (window as unknown as { __startClock(ms: number): void }).__startClock(250));
    await page.waitForTimeout(1_200);
    const at = Date.now();
    await page.evaluate(() => (window as unknown as { __navigateNext(): void }).__navigateNext());
    await expect.poll(() => badgesOf(page), { timeout: 5_000, interval: 20 }).toEqual(['16 missing']);
    const ms = Date.now() - at;
    console.log(
      `[browser tests] Chromium: in-app navigation to the next story's badges, clock ticking: ${ms} ms`,
    );
    // The toolbar, the tab's result and the sightings follow the page to its new address.
    await expect
      .poll(() => backgroundFor(NEXT), { timeout: WAIT_MS })
      .toMatchObject({ badge: '1', result: NEXT });
    // Stored under its own address, beside the first story: the head's canonical link, left as it was
    // by the page, is the first story's.
    const sightings = (await backgroundFor(NEXT))?.sightings ?? '';
    expect(sightings).toContain('sixteen-indians-missing-russia');
    expect(sightings).toContain('article-spa.ece');
    await page.close();
  });

  it('reads the article once while a clock ticks outside it', async () => {
    const { page, log } = await open(SPA_PAGE);
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    await page.evaluate(() => (window as unknown as { __startClock(ms: number): void }).__startClock(250));
    await page.waitForTimeout(3_000);
    // Stopped, the clock leaves a quiet page: nothing of the article has changed, so no read follows.
    await page.evaluate(() => clearInterval((window as unknown as { __clock: number }).__clock));
    await page.waitForTimeout(1_500);
    expect(log.messages.filter((m) => ANNOTATOR_LINE.test(m.text))).toHaveLength(1);
    await page.close();
  });
});
