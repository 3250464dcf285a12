import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import hi from '../../public/_locales/hi/messages.json';
import { dateIn } from '../../utils/wording/locale-format';
import { type Catalogue, getMessageFrom } from '../unit/support/i18n-catalogue';
import { figure, pageResult, verdict } from '../unit/support/page-results';
import { axeSerious } from './support/axe';
import {
  ARTIFACTS,
  openAnnotated,
  TOPIC_PAGE,
  tabIdOf,
  useExtensionBrowser,
  WAIT_MS,
} from './support/session';

/**
 * The built extension in Debian's Chromium running in Hindi (--lang=hi, LANGUAGE=hi): the browser picks
 * public/_locales/hi, and the toolbar button, its tooltip, the in-page card, the popup, the full view
 * and the options page speak Hindi, with nothing clipped or overflowing. Saves popup-hi.png,
 * full-view-hi.png, options-hi.png and card-hi.png for a person to look at.
 */

const HOSTS = ['www.business-standard.com'];
const session = useExtensionBrowser(HOSTS, { lang: 'hi' });
const started = () => session.browser();

const HI = getMessageFrom(hi as Catalogue);
const EN = en as Catalogue;
/** "18 दिसंबर 2025". */
const hiDate = (day: string, month: number, year: string) =>
  dateIn('hi', `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`);

/**
 * English sentences and labels of the catalogue (two words or more, no substitutions): none may show
 * in a Hindi page, where each would be a string that did not come from the catalogue in use.
 */
const ENGLISH_PHRASES = Object.values(EN)
  .map((e) => e.message)
  .filter((m) => !m.includes('$') && /^[A-Z]/.test(m) && m.split(' ').length >= 2);

async function englishShown(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent ?? '');
  return ENGLISH_PHRASES.filter((p) => text.includes(p));
}

