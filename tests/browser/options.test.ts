import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeSerious } from './support/axe';
import { ConsoleLog } from './support/console-log';
import { ANNOTATOR_LINE, ARTIFACTS, TOPIC_PAGE, useExtensionBrowser, WAIT_MS } from './support/session';

/**
 * The options page of the built extension in Debian's Chromium: its sections, a screenshot for a person
 * to look at (artifacts/screenshots/options.png), and the display settings taking effect in an open
 * article without a reload. The "check every site" permission prompt needs a real click by a person
 * (permissions.request wants a user gesture): tests/unit/every-site.test.ts covers its logic with fakes.
 */

const HOSTS = ['www.business-standard.com'];

const session = useExtensionBrowser(HOSTS);

const started = () => session.browser();

async function openOptions(): Promise<Page> {
  const b = started();
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.locator('#display-highlights').waitFor({ timeout: WAIT_MS });
  return page;
}

/** What the annotator painted in the article: highlight names and badges. */
function painted(page: Page) {
  return page.evaluate(() => ({
    highlights: Array.from((CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys())
      .filter((n) => n.startsWith('factcheck-'))
      .sort(),
    hosts: document.querySelectorAll('factcheck-overlay').length,
    badges:
      document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge').length ?? 0,
  }));
}

describe('the options page in Chromium', () => {
  it('renders its sections, with the strings from _locales/en', async () => {
    const page = await openOptions();
    expect(await page.title()).toBe('Figures fact-check: options');
    expect(await page.locator('h1').textContent()).toBe('Figures fact-check: options');
    expect(await page.locator('section[data-section] h2').allTextContents()).toEqual([
      'Sites',
      'Display',
      'Figures newer than the record',
      'Your sightings',
      'About the reference data',
      'Privacy',
    ]);
    expect(await page.locator('.coverage').textContent()).toMatch(/ from 20 Feb 2024 to 18 Dec 2025,/);
    await page.locator('.counts').filter({ hasText: 'pages stored' }).waitFor({ timeout: WAIT_MS });
    expect(await page.locator('.counts').textContent()).toMatch(/of at most 3,000/);
    expect(await page.locator('#every-site').isChecked()).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(900);

    mkdirSync(ARTIFACTS, { recursive: true });
    expect(await axeSerious(page), 'axe: options page').toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'options.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(ARTIFACTS, 'options-dark.png'), fullPage: true });
    await page.close();
  });

  it('applies the display switches and the per-site switch to an open article, without a reload', async () => {
    const b = started();
    const article = await b.context.newPage();
    const log = new ConsoleLog(article);
    await article.goto(TOPIC_PAGE, { waitUntil: 'load', timeout: WAIT_MS });
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    // The overlay joins the page in the next animation frame, its badges placed.
    await expect
      .poll(() => painted(article), { timeout: 5000 })
      .toEqual({ highlights: ['factcheck-superseded'], hosts: 1, badges: 6 });

    // Highlights off in the options page: the tints go, the badges stay.
    const options = await openOptions();
    await options.locator('#display-highlights').click();
    await expect
      .poll(() => painted(article), { timeout: 5000 })
      .toEqual({ highlights: [], hosts: 1, badges: 6 });

    // Badges off too: nothing left; both on again: everything back.
    await options.locator('#display-badges').click();
    await expect
      .poll(() => painted(article), { timeout: 5000 })
      .toEqual({ highlights: [], hosts: 0, badges: 0 });
    await options.locator('#display-highlights').click();
    await options.locator('#display-badges').click();
    await expect
      .poll(() => painted(article), { timeout: 5000 })
      .toEqual({ highlights: ['factcheck-superseded'], hosts: 1, badges: 6 });

    // "Turn off on this site" stores the site as turned off: the page clears at once ...
    await b.worker.evaluate(async () => {
      type Chrome = {
        storage: {
          local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
        };
      };
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const current = (await c.storage.local.get('settings')).settings as Record<string, unknown>;
      await c.storage.local.set({ settings: { ...current, disabledSites: ['business-standard.com'] } });
    });
    await expect
      .poll(() => painted(article), { timeout: 5000 })
      .toEqual({ highlights: [], hosts: 0, badges: 0 });
    // ... and the options page lists it, with a button that turns it on again.
    const row = options.locator('.site-off-list li');
    await row.waitFor({ timeout: WAIT_MS });
    expect(await row.locator('.site-name').textContent()).toBe('business-standard.com');
    await row.locator('button').click();
    await expect
      .poll(() => painted(article), { timeout: 5000 })
      .toEqual({ highlights: ['factcheck-superseded'], hosts: 1, badges: 6 });
    await options.close();
    await article.close();
  });
});
