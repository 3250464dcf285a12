import { describe, expect, it } from 'vitest';
import { ConsoleLog } from './support/console-log';
import { useFirefox } from './support/firefox';
import { forgeScriptStarted, listenAsThePage, whatThePageSees } from './support/page-probes';
import { ANNOTATOR_LINE, TOPIC_PAGE, useExtensionBrowser, WAIT_MS } from './support/session';

/**
 * What a news page's own scripts can do to the extension, and learn of it, in the built extension in
 * Chromium and in Firefox: a page that forges the "content script started" message of WXT's
 * content-script context does not stop the detector or the annotator; a page the extension annotated
 * finds in its own world nothing of the extension but the `<factcheck-overlay>` host and the
 * `factcheck-*` highlights (DESIGN.md section 3): no timings in its performance timeline, no message
 * or event naming the extension, no lines through its console, no globals, no extension id in its
 * markup.
 */

/** An SPA-style story (tests/fixtures/browser/spa-story.html) that re-renders on `__rerender()`. */
const SPA_PAGE = 'http://www.thehindu.com/spa-story.html';
const HOSTS = ['www.business-standard.com', 'www.thehindu.com'];

/** What the Playwright and Puppeteer pages both do, as these tests use them. */
interface PageLike {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  close(): Promise<void>;
}

interface Opener {
  /** The extension's id: what WXT names its events with (Chromium's id, Firefox's gecko id). */
  extensionId(): string;
  /** Opens `url` with `listenAsThePage` installed before any other script. */
  open(url: string): Promise<{ page: PageLike; log: ConsoleLog }>;
}

const badgesOf = (page: PageLike) =>
  page.evaluate(
    () =>
      Array.from(
        document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
      ).map((b) => `${b.getAttribute('data-value')} ${b.getAttribute('data-kind')}`),
    undefined,
  );

function pageIsolation(browser: Opener): void {
  it('keeps annotating, and re-reading, a page that forges WXT\'s "content script started" message', async () => {
    const id = browser.extensionId();
    const { page, log } = await browser.open(SPA_PAGE);
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    // Badges are placed in the next animation frame, which a loaded machine may delay.
    await expect.poll(() => badgesOf(page), { timeout: 5000 }).toContain('202 recruited_total');
    const before = await badgesOf(page);
    await page.evaluate(forgeScriptStarted, id);
    // The forged event is heard as it is dispatched: an annotator stopped by it has cleared the page.
    expect(await badgesOf(page)).toEqual(before);
    const lines = () => log.messages.filter((m) => ANNOTATOR_LINE.test(m.text)).length;
    const read = lines();
    await page.evaluate(() => (window as unknown as { __rerender(): void }).__rerender(), undefined);
    await expect.poll(lines, { timeout: 5000 }).toBe(read + 1);
    await expect.poll(() => badgesOf(page), { timeout: 5000 }).toEqual(before);
    await page.close();
  });

  it('leaves in the page nothing of itself but the overlay and the highlights', async () => {
    const id = browser.extensionId();
    const { page, log } = await browser.open(TOPIC_PAGE);
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    // Placing the badges is the last thing the annotator does.
    await expect.poll(async () => (await badgesOf(page)).length, { timeout: 5000 }).toBe(6);
    expect(await page.evaluate(whatThePageSees, id)).toEqual({
      messages: [],
      events: [],
      consoleLines: [],
      timeline: [],
      globals: [],
      markupNamesExtension: false,
    });
    await page.close();
  });
}

describe('Chromium: what a page can do to the extension and learn of it', () => {
  const session = useExtensionBrowser(HOSTS);
  pageIsolation({
    extensionId: () => session.browser().extensionId,
    async open(url) {
      const page = await session.browser().context.newPage();
      const log = new ConsoleLog(page);
      await page.addInitScript(listenAsThePage, session.browser().extensionId);
      const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
      expect(response?.status(), `status of ${url}`).toBe(200);
      return { page: page as unknown as PageLike, log };
    },
  });
});

describe('Firefox: what a page can do to the extension and learn of it', () => {
  const session = useFirefox(HOSTS);
  pageIsolation({
    extensionId: () => session.firefox().extensionId,
    async open(url) {
      const page = await session.firefox().browser.newPage();
      await page.setViewport({ width: 1100, height: 900 });
      const log = new ConsoleLog(page);
      await page.evaluateOnNewDocument(listenAsThePage, session.firefox().extensionId);
      const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
      expect(response?.status(), `status of ${url}`).toBe(200);
      return { page: page as unknown as PageLike, log };
    },
  });
});
