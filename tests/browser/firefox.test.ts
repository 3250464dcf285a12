import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { ConsoleLog } from './support/console-log';
import { fingerprint, watchDom } from './support/dom-watch';
import { EXTENSION_UUID, firefoxTabIdOf, openExtensionPage, useFirefox } from './support/firefox';
import { DETECTOR_HIT, DETECTOR_MISS } from './support/pages';
import { ANNOTATOR_LINE, ARTIFACTS, NEGATIVE_PAGE, TOPIC_PAGE, WAIT_MS } from './support/session';

/**
 * The Firefox build (.output/firefox-mv2, built by the browser project's globalSetup) in Debian's
 * firefox-esr, driven by puppeteer-core over WebDriver BiDi: the detector on a news host, the annotator
 * the background injects (MV2 background page, scripting.insertCSS/executeScript), the CSS Custom
 * Highlight API and the overlay in the page, the toolbar badge, and the full view
 * (`popup.html?tabId=N`). The fixture server stands in for the news hosts as an HTTP proxy
 * (support/firefox.ts), so the URLs are the same as in the Chromium tests.
 */

const HOSTS = ['www.business-standard.com', 'www.hindustantimes.com'];
/** How long a page the detector rejected is watched for an annotator that should never come. */
const QUIET_MS = 1_500;

const session = useFirefox(HOSTS);

async function open(url: string, init?: () => void): Promise<{ page: Page; log: ConsoleLog }> {
  const page = await session.firefox().browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const log = new ConsoleLog(page);
  if (init) await page.evaluateOnNewDocument(init);
  const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  expect(response?.status(), `status of ${url}`).toBe(200);
  return { page, log };
}