/** Elements whose text is cut: wider or taller than their box while hiding the rest. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => {
        const style = getComputedStyle(el);
        const hides = [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
        if (!hides || el.classList.contains('sr-only') || !el.textContent?.trim()) return false;
        return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 60)}`),
  );
}

const openArticle = () => openAnnotated(started(), TOPIC_PAGE);

type Chrome = {
  i18n: { getMessage(key: string): string };
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  action: { getTitle(d: object): Promise<string>; getBadgeText(d: object): Promise<string> };
};

describe('the extension in Chromium running in Hindi', () => {
  it('takes the Hindi catalogue: the toolbar button is named in Hindi, and its tooltip counts the figures in Hindi', async () => {
    const b = started();
    const before = await b.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      return {
        lang: c.i18n.getMessage('htmlLang'),
        // The tooltip of a page off the topic (entrypoints/background.ts).
        name: (c as unknown as { runtime: { getManifest(): { name: string } } }).runtime.getManifest().name,
        title: await c.action.getTitle({}),
      };
    });
    expect(before.lang).toBe('hi');
    expect(before.name).toBe(HI('extName'));
    // The manifest's default_title is __MSG_appTitle__.
    expect(before.title).toBe(HI('appTitle'));

    const article = await openArticle();
    const title = await b.worker.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      for (let i = 0; i < 50; i++) {
        const [tab] = await c.tabs.query({ url });
        if (tab?.id !== undefined && (await c.action.getBadgeText({ tabId: tab.id })) !== '')
          return c.action.getTitle({ tabId: tab.id });
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    }, TOPIC_PAGE);
    expect(title).toBe(HI('badgeTitleMany', ['6', HI('badgePart_superseded', '6')]));
    await article.close();
  });

  it('opens the in-page card in Hindi, its badges named in Hindi', async () => {
    const article = await openArticle();
    await article.setViewportSize({ width: 1100, height: 900 });
    const overlay = article.locator('factcheck-overlay');
    const badge = overlay.locator('button.badge[data-value="127"]');
    expect(await badge.getAttribute('aria-label')).toBe(
      HI('badgeLabel', [
        HI('countOfKind', ['127', HI('kind_recruited_total')]),
        dateIn('hi', '2025-07'),
        HI('standing_superseded'),
      ]),
    );
    await badge.scrollIntoViewIfNeeded();
    await badge.focus();
    const card = overlay.locator('.card');
    await card.waitFor({ state: 'visible', timeout: WAIT_MS });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(HI('standing_superseded'));
    expect(text).toContain(
      HI('headlineSuperseded', [
        HI('recordPhrase', [
          HI('countOfKind', ['202', HI('kind_recruited_total')]),
          hiDate('18', 12, '2025'),
          'Rajya Sabha written reply',
        ]),
      ]),
    );
    expect(text).toContain(HI('recordAge', hiDate('18', 12, '2025')));
    expect(text).toContain(HI('ownDateConfirmed', [dateIn('hi', '2025-07'), '127']));
    expect(await overlay.locator('.layer').getAttribute('lang')).toBe('hi');
    for (const phrase of ENGLISH_PHRASES) expect(text).not.toContain(phrase);
    // The whole card inside the window, none of its lines cut.
    const box = await card.boundingBox();
    if (!box) throw new Error('the card has no box');
    expect(box.x + box.width).toBeLessThanOrEqual(1100);
    expect(
      await card.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1),
    ).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await article.screenshot({ path: join(ARTIFACTS, 'card-hi.png') });
    await article.close();
  });

  it('shows the popup and the full view in Hindi', async () => {
    const b = started();
    const article = await openArticle();
    const tabId = await tabIdOf(b, TOPIC_PAGE, true);

    const full = await b.context.newPage();
    await full.setViewportSize({ width: 1100, height: 900 });
    await full.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    await full.locator('li.figure').first().waitFor({ timeout: WAIT_MS });
    expect(await full.evaluate(() => document.documentElement.lang)).toBe('hi');
    expect(await full.title()).toBe(HI('appTitle'));
    expect(await full.locator('h1').textContent()).toBe(HI('appTitle'));
    expect(await full.locator('h2').textContent()).toBe(HI('figuresOnPageMany', '6'));
    expect(await full.locator('.record-age').textContent()).toBe(HI('recordAge', hiDate('18', 12, '2025')));
    expect(await full.locator('#answer-heading').textContent()).toBe(HI('pageFiguresHeading'));
    expect(await full.locator('#latest-heading').textContent()).toBe(HI('latestHeading'));
    expect(await full.locator('details.details > summary').textContent()).toBe(HI('detailsSummary'));
    expect(await full.locator('section.group h3').allTextContents()).toEqual([
      `${HI('kindHeading_recruited_total')} (1)`,
      `${HI('kindHeading_serving')} (2)`,
      `${HI('kindHeading_discharged')} (1)`,
      `${HI('kindHeading_killed')} (1)`,
      `${HI('kindHeading_missing')} (1)`,
    ]);
    expect(new Set(await full.locator('li.figure .pill').allTextContents())).toEqual(
      new Set([`↻ ${HI('standing_superseded')}`]),
    );
    expect(await full.locator('.tl-title').first().textContent()).toBe(HI('timelineTitle'));
    // The timeline's axis: months in Hindi.
    const axis = await full.locator('svg.tl-chart .tl-grid text').allTextContents();
    expect(axis.some((t) => /^[\u0900-\u097F]+ \d{4}$/.test(t))).toBe(true);
    expect(axis.filter((t) => /[A-Za-z]/.test(t))).toEqual([]);
    expect(await englishShown(full)).toEqual([]);
    expect(await clipped(full)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await full.screenshot({ path: join(ARTIFACTS, 'full-view-hi.png'), fullPage: true });
    expect(await axeSerious(full), 'axe: full view in Hindi').toEqual([]);
    await full.close();

    // At the popup's width, with the notes on why the figures differ and a timeline's table open.
    const narrow = await b.context.newPage();
    await narrow.setViewportSize({ width: 420, height: 900 });
    await narrow.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    await narrow.locator('li.figure').first().waitFor({ timeout: WAIT_MS });
    const killed = narrow.locator('section.group[data-kind="killed"]');
    await killed.locator('details.why summary').click();
    await killed.locator('details.tl-table summary').click();
    expect(await killed.locator('.why-lead').textContent()).toContain(hiDate('18', 12, '2025'));
    expect(await killed.locator('.tl-table th').allTextContents()).toEqual([
      HI('timelineColDate'),
      HI('timelineColValue'),
      HI('timelineColWho'),
    ]);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    expect(await englishShown(narrow)).toEqual([]);
    expect(await clipped(narrow)).toEqual([]);
    await killed.screenshot({ path: join(ARTIFACTS, 'full-view-hi-420-killed.png') });
    await narrow.close();

    // The toolbar popup: the popup's width, the active tab's answer.
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await article.bringToFront();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.locator('li.answer-item').first().waitFor({ timeout: WAIT_MS });
    expect(await popup.locator('a.full-view-link').textContent()).toBe(
      `${HI('openFullView')} ${HI('opensInNewTab')}`,
    );
    expect(await popup.locator('li.answer-item .answer-why').first().textContent()).toBe(
      HI('headlineSuperseded', [
        HI('recordPhraseShort', [
          HI('countOfKind', ['50', HI('kind_awaiting_discharge')]),
          hiDate('18', 12, '2025'),
        ]),
      ]),
    );
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    expect(await englishShown(popup)).toEqual([]);
    expect(await clipped(popup)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-hi.png') });
    if (!popup.isClosed()) await popup.close();
    await article.close();
  });

  it('writes large counts on a timeline in lakh, inside the chart', async () => {
    const b = started();
    // A stored result for a tab that is not open: the full view reads whatever the background kept.
    const seized = figure({
      value: 5_000_000,
      kind: 'other',
      tag: 'cbi_cash_seized_inr',
      asOf: '2024-03-07',
      text: 'Rs 50 lakh in cash was seized',
      verdict: verdict({ status: 'no_record', reference: null, previous: null, newer: null, latest: null }),
    });
    const { type: _type, ...fields } = pageResult({ figures: [seized] });
    const tabId = 999_999;
    await b.worker.evaluate(
      async ([key, result]) => {
        const c = (
          globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }
        ).chrome;
        await c.storage.session.set({ [key]: result });
      },
      [`tab-result:${tabId}`, { ...fields, tabId, receivedAt: '2025-11-08T10:00:00.000Z' }] as const,
    );
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    await page.locator('svg.tl-chart').first().waitFor({ timeout: WAIT_MS });
    const labels = await page.evaluate(() =>
      Array.from(document.querySelectorAll<SVGGraphicsElement>('svg.tl-chart .tl-grid text')).map((t) => ({
        text: t.textContent ?? '',
        x: t.getBBox().x,
      })),
    );
    expect(labels.map((l) => l.text.replace(/\s/g, ' '))).toContain('20 लाख');
    for (const l of labels) expect(l.x, l.text).toBeGreaterThanOrEqual(0);
    await page
      .locator('section.group')
      .first()
      .screenshot({ path: join(ARTIFACTS, 'timeline-lakh-hi.png') });
    await page.close();
  });

  it('shows the options page in Hindi', async () => {
    const b = started();
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    await page.locator('[data-section="privacy"]').waitFor({ timeout: WAIT_MS });
    await page.locator('.counts[data-pages]').waitFor({ timeout: WAIT_MS });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');
    expect(await page.title()).toBe(HI('optionsTitle'));
    expect(await page.locator('h1').textContent()).toBe(HI('optionsTitle'));
    expect(await page.locator('section[data-section] > h2').allTextContents()).toEqual([
      HI('sitesHeading'),
      HI('displayHeading'),
      HI('newerHeading'),
      HI('dataHeading'),
      HI('aboutHeading'),
      HI('privacyHeading'),
    ]);
    expect(await page.locator('label[for="every-site"]').textContent()).toBe(HI('everySiteLabel'));
    expect(await englishShown(page)).toEqual([]);
    expect(await clipped(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(900);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'options-hi.png'), fullPage: true });
    expect(await axeSerious(page), 'axe: options in Hindi').toEqual([]);
    await page.close();
  });
});
