import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { badgeView } from '../../utils/background/badge';
import { catalogueOf, catalogueReader, withFallback } from '../../utils/wording/catalogue';
import { dateIn } from '../../utils/wording/locale-format';
import { launchWithExtension } from './support/chromium';
import { ConsoleLog } from './support/console-log';
import { CHROME_EXTENSION_DIR, PROJECT_ROOT } from './support/paths';
import {
  ANNOTATOR_LINE,
  ARTIFACTS,
  TOPIC_PAGE,
  tabIdOf,
  useFixtureSession,
  WAIT_MS,
} from './support/session';

/**
 * The reader's choice of language in the built extension, in Debian's Chromium: Hindi chosen in the
 * options page turns the options page itself, the full view, an open article's badges and card, and
 * the toolbar tooltip to Hindi, without a reload; "Browser language" turns them back.
 */

const HOSTS = ['www.business-standard.com'];

const BUILT_HI = join(CHROME_EXTENSION_DIR, '_locales', 'hi', 'messages.json');
const hindiFile = BUILT_HI;
const session = useFixtureSession(async (port) => {
  if (!existsSync(BUILT_HI)) throw new Error(`The build has no Hindi catalogue (${BUILT_HI})`);
  return launchWithExtension(CHROME_EXTENSION_DIR, port, HOSTS);
});
const started = () => session.browser();

/** What a reader who chose Hindi is shown: the Hindi messages over the English ones. */
function hindi() {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const english = catalogueOf(read(join(CHROME_EXTENSION_DIR, '_locales', 'en', 'messages.json')), 'en');
  return catalogueReader(withFallback(catalogueOf(read(hindiFile), 'hi'), english));
}
const english = () =>
  catalogueReader(
    catalogueOf(
      JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, '_locales', 'en', 'messages.json'), 'utf8')),
      'en',
    ),
  );

/** The toolbar tooltip of the article's tab, as the service worker reads it. */
async function toolbarTitle(tabId: number): Promise<string> {
  return started().worker.evaluate(async (id) => {
    const c = (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } })
      .chrome;
    return c.action.getTitle({ tabId: id });
  }, tabId);
}

/** The names of the article's badges (their accessible names, worded by the background). */
const badgeLabels = (page: Page) =>
  page.evaluate(() =>
    Array.from(
      document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
    ).map((b) => b.getAttribute('aria-label') ?? ''),
  );

/** Opens the card of the article's badge for 127 (by keyboard focus) and gives its text. */
async function cardText(page: Page): Promise<string> {
  const badge = page.locator('factcheck-overlay').locator('[data-value="127"]');
  await badge.scrollIntoViewIfNeeded();
  await page.keyboard.press('Escape');
  await page.locator('body').focus();
  await badge.focus();
  const card = page.locator('factcheck-overlay').locator('.card');
  await card.waitFor({ state: 'visible', timeout: WAIT_MS });
  return (await card.textContent()) ?? '';
}

async function openOptions(): Promise<Page> {
  const page = await started().context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(`chrome-extension://${started().extensionId}/options.html`);
  await page.locator('#language-browser').waitFor({ timeout: WAIT_MS });
  return page;
}

