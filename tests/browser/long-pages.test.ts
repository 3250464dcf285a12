import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ConsoleLog } from './support/console-log';
import { overlayBadges } from './support/pages';
import { ANNOTATOR_LINE, ARTIFACTS, tabIdOf, useExtensionBrowser, WAIT_MS } from './support/session';

/**
 * A page past the text model's size limits, in Debian's Chromium with the built extension: a topic
 * story with 60,000 blocks under it (the limit is 50,000) is read in part, its figures are badged, and
 * the toolbar and the full view say that only its start was read.
 */

const PAGE = 'http://www.thehindu.com/long-page-60000-blocks.html';
const session = useExtensionBrowser(['www.thehindu.com']);

const badges = (page: Page) => page.evaluate(overlayBadges);

describe('a page past the size limits, in Chromium', () => {
  it('is read in part: its figures are badged, and the toolbar and the full view say so', async () => {
    const b = session.browser();
    const page = await b.context.newPage();
    const log = new ConsoleLog(page);
    const response = await page.goto(PAGE, { waitUntil: 'load', timeout: WAIT_MS });
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => document.querySelectorAll('#feed > div').length)).toBe(60_000);
    const line = await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    expect(line.text).toMatch(/ relevant=true /);
    await expect.poll(() => badges(page), { timeout: 5000 }).toEqual(['44 serving']);

    const tabId = await tabIdOf(b, PAGE, true);
    type Chrome = { action: { getTitle(d: object): Promise<string> } };
    const title = await b.worker.evaluate(
      (id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getTitle({ tabId: id }),
      tabId,
    );
    expect(title).toBe('1 figure on this page: 1 out of date (a long page: only its start was read)');

    const view = await b.context.newPage();
    await view.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    await view.locator('li.figure').first().waitFor({ timeout: WAIT_MS });
    expect(await view.locator('.note.truncated').textContent()).toBe('A long page: only its start was read.');
    expect(await view.locator('li.figure').count()).toBe(1);
    // As the reader sees it, at a phone's width.
    await view.setViewportSize({ width: 400, height: 700 });
    mkdirSync(ARTIFACTS, { recursive: true });
    await view.screenshot({ path: join(ARTIFACTS, 'popup-read-in-part.png'), fullPage: true });
    await view.close();
    await page.close();
  });
});
