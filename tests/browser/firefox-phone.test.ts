import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { ConsoleLog } from './support/console-log';
import {
  type FirefoxWithExtension,
  firefoxTabIdOf,
  openExtensionPage,
  setPageColorScheme,
  useFirefox,
  useOverlayScrollbars,
} from './support/firefox';
import { MIN_TARGET_PX, type PhoneLayout, phoneLayout } from './support/phone-layout';
import { closePopups, popupSize } from './support/popup-window';
import { ANNOTATOR_LINE, ARTIFACTS, TOPIC_PAGE, WAIT_MS } from './support/session';

/**
 * The Firefox build at a phone's width, as Firefox for Android shows it: the toolbar popup opens as a
 * full-screen page (popup.html, for the tab the reader was on), the full view and the options page as
 * pages, and there is no hover: a badge's card must open to a tap. Debian's firefox-esr over WebDriver
 * BiDi, with a 360 × 740 CSS px viewport of 2 device pixels per CSS pixel and scrollbars that float
 * over the page. Firefox 153's BiDi has no touch emulation (emulation.setTouchOverride is an unknown
 * command), so navigator.maxTouchPoints stays 0; the taps are real touch input all the same
 * (Puppeteer's touchscreen.tap, input.performActions with a touch pointer): pointer events of
 * pointerType "touch", touchstart and touchend, then the mouse events and the click Firefox derives
 * from them, as on Android.
 */

const HOSTS = ['www.business-standard.com'];
const PHONE = { width: 360, height: 740, deviceScaleFactor: 2 };
/** The desktop popup's width (entrypoints/popup/style.css). */
const DESKTOP_POPUP_WIDTH = 420;

const session = useFirefox(HOSTS);

let articleTab: Promise<{ page: Page; tabId: number }> | undefined;
/**
 * The seed-like article at phone width, annotated, and its tab's id; opened once for the file, after
 * scrollbars are made to float over the page as a phone's do (a classic one takes 12 px of the 360).
 */
function article(): Promise<{ page: Page; tabId: number }> {
  articleTab ??= (async () => {
    await useOverlayScrollbars(session.firefox());
    const page = await session.firefox().browser.newPage();
    await page.setViewport(PHONE);
    const log = new ConsoleLog(page);
    const response = await page.goto(TOPIC_PAGE, { waitUntil: 'load', timeout: WAIT_MS });
    expect(response?.status(), `status of ${TOPIC_PAGE}`).toBe(200);
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    return { page, tabId: await firefoxTabIdOf(session, TOPIC_PAGE, true) };
  })();
  return articleTab;
}

/** popup.html without ?tabId, as Firefox for Android opens the toolbar popup: for the active tab. */
async function openPopupPage(fx: FirefoxWithExtension): Promise<Page> {
  const { page } = await article();
  await page.bringToFront();
  // In a tab that does not become the active one, so that the popup finds the article's tab.
  const popup = await openExtensionPage(fx, 'popup.html', { viewport: PHONE, background: true });
  await popup.waitForSelector('li.answer-item', { timeout: WAIT_MS });
  return popup;
}