describe('the language the reader chooses, in Chromium', () => {
  it('turns the options page, the full view, the card in an article and the toolbar tooltip to Hindi and back', async () => {
    const b = started();
    const hi = hindi();
    const en = english();
    mkdirSync(ARTIFACTS, { recursive: true });

    // An article read in the browser's language (English here).
    const article = await b.context.newPage();
    await article.setViewportSize({ width: 1100, height: 900 });
    const log = new ConsoleLog(article);
    await article.goto(TOPIC_PAGE, { waitUntil: 'load', timeout: WAIT_MS });
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    const tabId = await tabIdOf(b, TOPIC_PAGE, true);
    const sixOutOfDate = (m: (key: string, subs?: string[]) => string) =>
      badgeView({ relevant: true, truncated: false, standings: Array(6).fill('superseded') }, '', m).title;
    expect(await toolbarTitle(tabId)).toBe('6 figures on this page: 6 out of date');
    await expect.poll(() => badgeLabels(article), { timeout: 5000 }).toHaveLength(6);
    expect((await badgeLabels(article))[0]).toMatch(/: Out of date$/);
    expect(await cardText(article)).toContain('Now 202 recruited in all, 18 Dec 2025');

    // Hindi, chosen in the options page: the page itself in Hindi at once, <html lang> with it.
    const options = await openOptions();
    expect(await options.locator('h1').textContent()).toBe('Figures fact-check: options');
    expect(await options.locator('label[for="language-hi"]').textContent()).toBe('हिन्दी');
    await options.locator('label[for="language-hi"]').click();
    await expect.poll(() => options.locator('h1').textContent(), { timeout: 5000 }).toBe(hi('optionsTitle'));
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('hi');
    expect(await options.title()).toBe(hi('optionsTitle'));
    expect(await options.locator('fieldset.language-choice legend').textContent()).toBe(hi('languageLabel'));
    expect(await options.locator('label[for="language-browser"]').textContent()).toBe(hi('languageBrowser'));
    expect(await options.locator('#language-hi').isChecked()).toBe(true);
    // Dates in Hindi, written by Intl.
    expect(await options.locator('.coverage').textContent()).toContain(dateIn('hi', '2025-12-18'));
    await options.screenshot({ path: join(ARTIFACTS, 'options-hindi.png'), fullPage: true });

    // The open article: its badges and card in Hindi, without a reload; the toolbar tooltip too.
    await expect
      .poll(async () => (await badgeLabels(article))[0], { timeout: 5000 })
      .toMatch(new RegExp(`: ${hi('standing_superseded')}$`));
    await expect.poll(() => toolbarTitle(tabId), { timeout: 5000 }).toBe(sixOutOfDate(hi));
    const card = await cardText(article);
    expect(card).toContain(hi('standing_superseded'));
    // Marked as Hindi inside the English page, for screen readers and fonts.
    const cardLang = () =>
      article.evaluate(
        () =>
          document
            .querySelector('factcheck-overlay')
            ?.shadowRoot?.querySelector('.card')
            ?.closest('[lang]')
            ?.getAttribute('lang') ?? null,
      );
    expect(await cardLang()).toBe('hi');
    expect(card).toContain(dateIn('hi', '2025-12-18'));
    expect(card).not.toContain('18 Dec 2025');
    await article.screenshot({ path: join(ARTIFACTS, 'page-card-hindi.png') });

    // The full view, opened now, in Hindi from its first render.
    const view = await b.context.newPage();
    await view.setViewportSize({ width: 480, height: 900 });
    await view.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    await view.locator('li.figure').first().waitFor({ timeout: WAIT_MS });
    expect(await view.evaluate(() => document.documentElement.lang)).toBe('hi');
    expect(await view.title()).toBe(hi('appTitle'));
    expect(await view.locator('h2').first().textContent()).toBe(hi('figuresOnPageMany', '6'));
    expect(await view.locator('.record-age').textContent()).toContain(dateIn('hi', '2025-12-18'));
    await view.screenshot({ path: join(ARTIFACTS, 'popup-hindi.png') });
    // A timeline: its month ticks are Hindi dates.
    const timeline = view.locator('.timeline').first();
    expect(await timeline.locator('.tl-grid text').allTextContents()).toContain(dateIn('hi', '2025-07'));
    await timeline.screenshot({ path: join(ARTIFACTS, 'timeline-hindi.png') });
    await view.close();

    // The browser's language again: everything back in English.
    await options.locator('label[for="language-browser"]').click();
    await expect
      .poll(() => options.locator('h1').textContent(), { timeout: 5000 })
      .toBe('Figures fact-check: options');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect
      .poll(async () => (await badgeLabels(article))[0], { timeout: 5000 })
      .toMatch(/: Out of date$/);
    await expect.poll(() => toolbarTitle(tabId), { timeout: 5000 }).toBe(sixOutOfDate(en));
    expect(await cardText(article)).toContain('Now 202 recruited in all, 18 Dec 2025');
    expect(await cardLang()).toBe('en');
    await options.close();
    await article.close();
  });
});
