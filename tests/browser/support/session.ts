import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  type ContextOptions,
  type ExtensionBrowser,
  type LaunchOptions,
  launchWithExtension,
} from './chromium';
import { ConsoleLog } from './console-log';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { ANNOTATOR_LINE, WAIT_MS } from './pages';
import { CHROME_EXTENSION_DIR, FIXTURE_DIRS, PROJECT_ROOT } from './paths';
import { noTab, tabIdInExtension } from './tab-lookup';

export { ANNOTATOR_LINE, NEGATIVE_PAGE, TOPIC_PAGE, WAIT_MS } from './pages';

/** Screenshots a person should look at after a run (git-ignored). */
export const ARTIFACTS = join(PROJECT_ROOT, 'artifacts', 'screenshots');

export interface Session<B = ExtensionBrowser> {
  /** The running browser; throws the setup error, so a missing browser fails each test, never skips it. */
  browser(): B;
  /** The fixture server's port on 127.0.0.1. */
  port(): number;
}

/**
 * Starts the fixture server and a browser (`launch`, given the server's port) for one test file, and
 * stops them after it. `hosts`, when given, are the only host names the server answers for.
 */
export function useFixtureSession<B extends { close(): Promise<void> }>(
  launch: (port: number) => Promise<B>,
  hosts?: readonly string[],
): Session<B> {
  let server: FixtureServer | undefined;
  let browser: B | undefined;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      server = await startFixtureServer(FIXTURE_DIRS, hosts ? { hosts } : undefined);
      browser = await launch(server.port);
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

/** Chromium with the built extension; `hosts` resolve to the fixture server. */
export function useExtensionBrowser(
  hosts: readonly string[],
  options: ContextOptions & LaunchOptions = {},
): Session {
  return useFixtureSession((port) => launchWithExtension(CHROME_EXTENSION_DIR, port, hosts, options));
}

/**
 * The id of the tab showing `url`, read in the extension's service worker; with `withResult`, once the
 * background holds that tab's result too. Tries for 5 s.
 */
export async function tabIdOf(browser: ExtensionBrowser, url: string, withResult = false): Promise<number> {
  const id = await browser.worker.evaluate(tabIdInExtension, [url, withResult] as const);
  if (id === null) throw noTab(url, withResult);
  return id;
}

/**
 * Opens `url` in a new tab of `browser`, with `init` as its init script and at `viewport`'s size when
 * given; checks that the server answered 200 and waits for the annotator's console line.
 */
export async function openAnnotated(
  browser: ExtensionBrowser,
  url: string,
  options: { viewport?: { width: number; height: number }; init?: () => void } = {},
): Promise<Page> {
  const page = await browser.context.newPage();
  const log = new ConsoleLog(page);
  if (options.init) await page.addInitScript(options.init);
  if (options.viewport) await page.setViewportSize(options.viewport);
  const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  expect(response?.status(), `status of ${url}`).toBe(200);
  await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
  return page;
}
