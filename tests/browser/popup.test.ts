import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeSerious } from './support/axe';
import { ConsoleLog } from './support/console-log';
import { DETECTOR_MISS } from './support/pages';
import { closePopups, popupSize } from './support/popup-window';
import {
  ANNOTATOR_LINE,
  ARTIFACTS,
  NEGATIVE_PAGE,
  TOPIC_PAGE,
  tabIdOf,
  useExtensionBrowser,
  WAIT_MS,
} from './support/session';

/**
 * The popup and its full view (`popup.html?tabId=N`) of the built extension in Debian's Chromium, for
 * the seed-like page (ANI via Business Standard, 8 Nov 2025), read in December 2026: its six figures,
 * each right for its own date and replaced since, the latest official figures, and the answer in the
 * popup's first 600 px. Saves screenshots for a person to look at (artifacts/screenshots/, git-ignored).
 */

const HOSTS = ['www.business-standard.com', 'www.hindustantimes.com'];

const session = useExtensionBrowser(HOSTS);

const started = () => session.browser();

async function open(url: string, wait: RegExp): Promise<Page> {
  const b = started();
  const page = await b.context.newPage();
  const log = new ConsoleLog(page);
  const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  expect(response?.status(), `status of ${url}`).toBe(200);
  await log.waitFor(wait, WAIT_MS);
  return page;
}

