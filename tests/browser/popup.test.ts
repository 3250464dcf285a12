import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeSerious } from './support/axe';
import { ConsoleLog } from './support/console-log';
import { DETECTOR_MISS } from './support/pages';
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
 * The full view (`popup.html?tabId=N`) of the built extension in Debian's Chromium, for the seed-like
 * page (ANI via Business Standard, 8 Nov 2025): its six figures, their statuses, references and the
 * figures reported since. Saves screenshots of the full view and of the popup-sized layout for a person
 * to look at (artifacts/screenshots/, git-ignored).
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
  it('lists the six figures of the seed-like page with statuses, references and newer figures', async () => {
    const article = await open(TOPIC_PAGE, ANNOTATOR_LINE);
    const tabId = await tabIdOf(started(), TOPIC_PAGE, true);
    const view = await openFullView(tabId, 1100);
    await view.locator('li.figure').first().waitFor({ timeout: WAIT_MS });

    expect(await view.title()).toBe('Figures fact-check');
    expect(await view.locator('h1').textContent()).toBe('Figures fact-check');
    expect(await view.locator('h2').textContent()).toBe('6 figures on this page');
    const figures = await view.locator('li.figure').evaluateAll((items) =>
      items.map((li) => {
        const el = li as HTMLElement;
        return {
          kind: el.dataset.kind,
          value: Number(el.dataset.value),
          status: el.dataset.status,
          pill: el.querySelector('.pill')?.textContent ?? '',
          verdict: el.querySelector('.verdict')?.textContent ?? '',
          reference: (el.querySelector('.ref-reference') as HTMLElement | null)?.dataset.value ?? null,
          source: el.querySelector('.ref-reference .source a')?.getAttribute('href') ?? null,
          newer: (el.querySelector('.ref-newer') as HTMLElement | null)?.dataset.value ?? null,
          newerHead: el.querySelector('.ref-newer .ref-head')?.textContent ?? null,
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
      expect(f.status, `${f.value} ${f.kind}`).toBe('confirmed');
      expect(f.pill).toBe('✓ Matches the record');
      expect(f.verdict).toMatch(/^The figure reported for .+ matches the record\.$/);
      expect(f.reference, `record of ${f.value} ${f.kind}`).toBe(String(f.value));
      expect(f.source, `source of ${f.value} ${f.kind}`).toMatch(/^https:\/\//);
    }
    const newer = Object.fromEntries(figures.map((f) => [`${f.value} ${f.kind}`, f.newer]));
    expect(newer).toEqual({
      '127 recruited_total': '202',
      '44 serving': null,
      '13 serving': '44',
      '98 discharged': '119',
      '12 killed': '26',
      '12 missing': '7',
    });
    expect(figures.find((f) => f.kind === 'killed')?.newerHead).toBe('Since then: 26 18 Dec 2025');
    // The full view has no link to itself; strings come from _locales/en through browser.i18n.
    expect(await view.locator('a.full-view-link').count()).toBe(0);
    expect(await view.evaluate(() => document.documentElement.lang)).toBe('en');

    // A timeline for each kind, with this page's figure marked on it.
    const timelines = view.locator('svg.tl-chart[role="img"]');
    expect(await timelines.count()).toBe(5);
    expect(await timelines.nth(3).getAttribute('aria-label')).toBe(
      'Killed: figures reported from 15 Mar 2024 to 18 Dec 2025, 2 to 26; this page: 12, Jan 2025',
    );
    expect(await view.locator('svg.tl-chart path.tl-mark').count()).toBe(6);

    mkdirSync(ARTIFACTS, { recursive: true });
    await view.screenshot({ path: join(ARTIFACTS, 'full-view.png'), fullPage: true });
    expect(await axeSerious(view), 'axe: full view').toEqual([]);
    await view.emulateMedia({ colorScheme: 'dark' });
    await view.screenshot({ path: join(ARTIFACTS, 'full-view-dark.png'), fullPage: true });
    expect(await axeSerious(view), 'axe: full view, dark').toEqual([]);
    await view.close();

    // The popup's width: one column, everything still there.
    const narrow = await openFullView(tabId, 380);
    await narrow.locator('li.figure').first().waitFor({ timeout: WAIT_MS });
    expect(await narrow.locator('li.figure').count()).toBe(6);
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow, 'no horizontal scrolling at 380 px').toBeLessThanOrEqual(380);
    // What a popup shows (browsers cap popups at 800 x 600), and the whole of it.
    await narrow.setViewportSize({ width: 380, height: 600 });
    await narrow.screenshot({ path: join(ARTIFACTS, 'popup-380.png') });
    await narrow.screenshot({ path: join(ARTIFACTS, 'popup-380-full.png'), fullPage: true });
    expect(await axeSerious(narrow), 'axe: popup-sized view').toEqual([]);
    // A timeline at the popup's width, up close: labels legible, nothing clipped.
    await narrow
      .locator('.timeline[data-kind="serving"]')
      .screenshot({ path: join(ARTIFACTS, 'popup-380-timeline.png') });
    // The killed group with "Why the figures differ" and the timeline's table opened.
    const killed = narrow.locator('section.group[data-kind="killed"]');
    await killed.locator('details.why summary').click();
    await killed.locator('details.tl-table summary').click();
    expect(await killed.locator('.why-note').count()).toBe(2);
    expect(await killed.locator('.tl-table tbody tr.tl-row-page').textContent()).toBe('Jan 202512This page');
    await killed.screenshot({ path: join(ARTIFACTS, 'popup-380-killed-opened.png') });
    await narrow.emulateMedia({ colorScheme: 'dark' });
    await narrow.screenshot({ path: join(ARTIFACTS, 'popup-380-dark.png') });
    await narrow.close();
    await article.close();
  });

  it('shows the active tab in the popup, which opens the full view', async () => {
    const b = started();
    const article = await open(TOPIC_PAGE, ANNOTATOR_LINE);
    const tabId = await tabIdOf(started(), TOPIC_PAGE, true);
    // The popup asks for the active tab of the window: load popup.html in a background tab.
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await article.bringToFront();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.locator('li.figure').first().waitFor({ timeout: WAIT_MS });
    expect(await popup.locator('li.figure').count()).toBe(6);
    expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(380);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png') });
    expect(await axeSerious(popup), 'axe: popup').toEqual([]);

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
    const view = await openFullView(tabId as number, 380);
    await view.locator('[data-state="not-checked"]').waitFor({ timeout: WAIT_MS });
    expect(await view.locator('h2').textContent()).toBe('Not checked yet');
    await view.screenshot({ path: join(ARTIFACTS, 'popup-not-checked.png'), fullPage: true });
    await view.close();

    const bad = await openFullView('abc', 380);
    await bad.locator('[data-state="error"]').waitFor({ timeout: WAIT_MS });
    expect(await bad.locator('[role="alert"]').textContent()).toBe('The address names no valid tab (abc).');
    await bad.close();
    await article.close();
  });
});
