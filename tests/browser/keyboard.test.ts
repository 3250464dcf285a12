import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeSerious } from './support/axe';
import { launchWithExtension } from './support/chromium';
import { overlayBadges } from './support/pages';
import { CHROME_EXTENSION_DIR, PROJECT_ROOT } from './support/paths';
import { ARTIFACTS, openAnnotated, TOPIC_PAGE, tabIdOf, useFixtureSession, WAIT_MS } from './support/session';

/**
 * Reaching the figures from the keyboard, in the Chromium build on the seed-like page: the shortcuts
 * to the next and the previous figure, and the full view's "Show in the page".
 *
 * The shortcut is pressed as a key, through the browser: Chromium hands a raw key-down (what a
 * keyboard sends) to its shortcut handling, extension commands included, before the page; Playwright's
 * `keyboard.press` sends a key-down that carries its text, which goes to the page only, and
 * `chrome.commands` has no way to fire a command. The key event is sent over the DevTools protocol.
 *
 * Each language whose catalogue ships is checked with axe (the badge, the card the shortcut opened, the
 * popup and the full view), since the words differ: every catalogue in public/_locales/. The full view's `lang` shows that its catalogue is the one in use: Chromium needs
 * its own resources for the language too (support/chromium.ts), or it falls back to English.
 */

/** Every catalogue the extension ships (en, hi, ...). */
const LANGUAGES = readdirSync(join(PROJECT_ROOT, 'public', '_locales')).sort();
const HOSTS = ['www.business-standard.com'];

/** Key codes (Windows virtual keys, as Chromium takes them) and modifier bits of the DevTools protocol. */
const KEYS = { J: 74, K: 75 } as const;
const ALT = 1;
const SHIFT = 8;

/** Alt+Shift+`key`, pressed as a keyboard does: modifiers down, the key down and up, modifiers up. */
async function pressShortcut(page: Page, key: keyof typeof KEYS): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: 'rawKeyDown' | 'keyUp', name: string, code: string, vk: number, modifiers: number) =>
    cdp.send('Input.dispatchKeyEvent', {
      type,
      key: name,
      code,
      windowsVirtualKeyCode: vk,
      nativeVirtualKeyCode: vk,
      modifiers,
    });
  await send('rawKeyDown', 'Alt', 'AltLeft', 18, ALT);
  await send('rawKeyDown', 'Shift', 'ShiftLeft', 16, ALT | SHIFT);
  await send('rawKeyDown', key, `Key${key}`, KEYS[key], ALT | SHIFT);
  await send('keyUp', key, `Key${key}`, KEYS[key], ALT | SHIFT);
  await send('keyUp', 'Shift', 'ShiftLeft', 16, ALT);
  await send('keyUp', 'Alt', 'AltLeft', 18, 0);
  await cdp.detach();
}

/**
 * Run in the page: the badge that has focus ("value kind"), if the focus is in the overlay; whether it
 * shows the focus ring, whether its card is open, and whether the badge lies inside the viewport.
 */
const focusedBadge = () => {
  const host = document.querySelector('factcheck-overlay');
  const badge = host?.shadowRoot?.activeElement;
  if (!host || document.activeElement !== host || !badge?.classList.contains('badge')) return null;
  const r = badge.getBoundingClientRect();
  const card = host.shadowRoot?.querySelector('.card') as HTMLElement | null;
  return {
    badge: `${badge.getAttribute('data-value')} ${badge.getAttribute('data-kind')}`,
    ring: badge.matches(':focus-visible'),
    open: badge.getAttribute('aria-expanded') === 'true' && card?.hidden === false,
    inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
  };
};

