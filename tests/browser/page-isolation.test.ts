import { describe, expect, it } from 'vitest';
import { ConsoleLog } from './support/console-log';
import { useFirefox } from './support/firefox';
import { listenAsThePage, whatThePageSees } from './support/page-probes';
import { ANNOTATOR_LINE, TOPIC_PAGE, useExtensionBrowser, WAIT_MS } from './support/session';

/**
 * What a news page's own scripts can learn of the extension, in the built extension in Chromium and in
 * Firefox: a page the extension annotated finds in its own world nothing of the extension but the
 * `<factcheck-overlay>` host and the `factcheck-*` highlights (DESIGN.md section 3): no timings in its
 * performance timeline, no lines through its console, no globals, no extension id in its markup.
 */

const HOSTS = ['www.business-standard.com'];

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
  it('leaves in the page nothing of itself but the overlay and the highlights', async () => {
    const id = browser.extensionId();
    const { page, log } = await browser.open(TOPIC_PAGE);
    await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
    // Placing the badges is the last thing the annotator does.
    await expect.poll(async () => (await badgesOf(page)).length, { timeout: 5000 }).toBe(6);
    const seen = await page.evaluate(whatThePageSees, id);
    expect(seen.timeline).toEqual([]);
    expect(seen.consoleLines).toEqual([]);
    expect(seen.globals).toEqual([]);
    expect(seen.markupNamesExtension).toBe(false);
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
