import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './chromium';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { CHROME_EXTENSION_DIR, FIXTURE_DIRS, PROJECT_ROOT } from './paths';

/** The seed-like fixture (ANI via Business Standard, 8 Nov 2025) under its outlet's host name. */
export const TOPIC_PAGE = 'http://www.business-standard.com/topic-seed-like-mea-44-2025-11.html';
/**
 * A cricket report: India, "fight back", "battle", but nothing about Russia. Served under
 * www.hindustantimes.com, not www.bbc.com: bbc.com is on Chromium's HSTS preload list, so
 * http://www.bbc.com/ is always upgraded to https, which this http server cannot answer.
 */
export const NEGATIVE_PAGE = 'http://www.hindustantimes.com/cricket-report.html';
export const ANNOTATOR_LINE = /^\[factcheck\] annotator: /;
export const WAIT_MS = 15_000;
/** Screenshots a person should look at after a run (git-ignored). */
export const ARTIFACTS = join(PROJECT_ROOT, 'artifacts', 'screenshots');

export interface Session {
  /** The running browser; throws the setup error, so a missing Chromium fails each test, never skips it. */
  browser(): ExtensionBrowser;
  /** The fixture server's port on 127.0.0.1. */
  port(): number;
}

/** Starts the fixture server and Chromium with the built extension for one test file, and stops them. */
export function useExtensionBrowser(hosts: readonly string[]): Session {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      server = await startFixtureServer(FIXTURE_DIRS);
      browser = await launchWithExtension(CHROME_EXTENSION_DIR, server.port, hosts);
    } catch (e) {
      setupError = e;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => {
      if (setupError) throw setupError;
      if (!browser) throw new Error('The browser did not start.');
      return browser;
    },
    port: () => {
      if (!server) throw new Error('The fixture server did not start.');
      return server.port;
    },
  };
}

/**
 * The id of the tab showing `url`, read in the extension's service worker; with `withResult`, once the
 * background holds that tab's result too. Tries for 5 s.
 */
export async function tabIdOf(browser: ExtensionBrowser, url: string, withResult = false): Promise<number> {
  type Chrome = {
    tabs: { query(q: object): Promise<Array<{ id?: number }>> };
    storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
  };
  const id = await browser.worker.evaluate(
    async ([u, needResult]) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      for (let i = 0; i < 50; i++) {
        const [tab] = await c.tabs.query({ url: u });
        if (tab?.id !== undefined) {
          const key = `tab-result:${tab.id}`;
          if (!needResult || (await c.storage.session.get(key))[key]) return tab.id;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    },
    [url, withResult] as const,
  );
  if (id === null) throw new Error(`no tab ${withResult ? 'result ' : ''}for ${url} within 5 s`);
  return id;
}