describe.each(LANGUAGES)('keyboard access in Chromium (%s)', (lang) => {
  const session = useFixtureSession((port) =>
    launchWithExtension(CHROME_EXTENSION_DIR, port, HOSTS, { lang }),
  );

  async function openArticle(): Promise<Page> {
    const page = await openAnnotated(session.browser(), TOPIC_PAGE, {
      viewport: { width: 1100, height: 900 },
    });
    // Badges are placed in the next animation frame, which a loaded machine may delay.
    await expect.poll(() => page.evaluate(overlayBadges), { timeout: 5000 }).toHaveLength(6);
    return page;
  }

  it('binds Alt+Shift+J and Alt+Shift+K to the next and the previous figure', async () => {
    const shortcuts = await session.browser().worker.evaluate(async () =>
      (
        await (
          globalThis as unknown as {
            chrome: { commands: { getAll(): Promise<Array<{ name: string; shortcut: string }>> } };
          }
        ).chrome.commands.getAll()
      ).map((c) => `${c.name} ${c.shortcut}`),
    );
    expect(shortcuts).toContain('next-figure Alt+Shift+J');
    expect(shortcuts).toContain('previous-figure Alt+Shift+K');
  });

  it('moves focus to the first figure with the shortcut, then to the next, and back', async () => {
    const page = await openArticle();
    const badges = await page.evaluate(overlayBadges);
    await page.bringToFront();
    expect(await page.evaluate(focusedBadge)).toBeNull();

    await pressShortcut(page, 'J');
    await expect
      .poll(() => page.evaluate(focusedBadge), { timeout: 5000 })
      .toEqual({ badge: badges[0], ring: true, open: true, inView: true });
    // The card is the dialog of that badge, named by its first line.
    const card = page.locator('factcheck-overlay').locator('.card');
    expect(await card.getAttribute('role')).toBe('dialog');
    expect(await card.textContent()).toContain((badges[0] as string).split(' ')[0]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({
      path: join(
        ARTIFACTS,
        lang === 'en' ? 'keyboard-shortcut-focus.png' : `keyboard-shortcut-focus-${lang}.png`,
      ),
    });
    // axe, on what the extension put in the page, the card open (the fixture's own markup is not ours).
    const ours = (await axeSerious(page)).filter((v) => v.includes('factcheck-overlay'));
    expect(ours, 'axe: the badge and the card the shortcut opened').toEqual([]);

    await pressShortcut(page, 'J');
    await expect
      .poll(() => page.evaluate(focusedBadge), { timeout: 5000 })
      .toEqual({ badge: badges[1], ring: true, open: true, inView: true });
    expect(
      (await axeSerious(page)).filter((v) => v.includes('factcheck-overlay')),
      'axe: after moving on',
    ).toEqual([]);

    await pressShortcut(page, 'K');
    await expect
      .poll(() => page.evaluate(focusedBadge), { timeout: 5000 })
      .toEqual({ badge: badges[0], ring: true, open: true, inView: true });
    // Back from the first to the last.
    await pressShortcut(page, 'K');
    await expect
      .poll(() => page.evaluate(focusedBadge), { timeout: 5000 })
      .toMatchObject({ badge: badges[5], open: true, inView: true });
    // Escape closes the card and leaves the badges; the next shortcut goes on from the figure it left.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(focusedBadge)).toBeNull();
    await pressShortcut(page, 'J');
    await expect
      .poll(() => page.evaluate(focusedBadge), { timeout: 5000 })
      .toMatchObject({ badge: badges[0] });
    await page.close();
  });

  it('"Show in the page" in the full view brings the tab to the front and focuses that figure\'s badge', async () => {
    const b = session.browser();
    const article = await openArticle();
    const tabId = await tabIdOf(b, TOPIC_PAGE, true);
    const view = await b.context.newPage();
    await view.setViewportSize({ width: 1100, height: 900 });
    await view.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    await view.locator('li.figure .show-in-page button').first().waitFor({ timeout: WAIT_MS });
    expect(await view.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await axeSerious(view), 'axe: the full view').toEqual([]);
    expect(await article.evaluate(() => scrollY)).toBe(0);

    // The third figure of the list: its kind and value, as its badge carries them.
    const third = view.locator('li.figure').nth(2);
    const wanted = await third.evaluate(
      (li) => `${(li as HTMLElement).dataset.value} ${(li as HTMLElement).dataset.kind}`,
    );
    if (lang === 'en') await third.screenshot({ path: join(ARTIFACTS, 'show-in-page-button.png') });
    await third.locator('.show-in-page button').click();

    const active = () =>
      b.worker.evaluate(
        async (id) =>
          (
            await (
              globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ active: boolean }> } } }
            ).chrome.tabs.get(id)
          ).active,
        tabId,
      );
    await expect.poll(active, { timeout: 5000 }).toBe(true);
    await expect
      .poll(() => article.evaluate(focusedBadge), { timeout: 5000 })
      .toMatchObject({ badge: wanted, open: true, inView: true });
    await expect
      .poll(() => article.evaluate(() => scrollY), { message: 'the page scrolled to the figure' })
      .toBeGreaterThan(0);
    expect(await third.locator('.show-in-page [aria-live]').textContent()).toBe('');
    expect(view.isClosed(), 'the full view stays, in its own tab').toBe(false);
    await view.close();
    await article.close();
  });

  it('"Show in the page" in the popup focuses the badge, and the popup closes so that focus goes to the page', async () => {
    const b = session.browser();
    const article = await openArticle();
    await tabIdOf(b, TOPIC_PAGE, true);
    // The popup asks for the active tab of the window: load popup.html in a background tab.
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await article.bringToFront();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.locator('details.details > summary').click();
    const last = popup.locator('li.figure').last();
    await last.locator('.show-in-page button').waitFor({ timeout: WAIT_MS });
    expect(await axeSerious(popup), 'axe: the popup').toEqual([]);
    const wanted = await last.evaluate(
      (li) => `${(li as HTMLElement).dataset.value} ${(li as HTMLElement).dataset.kind}`,
    );
    const closed = popup.waitForEvent('close', { timeout: WAIT_MS });
    await last.locator('.show-in-page button').click();
    await closed;
    await expect
      .poll(() => article.evaluate(focusedBadge), { timeout: 5000 })
      .toMatchObject({ badge: wanted, open: true, inView: true });
    await article.close();
  });
});