function screenshotPath(name: string): `${string}.png` {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${name}.png`) as `${string}.png`;
}

/** Every <details> is opened by phoneLayout: what is folded must fit too. */
async function layoutOf(page: Page): Promise<PhoneLayout> {
  return page.evaluate(phoneLayout, MIN_TARGET_PX);
}

function expectFits(layout: PhoneLayout, what: string, minControls: number): void {
  expect(layout.viewportWidth, `${what}: the viewport`).toBe(PHONE.width);
  expect(layout.scrollWidth, `${what}: no sideways scrolling`).toBeLessThanOrEqual(PHONE.width);
  expect(layout.controls, `${what}: controls looked at`).toBeGreaterThanOrEqual(minControls);
  expect(layout.textLines, `${what}: lines of text looked at`).toBeGreaterThan(20);
  expect(layout.problems, what).toEqual([]);
}

/** Waits until the page's media query says `scheme`: the preference reaches open pages a moment later. */
async function schemeReached(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), { timeout: 5000 })
    .toBe(scheme === 'dark');
}

/** The overlay's badge of one figure (the design's contract: an element with data-kind in its shadow root). */
async function badgeOf(page: Page, value: string): Promise<ElementHandle<Element>> {
  const badge = await page.waitForSelector(`factcheck-overlay >>> [data-kind][data-value="${value}"]`, {
    timeout: 5000,
  });
  if (!badge) throw new Error(`no badge for ${value}`);
  return badge;
}

/**
 * Taps the middle of `badge` with a touch pointer, once scrolled to `where`: 80 px below the top of
 * the screen, or its middle.
 */
async function tap(
  page: Page,
  badge: ElementHandle<Element>,
  where: 'top' | 'middle',
): Promise<{ width: number; height: number }> {
  await badge.evaluate((b, w) => {
    b.scrollIntoView({ block: w === 'top' ? 'start' : 'center' });
    if (w === 'top') window.scrollBy(0, -80);
  }, where);
  // The overlay places its badges in the next frame after a scroll.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = await badge.boundingBox();
  if (!box) throw new Error('the badge has no box');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  return { width: box.width, height: box.height };
}

/** The open card (role="dialog") and which badges say they are expanded. */
function cardState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('factcheck-overlay')?.shadowRoot;
    const dialog = root?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
    const r = dialog?.getBoundingClientRect();
    const shown = !!dialog && !dialog.hidden && !!r && r.width > 0 && r.height > 0;
    return {
      shown,
      text: shown ? (dialog?.textContent ?? '') : '',
      rect: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null,
      viewport: { width: document.documentElement.clientWidth, height: innerHeight },
      expanded: Array.from(root?.querySelectorAll('[data-kind][aria-expanded="true"]') ?? []).map(
        (b) => `${b.getAttribute('data-value')} ${b.getAttribute('data-kind')}`,
      ),
    };
  });
}

async function expectCardInside(page: Page, what: string): Promise<void> {
  const state = await cardState(page);
  expect(state.rect, what).not.toBeNull();
  const { rect, viewport } = state as {
    rect: NonNullable<typeof state.rect>;
    viewport: typeof state.viewport;
  };
  expect(rect.left, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(rect.top, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(rect.right, `${what}: right edge`).toBeLessThanOrEqual(viewport.width);
  expect(rect.bottom, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height);
}

describe('Firefox at phone width (360 × 740 CSS px), as Firefox for Android shows the extension', () => {
  it('opens the popup as a full-screen page that fits 360 px: no sideways scrolling, every control at least 24 × 24 px and on the screen', async () => {
    const popup = await openPopupPage(session.firefox());
    expect(await popup.$$eval('li.answer-item', (items) => items.length)).toBe(6);
    await popup.screenshot({ path: screenshotPath('firefox-phone-popup') });
    // The popup's desktop width gives way to the screen's.
    expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(PHONE.width);
    const layout = await layoutOf(popup);
    expectFits(layout, 'popup.html', 20);
    // Each figure in full carries its kind's timeline (five kinds on this page), scaled to the screen.
    expect(layout.charts.length).toBeGreaterThanOrEqual(5);
    for (const width of layout.charts) expect(width).toBeLessThanOrEqual(PHONE.width - 24);
    await popup.close();
  });

  it('fits the full view (popup.html?tabId=N) in 360 px, its timeline charts scaled to the screen', async () => {
    const { tabId } = await article();
    const view = await openExtensionPage(session.firefox(), `popup.html?tabId=${tabId}`, { viewport: PHONE });
    await view.waitForSelector('li.figure', { timeout: WAIT_MS });
    expect(await view.$$eval('li.figure', (items) => items.length)).toBe(6);
    const layout = await layoutOf(view);
    // Taken with every <details> open, as phoneLayout leaves them.
    await view.screenshot({ path: screenshotPath('firefox-phone-full-view'), fullPage: true });
    expectFits(layout, 'popup.html?tabId=N', 20);
    expect(layout.charts).toHaveLength(5);
    for (const width of layout.charts) expect(width).toBeLessThanOrEqual(PHONE.width - 24);
    await view.close();
  });

  it('fits the options page in 360 px, every section open', async () => {
    // The article was read first: the options page has the reader's sightings to count and list.
    await article();
    const options = await openExtensionPage(session.firefox(), 'options.html', { viewport: PHONE });
    await options.waitForSelector('[data-section="data"] .counts[data-pages]', { timeout: WAIT_MS });
    await options.screenshot({ path: screenshotPath('firefox-phone-options'), fullPage: true });
    expectFits(await layoutOf(options), 'options.html', 8);
    await options.close();
  });

  it("opens a badge's card to a tap, inside the screen; a tap on another badge opens that one's", async () => {
    const { page } = await article();
    await page.bringToFront();
    const first = await badgeOf(page, '127');
    expect(await first.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('false');
    const size = await tap(page, first, 'top');
    // A touch target of 24 × 24 CSS px at least (WCAG 2.5.8).
    expect(size.width).toBeGreaterThanOrEqual(24);
    expect(size.height).toBeGreaterThanOrEqual(24);
    await expect.poll(async () => (await cardState(page)).shown, { timeout: 5000 }).toBe(true);
    const opened = await cardState(page);
    expect(opened.expanded).toEqual(['127 recruited_total']);
    expect(opened.text).toContain('Now 202 recruited in all, 18 Dec 2025');
    await page.screenshot({ path: screenshotPath('firefox-phone-card') });
    await expectCardInside(page, 'the card of 127');

    await tap(page, await badgeOf(page, '44'), 'top');
    await expect
      .poll(async () => (await cardState(page)).expanded, { timeout: 5000 })
      .toEqual(['44 serving']);
    expect((await cardState(page)).text).toContain('Now 50 awaiting discharge');
    await expectCardInside(page, 'the card of 44');

    // From the middle of the screen the card (nearly 500 px tall at this width) fits neither below
    // nor above its badge: it takes the larger side and scrolls within it, inside the screen.
    await tap(page, await badgeOf(page, '13'), 'middle');
    await expect
      .poll(async () => (await cardState(page)).expanded, { timeout: 5000 })
      .toEqual(['13 serving']);
    const middle = await cardState(page);
    const rect = middle.rect as NonNullable<typeof middle.rect>;
    expect(rect.left).toBeGreaterThanOrEqual(0);
    expect(rect.right).toBeLessThanOrEqual(middle.viewport.width);
    expect(rect.top + (await page.evaluate(() => scrollY))).toBeGreaterThanOrEqual(0);
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(middle.viewport.height);
    await page.keyboard.press('Escape');
  });

  it('fits the popup and the options page in the dark scheme too, and the card opens to a tap', async () => {
    const fx = session.firefox();
    await setPageColorScheme(fx, 'dark');
    try {
      const popup = await openPopupPage(fx);
      await schemeReached(popup, 'dark');
      await popup.screenshot({ path: screenshotPath('firefox-phone-popup-dark') });
      expectFits(await layoutOf(popup), 'popup.html, dark', 20);
      await popup.close();

      const options = await openExtensionPage(fx, 'options.html', { viewport: PHONE });
      await options.waitForSelector('[data-section="data"] .counts[data-pages]', { timeout: WAIT_MS });
      await schemeReached(options, 'dark');
      await options.screenshot({ path: screenshotPath('firefox-phone-options-dark'), fullPage: true });
      expectFits(await layoutOf(options), 'options.html, dark', 8);
      await options.close();

      const { page } = await article();
      await page.bringToFront();
      await schemeReached(page, 'dark');
      await tap(page, await badgeOf(page, '98'), 'top');
      await expect
        .poll(async () => (await cardState(page)).expanded, { timeout: 5000 })
        .toEqual(['98 discharged']);
      await page.screenshot({ path: screenshotPath('firefox-phone-card-dark') });
      await expectCardInside(page, 'the card of 98, dark');
      await page.keyboard.press('Escape');
    } finally {
      await setPageColorScheme(fx, null);
    }
  });

  it(`keeps the desktop toolbar popup at ${DESKTOP_POPUP_WIDTH} px: the phone's rules never catch its first, tiny layout`, async () => {
    const { page } = await article();
    await page.bringToFront();
    const api = await session.extensionPage();
    // Firefox lays a toolbar popup out first in a 10 px viewport, then sizes it to its content: a rule
    // that narrowed the popup at small widths would keep it narrow.
    await api.evaluate(() =>
      (
        globalThis as unknown as { browser: { browserAction: { openPopup(): Promise<void> } } }
      ).browser.browserAction.openPopup(),
    );
    const measured = () => api.evaluate(popupSize);
    await expect.poll(measured, { timeout: WAIT_MS }).not.toBeNull();
    // Sized to its content once loaded: read again after the next resize settles.
    await new Promise((r) => setTimeout(r, 300));
    expect(await measured()).toEqual({
      width: DESKTOP_POPUP_WIDTH,
      body: DESKTOP_POPUP_WIDTH,
      scrollWidth: DESKTOP_POPUP_WIDTH,
    });
    await api.evaluate(closePopups);
  });
});
