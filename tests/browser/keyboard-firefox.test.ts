import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { ConsoleLog } from './support/console-log';
import { firefoxTabIdOf, openExtensionPage, useFirefox } from './support/firefox';
import { overlayBadges } from './support/pages';
import { FIREFOX_EXTENSION_DIR } from './support/paths';
import { ANNOTATOR_LINE, TOPIC_PAGE, WAIT_MS } from './support/session';

/**
 * The figure shortcuts and "Show in the page" in the Firefox build (MV2, no polyfill in the annotator):
 * the manifest declares the commands and Firefox binds their keys; the keys move the focus from figure
 * to figure; and the full view's button brings the page's tab to the front and focuses the figure's
 * badge there.
 *
 * The keys are pressed in Firefox's own window, where its shortcuts listen: WebDriver BiDi's key input
 * goes to the page's content only (tried: Alt+Shift+J that way leaves the focus where it was). The
 * tests' Firefox runs with system access (support/firefox.ts), so a script in the browser window's
 * chrome context types the keys through nsITextInputProcessor, as a keyboard would: the page first,
 * then, unclaimed, Firefox's shortcuts, extension commands among them.
 */

const HOSTS = ['www.business-standard.com'];

const session = useFirefox(HOSTS);

/** Run in the page: the badge that has focus ("value kind"), its card open or not. */
const focusedBadge = () => {
  const host = document.querySelector('factcheck-overlay');
  const badge = host?.shadowRoot?.activeElement;
  if (!host || document.activeElement !== host || !badge?.classList.contains('badge')) return null;
  return {
    badge: `${badge.getAttribute('data-value')} ${badge.getAttribute('data-kind')}`,
    open: badge.getAttribute('aria-expanded') === 'true',
  };
};

async function openArticle(): Promise<Page> {
  const page = await session.firefox().browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const log = new ConsoleLog(page);
  const response = await page.goto(TOPIC_PAGE, { waitUntil: 'load', timeout: WAIT_MS });
  expect(response?.status(), `status of ${TOPIC_PAGE}`).toBe(200);
  await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
  await expect.poll(() => page.evaluate(overlayBadges), { timeout: 5000 }).toHaveLength(6);
  return page;
}

/** The raw WebDriver BiDi connection of puppeteer's Firefox, for what puppeteer has no call for. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Alt+Shift+`key` typed into Firefox's browser window, with the article's tab selected. */
async function pressShortcut(key: 'J' | 'K'): Promise<void> {
  const connection = (session.firefox().browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [window] = tree.result.contexts as Array<{ context: string; url: string }>;
  if (window?.url !== 'chrome://browser/content/browser.xhtml') {
    throw new Error(`no browser window in chrome scope: ${JSON.stringify(tree.result)}`);
  }
  const code = key.charCodeAt(0);
  const typed = await connection.send('script.evaluate', {
    target: { context: window.context },
    awaitPromise: false,
    expression: `(() => {
      gBrowser.selectedBrowser.focus();
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) return 'no input transaction';
      const key = (name, code, keyCode) => new KeyboardEvent('', { key: name, code, keyCode });
      tip.keydown(key('Alt', 'AltLeft', 18));
      tip.keydown(key('Shift', 'ShiftLeft', 16));
      tip.keydown(key('${key}', 'Key${key}', ${code}));
      tip.keyup(key('${key}', 'Key${key}', ${code}));
      tip.keyup(key('Shift', 'ShiftLeft', 16));
      tip.keyup(key('Alt', 'AltLeft', 18));
      return 'typed';
    })()`,
  });
  const value = (typed.result as { result?: { value?: unknown } }).result?.value;
  if (value !== 'typed') throw new Error(`the keys were not typed: ${JSON.stringify(typed.result)}`);
}

/** Polls `read` until it gives what `check` accepts; puppeteer's page has no expect.poll of its own. */
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after 5 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('keyboard access in Firefox', () => {
  it('declares the two commands in the Firefox manifest, and Firefox binds Alt+Shift+J and Alt+Shift+K', async () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
    };
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.commands).toEqual({
      'next-figure': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextFigure__' },
      'previous-figure': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousFigure__',
      },
    });
    const api = await session.extensionPage();
    const bound = await api.evaluate(async () => {
      type Commands = { getAll(): Promise<Array<{ name: string; shortcut: string; description: string }>> };
      const all = await (
        globalThis as unknown as { browser: { commands: Commands } }
      ).browser.commands.getAll();
      return all.map((c) => `${c.name} ${c.shortcut}: ${c.description}`);
    });
    expect(bound).toEqual([
      'next-figure Alt+Shift+J: Go to the next figure in the page',
      'previous-figure Alt+Shift+K: Go to the previous figure in the page',
    ]);
  });

  it('moves the focus to the first figure with Alt+Shift+J, then to the next, and back with Alt+Shift+K', async () => {
    const article = await openArticle();
    const badges = await article.evaluate(overlayBadges);
    await article.bringToFront();
    expect(await article.evaluate(focusedBadge)).toBeNull();
    const expected = [
      ['J', badges[0]],
      ['J', badges[1]],
      ['K', badges[0]],
      ['K', badges[5]],
    ] as const;
    for (const [key, badge] of expected) {
      await pressShortcut(key);
      expect(
        await until(
          () => article.evaluate(focusedBadge),
          (v) => v?.badge === badge,
          `Alt+Shift+${key} to ${badge}`,
        ),
      ).toEqual({ badge, open: true });
    }
    await article.close();
  });

  it('"Show in the page" in the full view brings the tab to the front and focuses that badge', async () => {
    const article = await openArticle();
    const tabId = await firefoxTabIdOf(session, TOPIC_PAGE, true);
    const view = await openExtensionPage(session.firefox(), `popup.html?tabId=${tabId}`);
    await view.waitForSelector('li.figure .show-in-page button', { timeout: WAIT_MS });
    const wanted = await view.$$eval('li.figure', (items) => {
      const li = items[2] as HTMLElement;
      (li.querySelector('.show-in-page button') as HTMLElement).click();
      return `${li.dataset.value} ${li.dataset.kind}`;
    });
    const api = await session.extensionPage();
    await until(
      () =>
        api.evaluate(async (id: number) => {
          type Tabs = { get(id: number): Promise<{ active: boolean }> };
          return (await (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs.get(id)).active;
        }, tabId),
      (active) => active,
      'the page tab active',
    );
    expect(
      await until(
        () => article.evaluate(focusedBadge),
        (v) => v !== null,
        'focus',
      ),
    ).toEqual({
      badge: wanted,
      open: true,
    });
    // Scrolled to it, smoothly: the badge comes into view.
    await until(
      () => article.evaluate(() => scrollY),
      (y) => y > 0,
      'the page scrolled to the figure',
    );
    await until(
      () =>
        article.evaluate(() => {
          const badge = document.querySelector('factcheck-overlay')?.shadowRoot?.activeElement;
          const r = badge?.getBoundingClientRect();
          return r ? r.top >= 0 && r.bottom <= innerHeight : false;
        }),
      (inView) => inView,
      'the badge in view',
    );
    await view.close();
    await article.close();
  });
});