/** The overlay's badges and the registered highlight names, read in the page's main world. */
function paintedIn(page: Page) {
  return page.evaluate(() => ({
    hosts: document.querySelectorAll('factcheck-overlay').length,
    badges: Array.from(
      document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
    ).map((b) => ({
      kind: b.getAttribute('data-kind'),
      value: b.getAttribute('data-value'),
      status: b.getAttribute('data-status'),
      currency: b.getAttribute('data-currency'),
    })),
    highlights: Array.from((CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()),
  }));
}

describe('Firefox (firefox-esr over WebDriver BiDi)', () => {
  it('annotates the seed-like page: six badges, factcheck-* highlights, the page otherwise untouched', async () => {
    const t0 = Date.now();
    const { page, log } = await open(TOPIC_PAGE, watchDom);
    const detector = await log.waitFor(DETECTOR_HIT, WAIT_MS);
    const annotator = await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    console.log(`[browser tests] Firefox: annotator line after ${Date.now() - t0} ms: ${annotator.text}`);
    const origin = `moz-extension://${EXTENSION_UUID}/`;
    expect(detector.url, 'detector logged by the extension').toBe(`${origin}content-scripts/detector.js`);
    expect(annotator.url, 'annotator logged by the extension').toBe(`${origin}annotator.js`);
    expect(log.messages.indexOf(detector)).toBeLessThan(log.messages.indexOf(annotator));
    expect(annotator.text).toMatch(/ relevant=true /);
    expect(annotator.text).toMatch(/ figures=6 /);

    // Badges are placed in the next animation frame.
    await expect.poll(async () => (await paintedIn(page)).badges.length, { timeout: 5000 }).toBe(6);
    const painted = await paintedIn(page);
    expect(painted.hosts).toBe(1);
    expect(painted.badges).toEqual(
      expect.arrayContaining([
        { kind: 'serving', value: '44', status: 'confirmed', currency: 'superseded' },
        { kind: 'recruited_total', value: '127', status: 'confirmed', currency: 'superseded' },
        { kind: 'serving', value: '13', status: 'confirmed', currency: 'superseded' },
        { kind: 'discharged', value: '98', status: 'confirmed', currency: 'superseded' },
        { kind: 'killed', value: '12', status: 'confirmed', currency: 'superseded' },
        { kind: 'missing', value: '12', status: 'confirmed', currency: 'superseded' },
      ]),
    );
    expect(painted.highlights.length).toBeGreaterThan(0);
    expect(painted.highlights.every((name) => name.startsWith('factcheck-'))).toBe(true);
    expect(painted.highlights).toContain('factcheck-superseded');
    expect(painted.highlights).not.toContain('factcheck-current');
    // Each highlight holds ranges over the page's text: every mention of the six figures (some repeat).
    const ranges = await page.evaluate(() =>
      Array.from((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()).reduce(
        (n, h) => n + h.size,
        0,
      ),
    );
    expect(ranges).toBeGreaterThanOrEqual(6);

    const dom = await page.evaluate(() => {
      const w = window as unknown as { __fcBefore?: string; __fcMutations?: string[] };
      document.querySelector('factcheck-overlay')?.remove();
      return { before: w.__fcBefore, mutations: w.__fcMutations, after: document.documentElement.outerHTML };
    });
    expect(dom.before, 'DOMContentLoaded snapshot').toBeTypeOf('string');
    // The one change: the overlay host appended to <html> (removed above to compare the rest).
    expect(dom.mutations).toEqual(['childList on <html>']);
    expect(fingerprint(dom.after)).toEqual(fingerprint(dom.before ?? ''));

    // The same file on a host the extension does not run on (127.0.0.1 is not proxied).
    const control = await open(
      TOPIC_PAGE.replace('www.business-standard.com', `127.0.0.1:${session.port()}`),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(control.log.find(/\[factcheck\]/)).toBeUndefined();
    expect(fingerprint(await control.page.evaluate(() => document.documentElement.outerHTML))).toEqual(
      fingerprint(dom.after),
    );
    await control.page.close();
    // Nothing the extension's scripts in the page complained about.
    const complaints = log.messages.filter(
      (m) => m.url.startsWith(origin) && (m.type === 'error' || m.type === 'warn'),
    );
    expect(complaints).toEqual([]);
    await page.close();
  });

  it('leaves the cricket report alone: no annotator, no overlay, no highlights', async () => {
    const { page, log } = await open(NEGATIVE_PAGE);
    await log.waitFor(DETECTOR_MISS, WAIT_MS);
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(log.find(DETECTOR_HIT)).toBeUndefined();
    expect(log.find(ANNOTATOR_LINE)).toBeUndefined();
    expect(await paintedIn(page)).toEqual({ hosts: 0, badges: [], highlights: [] });
    await page.close();
  });

  it('sets the toolbar badge and shows the figures with their verdicts in the full view', async () => {
    const { page: article, log } = await open(TOPIC_PAGE);
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    const tabId = await firefoxTabIdOf(session, TOPIC_PAGE, true);
    const api = await session.extensionPage();
    const badge = await api.evaluate(async (id: number) => {
      type Action = {
        getBadgeText(d: object): Promise<string>;
        getTitle(d: object): Promise<string>;
        getBadgeBackgroundColor(d: object): Promise<number[]>;
      };
      const action = (globalThis as unknown as { browser: { browserAction: Action } }).browser.browserAction;
      return {
        text: await action.getBadgeText({ tabId: id }),
        title: await action.getTitle({ tabId: id }),
        color: await action.getBadgeBackgroundColor({ tabId: id }),
      };
    }, tabId);
    expect(badge.text).toBe('6');
    expect(badge.title).toBe('6 figures on this page: 6 out of date');
    expect(badge.color).toEqual([0x8a, 0x4b, 0x00, 255]);
    // The background kept the tab's result in storage.session and a sighting in storage.local, and
    // recorded no error on the way.
    const stored = await api.evaluate(async (id: number) => {
      type Area = { get(k: string): Promise<Record<string, unknown>> };
      const storage = (globalThis as unknown as { browser: { storage: { session: Area; local: Area } } })
        .browser.storage;
      return {
        result: Object.keys(await storage.session.get(`tab-result:${id}`)),
        lastError: await storage.session.get('last-error'),
        sightings: JSON.stringify(await storage.local.get('sightings')),
      };
    }, tabId);
    expect(stored.result).toEqual([`tab-result:${tabId}`]);
    expect(stored.lastError).toEqual({});
    expect(stored.sightings).toContain('business-standard.com');
    expect(stored.sightings).toContain('"value":127');

    const view = await openExtensionPage(session.firefox(), `popup.html?tabId=${tabId}`);
    await view.waitForSelector('li.figure', { timeout: WAIT_MS });
    expect(await view.title()).toBe('Figures fact-check');
    expect(await view.$eval('h2', (h) => h.textContent)).toBe('6 figures on this page');
    const figures = await view.$$eval('li.figure', (items) =>
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
          latest: (el.querySelector('.ref-latest') as HTMLElement | null)?.dataset.value ?? null,
        };
      }),
    );
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
      expect(f.pill).toBe('↻ Out of date');
      expect(f.verdict).toMatch(/^Now \d+ .+, 18 Dec 2025, Rajya Sabha written reply\.$/);
      expect(f.reference, `record of ${f.value} ${f.kind}`).toBe(String(f.value));
      expect(f.source, `source of ${f.value} ${f.kind}`).toMatch(/^https:\/\//);
    }
    // A year on, every figure has been replaced by the reply of 18 Dec 2025: none shown green.
    const latest = Object.fromEntries(figures.map((f) => [`${f.value} ${f.kind}`, f.latest]));
    expect(latest).toEqual({
      '127 recruited_total': '202',
      '44 serving': '50',
      '13 serving': '50',
      '98 discharged': '119',
      '12 killed': '26',
      '12 missing': '7',
    });
    expect(await view.$$eval('svg.tl-chart[role="img"]', (charts) => charts.length)).toBe(5);
    mkdirSync(ARTIFACTS, { recursive: true });
    await view.screenshot({ path: join(ARTIFACTS, 'firefox-full-view.png'), fullPage: true });
    await view.close();
    await article.close();
  });

  it('saves screenshots of the seed-like page with badges and an open card', async () => {
    const { page, log } = await open(TOPIC_PAGE);
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    const badge = await page.waitForSelector('factcheck-overlay >>> [data-value="127"]', { timeout: 5000 });
    if (!badge) throw new Error('no badge for 127');
    await badge.scrollIntoView();
    await new Promise((r) => setTimeout(r, 200));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-page-badges.png') });
    await badge.focus();
    const card = await page.waitForSelector('factcheck-overlay >>> .card', { visible: true, timeout: 5000 });
    expect(await card?.evaluate((c) => c.textContent)).toContain('Now 202 recruited in all, 18 Dec 2025');
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-page-card.png') });
    await page.keyboard.press('Escape');
    await page.waitForSelector('factcheck-overlay >>> .card', { hidden: true, timeout: 5000 });
    await page.close();
  });
});
