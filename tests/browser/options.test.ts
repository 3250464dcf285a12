import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeSerious } from './support/axe';
import { ConsoleLog } from './support/console-log';
import { ANNOTATOR_LINE, ARTIFACTS, TOPIC_PAGE, useExtensionBrowser, WAIT_MS } from './support/session';

/**
 * The options page of the built extension in Debian's Chromium: its sections, a screenshot for a person
 * to look at (artifacts/screenshots/options.png), and the display settings taking effect in an open
 * article without a reload. The "check every site" permission prompt needs a real click by a person
 * (permissions.request wants a user gesture): tests/unit/every-site.test.ts covers its logic with fakes.
 * Importing an old export of the sightings: merged, it keeps what was read since; replacing asks first;
 * a file too large is refused before it is read.
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

/** A sighting as storage.local keeps it, with no figures: what the import keeps or drops is the page. */
function sighting(url: string, title: string, firstSeen: string, lastSeen = firstSeen) {
  return { url, publisher: 'Outlet', title, published: null, figures: [], firstSeen, lastSeen };
}

const A = 'https://www.thehindu.com/news/a.ece';
const B = 'https://www.thehindu.com/news/b.ece';
const X = 'https://www.ndtv.com/india-news/x';
const NOV_1 = '2025-11-01T09:00:00.000Z';
const NOV_2 = '2025-11-02T09:00:00.000Z';

/** An export made on 2 November: A and B as they were then. */
const OLD_EXPORT = `${JSON.stringify(
  {
    format: 'figures-factcheck-sightings',
    version: 3,
    dropped: 0,
    pages: [sighting(A, 'A in November', NOV_1), sighting(B, 'B', NOV_2)],
  },
  null,
  1,
)}\n`;

type StorageChrome = {
  storage: {
    local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  };
};

async function storedPages(): Promise<string[]> {
  return started().worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: StorageChrome }).chrome;
    const value = (await c.storage.local.get('sightings')).sightings as {
      pages: Array<{ url: string; title: string }>;
    };
    return value.pages.map((p) => `${p.url} ${p.title}`);
  });
}

describe('importing sightings in the options page, in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-import-'));
  const oldExport = join(dir, 'factcheck-sightings-2025-11-02.json');
  const tooLarge = join(dir, 'factcheck-sightings-huge.json');
  writeFileSync(oldExport, OLD_EXPORT);
  // 16 MB of spaces: whatever it holds, it is over the limit.
  writeFileSync(tooLarge, Buffer.alloc(16 * 1024 * 1024, 0x20));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges an old export keeping what was read since, replaces only after asking, and refuses a file too large', async () => {
    // Read since the export: A again in December, and X.
    await started().worker.evaluate(
      async (pages) => {
        const c = (globalThis as unknown as { chrome: StorageChrome }).chrome;
        await c.storage.local.set({ sightings: { pages, dropped: 0 }, sightings$: { v: 3 } });
      },
      [
        sighting(A, 'A in December', NOV_1, '2025-12-05T09:00:00.000Z'),
        sighting(X, 'X', '2025-12-06T09:00:00.000Z'),
      ],
    );
    const page = await openOptions();
    const data = page.locator('[data-section="data"]');
    const input = data.locator('input[type="file"]');
    const status = data.locator('[role="status"]');
    await data.locator('.counts').filter({ hasText: '2 pages stored' }).waitFor({ timeout: WAIT_MS });

    // Merge: the question first, with the focus on the choice that loses nothing.
    await input.setInputFiles(oldExport);
    const choice = data.locator('fieldset.import-choice');
    await choice.waitFor({ timeout: WAIT_MS });
    expect(await choice.locator('legend').textContent()).toBe(
      'Import “factcheck-sightings-2025-11-02.json”: merge it with the sightings stored here, or replace them with it?',
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 5000 })
      .toBe('Merge with the stored sightings');
    expect(await axeSerious(page), 'axe: the import question').toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await choice.screenshot({ path: join(ARTIFACTS, 'options-import-choice.png') });
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Merged: 3 pages stored now.' }).waitFor({ timeout: WAIT_MS });
    expect(await storedPages()).toEqual([`${B} B`, `${A} A in December`, `${X} X`]);

    // Replace: asked, and nothing changes until the reader confirms.
    await input.setInputFiles(oldExport);
    await choice.getByRole('button', { name: 'Replace the stored sightings…' }).click();
    expect(await choice.locator('legend').textContent()).toBe(
      'Replace all 3 stored pages with those in the file? Pages you read since it was exported will be lost; merging keeps them.',
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 5000 })
      .toBe('Cancel');
    expect(await axeSerious(page), 'axe: the confirmation').toEqual([]);
    await choice.screenshot({ path: join(ARTIFACTS, 'options-import-replace.png') });
    await page.keyboard.press('Escape');
    await choice.waitFor({ state: 'detached', timeout: WAIT_MS });
    expect(await storedPages()).toEqual([`${B} B`, `${A} A in December`, `${X} X`]);

    await input.setInputFiles(oldExport);
    await choice.getByRole('button', { name: 'Replace the stored sightings…' }).click();
    await choice.getByRole('button', { name: 'Replace all sightings' }).click();
    await status.filter({ hasText: 'Imported 2 pages.' }).waitFor({ timeout: WAIT_MS });
    expect(await storedPages()).toEqual([`${A} A in November`, `${B} B`]);

    // Too large: refused at once, unread, and nothing changes.
    await input.setInputFiles(tooLarge);
    const alert = data.locator('[role="alert"]');
    await alert.filter({ hasText: 'Nothing was imported' }).waitFor({ timeout: WAIT_MS });
    expect(await alert.textContent()).toBe(
      'Nothing was imported: the file is 16 MB, and a sightings file can be at most 15.5 MB (Chrome keeps at most 10 MB for the extension).',
    );
    expect(await choice.count()).toBe(0);
    expect(await storedPages()).toEqual([`${A} A in November`, `${B} B`]);
    await page.close();
  });
});