async function openFullView(tabId: number | string, width: number): Promise<Page> {
  const page = await started().context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${started().extensionId}/popup.html?tabId=${tabId}`);
  return page;
}

describe('the full view in Chromium', () => {
  it('lists the six figures of the seed-like page as out of date, with the figures that replaced them', async () => {
    const article = await open(TOPIC_PAGE, ANNOTATOR_LINE);
    const tabId = await tabIdOf(started(), TOPIC_PAGE, true);
    const view = await openFullView(tabId, 1100);
    await view.locator('li.figure').first().waitFor({ timeout: WAIT_MS });

    expect(await view.title()).toBe('Figures fact-check');
    expect(await view.locator('h1').textContent()).toBe('Figures fact-check');
    expect(await view.locator('h2').textContent()).toBe('6 figures on this page');
    expect(await view.locator('.record-age').textContent()).toBe('Official figures up to 18 Dec 2025.');
    const figures = await view.locator('li.figure').evaluateAll((items) =>
      items.map((li) => {
        const el = li as HTMLElement;
        return {
          kind: el.dataset.kind,
          value: Number(el.dataset.value),
          status: el.dataset.status,
          currency: el.dataset.currency,
          pill: el.querySelector('.pill')?.textContent ?? '',
          verdict: el.querySelector('.verdict')?.textContent ?? '',
          reference: (el.querySelector('.ref-reference') as HTMLElement | null)?.dataset.value ?? null,
          source: el.querySelector('.ref-reference .source a')?.getAttribute('href') ?? null,
          latest: (el.querySelector('.ref-latest') as HTMLElement | null)?.dataset.value ?? null,
        };
      }),
    );
    // Grouped by kind: recruited, serving, discharged, killed, missing.
    expect(figures.map((f) => `${f.value} ${f.kind}`)).toEqual([
      '127 recruited_total',
      '44 serving',
      '13 serving',
      '98 discharged',
      '12 killed',
      '12 missing',
    ]);
    for (const f of figures) {
      // Right for its own date, and replaced since.
      expect(f.status, `${f.value} ${f.kind}`).toBe('confirmed');
      expect(f.currency, `${f.value} ${f.kind}`).toBe('superseded');
      expect(f.pill).toBe('↻ Out of date');
      expect(f.verdict).toMatch(/^Now \d+ .+, 18 Dec 2025, Rajya Sabha written reply\.$/);
      expect(f.reference, `record of ${f.value} ${f.kind}`).toBe(String(f.value));
      expect(f.source, `source of ${f.value} ${f.kind}`).toMatch(/^https:\/\//);
    }
    const latest = Object.fromEntries(figures.map((f) => [`${f.value} ${f.kind}`, f.latest]));
    expect(latest).toEqual({
      '127 recruited_total': '202',
      '44 serving': '50',
      '13 serving': '50',
      '98 discharged': '119',
      '12 killed': '26',
      '12 missing': '7',
    });
    expect(await view.locator('a.full-view-link').count()).toBe(0);
    expect(await view.evaluate(() => document.documentElement.lang)).toBe('en');

    // A timeline for each kind, with this page's figure marked on it.
    const timelines = view.locator('svg.tl-chart[role="img"]');
    expect(await timelines.count()).toBe(5);
    expect(await view.locator('svg.tl-chart path.tl-mark').count()).toBe(6);

    mkdirSync(ARTIFACTS, { recursive: true });
    await view.screenshot({ path: join(ARTIFACTS, 'full-view.png'), fullPage: true });
    expect(await axeSerious(view), 'axe: full view').toEqual([]);
    await view.emulateMedia({ colorScheme: 'dark' });
    await view.screenshot({ path: join(ARTIFACTS, 'full-view-dark.png'), fullPage: true });
    expect(await axeSerious(view), 'axe: full view, dark').toEqual([]);
    await view.close();

    // The popup's width: one column, everything still there, nothing wider than the popup.
    const narrow = await openFullView(tabId, 420);
    await narrow.locator('li.figure').first().waitFor({ timeout: WAIT_MS });
    expect(await narrow.locator('li.figure').count()).toBe(6);
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow, 'no horizontal scrolling at 420 px').toBeLessThanOrEqual(420);
    const killed = narrow.locator('section.group[data-kind="killed"]');
    await killed.locator('details.why summary').click();
    await killed.locator('details.tl-table summary').click();
    // Why, in plain words, and the record's note on the latest figure (the one on 12 only kept its wording).
    expect(await killed.locator('.why-lead').count()).toBe(1);
    expect(await killed.locator('.why-note').count()).toBe(1);
    await killed.screenshot({ path: join(ARTIFACTS, 'popup-420-killed-opened.png') });
    await narrow.close();
    await article.close();
  });

  it("opens the popup on the answer: this page's figures with their currency and the latest official figures, in its first 600 px", async () => {
    const b = started();
    const article = await open(TOPIC_PAGE, ANNOTATOR_LINE);
    const tabId = await tabIdOf(started(), TOPIC_PAGE, true);
    // The popup asks for the active tab of the window: load popup.html in a background tab.
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await article.bringToFront();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.locator('li.answer-item').first().waitFor({ timeout: WAIT_MS });
    expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(420);
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png') });
    // Every line of the answer lies inside the popup's 600 px, before any scrolling.
    const lines = await popup.locator('li.answer-item, li.latest-item').evaluateAll((items) =>
      items.map((li) => {
        const r = li.getBoundingClientRect();
        return { text: li.textContent ?? '', bottom: Math.round(r.bottom) };
      }),
    );
    expect(lines).toHaveLength(11);
    for (const line of lines) expect(line.bottom, line.text).toBeLessThanOrEqual(600);
    expect(
      await popup
        .locator('li.answer-item')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.currency)),
    ).toEqual(Array(6).fill('superseded'));
    expect(await popup.locator('li.answer-item .answer-why').first().textContent()).toBe(
      'Now 50 awaiting discharge, 18 Dec 2025.',
    );
    expect(await popup.locator('li.latest-item').allTextContents()).toEqual([
      '202 recruited in all',
      '50 awaiting discharge',
      '119 discharged or returned',
      '26 killed',
      '7 missing',
    ]);
    // No green anywhere in the answer.
    expect(await popup.locator('.answer .pill[data-standing="current"]').count()).toBe(0);
    expect(await axeSerious(popup), 'axe: popup').toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-dark.png') });
    expect(await axeSerious(popup), 'axe: popup, dark').toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });

    const link = popup.locator('a.full-view-link');
    expect(await link.textContent()).toBe('Open full view (opens in a new tab)');
    const opened = b.context.waitForEvent('page', { timeout: WAIT_MS });
    await link.click();
    const full = await opened;
    await full.waitForURL(/popup\.html\?tabId=\d+$/, { timeout: WAIT_MS });
    expect(full.url()).toBe(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    await full.locator('li.figure').first().waitFor({ timeout: WAIT_MS });
    expect(await full.locator('li.figure').count()).toBe(6);
    await full.close();
    if (!popup.isClosed()) await popup.close();
    await article.close();
  });

  it('says "not checked yet" for a tab without a result, and names a bad tab id', async () => {
    const article = await open(NEGATIVE_PAGE, DETECTOR_MISS);
    const tabId = await tabIdOf(started(), NEGATIVE_PAGE);
    // The detector stops on a page off the topic: no annotator, no result, so "not checked yet".
    const view = await openFullView(tabId as number, 420);
    await view.locator('[data-state="not-checked"]').waitFor({ timeout: WAIT_MS });
    expect(await view.locator('h2').textContent()).toBe('Not checked yet');
    await view.screenshot({ path: join(ARTIFACTS, 'popup-not-checked.png'), fullPage: true });
    await view.close();

    const bad = await openFullView('abc', 420);
    await bad.locator('[data-state="error"]').waitFor({ timeout: WAIT_MS });
    expect(await bad.locator('[role="alert"]').textContent()).toBe('The address names no valid tab (abc).');
    await bad.close();
    await article.close();
  });

  it("opens the toolbar popup on its 420 px layout: the phone's rules never catch its first, tiny layout", async () => {
    const b = started();
    const article = await open(TOPIC_PAGE, ANNOTATOR_LINE);
    // An extension page to find the popup from (chrome.extension.getViews), left at the context's own
    // viewport: a page of the extension resized by emulation (setViewportSize) narrows the screen its
    // popup is fitted to as well.
    const finder = await b.context.newPage();
    await finder.goto(`chrome-extension://${b.extensionId}/options.html`);
    await article.bringToFront();
    // Chromium lays a toolbar popup out first at 25 px and then sizes it to its content: a rule that
    // narrowed the popup at small widths, or a width in vw, would keep it narrow.
    await b.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
      ).chrome.action.openPopup(),
    );
    const measured = () => finder.evaluate(popupSize);
    await expect.poll(measured, { timeout: WAIT_MS }).not.toBeNull();
    // Sized to its content once loaded: read again after the next resize settles.
    await new Promise((r) => setTimeout(r, 300));
    const popup = await measured();
    expect(popup?.body, 'the popup body').toBe(420);
    // Chromium gives the window some room of its own around it (450 px in Chromium 156), never less.
    expect(popup?.width).toBeGreaterThanOrEqual(420);
    expect(popup?.scrollWidth, 'no sideways scrolling').toBe(popup?.width);
    await finder.evaluate(closePopups);
    await finder.close();
    await article.close();
  });
});
