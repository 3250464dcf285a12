import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR } from './paths';
import { useFixtureSession } from './session';
import { noTab, tabIdInExtension } from './tab-lookup';

const FIREFOX_PATH = '/usr/bin/firefox-esr';
/**
 * The extension's internal UUID, fixed through the `extensions.webextensions.uuids` pref so that its
 * pages have a known address: `moz-extension://UUID/popup.html`.
 */
export const EXTENSION_UUID = '5f1c2a3e-8d4b-4c6a-9e7f-0a1b2c3d4e5f';

export interface FirefoxWithExtension {
  browser: Browser;
  /** `browser_specific_settings.gecko.id` of the build, as `installExtension` returned it. */
  extensionId: string;
  /** `moz-extension://UUID/` */
  origin: string;
  close(): Promise<void>;
}

/** The gecko id the Firefox build declares; the UUID pref is keyed by it. */
function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Firefox preferences of a test profile. Firefox has no --host-resolver-rules: every http request goes
 * to the fixture server as an HTTP proxy (absolute-form request lines), so the news host names in the
 * test URLs reach it, and it answers only for `hosts` (FixtureServerOptions). https goes to the same
 * server as a CONNECT proxy, which refuses CONNECT: nothing reaches the network. 127.0.0.1 itself is
 * not proxied (network.proxy.allow_hijacking_localhost stays off).
 */
function firefoxPrefs(port: number, geckoId: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.failover_direct': false,
    'network.dns.disablePrefetch': true,
    // The fixture server speaks http only: no HTTPS-First / HTTPS-Only upgrade, no HSTS preload list.
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    'network.stricttransportsecurity.preloadlist': false,
  };
}

/**
 * Launches Debian's firefox-esr headless over WebDriver BiDi and installs the Firefox build in
 * `extensionDir` as a temporary add-on. The fixture server at 127.0.0.1:`port` must have been started
 * with `hosts` (see firefoxPrefs).
 */
async function launchFirefoxWithExtension(extensionDir: string, port: number): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `${FIREFOX_PATH} is missing: the Firefox tests need Debian's firefox-esr. Install it with ` +
        '`apt-get update && apt-get install -y firefox-esr`.',
    );
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No extension build at ${extensionDir} (the browser project's globalSetup runs \`wxt build -b firefox\`).`,
    );
  }
  const geckoId = geckoIdOf(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    timeout: 30_000,
    // Firefox 153 lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(port, geckoId),
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
  };
  try {
    const extensionId = await browser.installExtension(extensionDir);
    if (extensionId !== geckoId) throw new Error(`installed as ${extensionId}, expected ${geckoId}`);
    return { browser, extensionId, origin: `moz-extension://${EXTENSION_UUID}/`, close };
  } catch (e) {
    await close();
    throw new Error(`Could not install ${extensionDir} in Firefox: ${String(e)}`);
  }
}

export interface ExtensionPageOptions {
  /** 1100 × 900 unless given; `deviceScaleFactor` as on a phone's screen. */
  viewport?: { width: number; height: number; deviceScaleFactor?: number };
  /**
   * In a tab that does not become the active one: popup.html without `?tabId` then shows the tab that
   * was active, as the toolbar popup does.
   */
  background?: boolean;
  timeoutMs?: number;
}

/**
 * Opens one of the extension's pages (`popup.html?tabId=3`) in a new tab and waits until it has
 * loaded. Firefox sends no WebDriver BiDi load events for moz-extension:// documents, so `page.goto`
 * would wait for them until its timeout: the navigation is started, the document's own readyState
 * awaited, and the pending `goto` then aborted. (`page.url()` stays about:blank for the same reason.)
 */
export async function openExtensionPage(
  fx: FirefoxWithExtension,
  path: string,
  {
    viewport = { width: 1100, height: 900 },
    background = false,
    timeoutMs = 15_000,
  }: ExtensionPageOptions = {},
): Promise<Page> {
  const url = new URL(path, fx.origin).href;
  const page = await fx.browser.newPage({ background });
  await page.setViewport(viewport);
  const abort = new AbortController();
  const navigating = page.goto(url, { signal: abort.signal, timeout: timeoutMs }).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  try {
    // Polled from here, not with waitForFunction: an evaluation that meets the switch of documents
    // fails inside Firefox's BiDi script module, and is simply tried again.
    for (;;) {
      const loaded = await page
        .evaluate((u: string) => location.href === u && document.readyState === 'complete', url)
        .catch(() => false);
      if (loaded) break;
      if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    abort.abort();
    await navigating;
  }
  return page;
}

export interface FirefoxSession {
  /** The running Firefox; throws the setup error, so a missing firefox-esr fails each test, never skips it. */
  firefox(): FirefoxWithExtension;
  /** The fixture server's port on 127.0.0.1. */
  port(): number;
  /**
   * An extension page (options.html) kept open for the session, to call `browser.*` APIs from, as the
   * Chromium tests do in the service worker.
   */
  extensionPage(): Promise<Page>;
}

/**
 * Starts the fixture server (answering for `hosts` only) and Firefox with the built Firefox extension
 * for one test file, and stops them.
 */
export function useFirefox(hosts: readonly string[]): FirefoxSession {
  const started = useFixtureSession((port) => launchFirefoxWithExtension(FIREFOX_EXTENSION_DIR, port), hosts);
  let apiPage: Promise<Page> | undefined;
  return {
    firefox: started.browser,
    port: started.port,
    extensionPage: () => {
      apiPage ??= openExtensionPage(started.browser(), 'options.html');
      return apiPage;
    },
  };
}

/**
 * The id of the tab showing `url`, read from an extension page; with `withResult`, once the background
 * holds that tab's result too. Tries for 5 s.
 */
export async function firefoxTabIdOf(
  session: FirefoxSession,
  url: string,
  withResult = false,
): Promise<number> {
  const page = await session.extensionPage();
  const id = await page.evaluate(tabIdInExtension, [url, withResult] as const);
  if (id === null) throw noTab(url, withResult);
  return id;
}

/** The slice of Puppeteer's WebDriver BiDi connection used to reach Firefox's own window. */
interface BidiSend {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/**
 * Evaluates `expression` in Firefox's browser window (chrome://browser/content/browser.xhtml), where
 * `Services` is at hand. Possible only because the session runs with --remote-allow-system-access.
 */
async function evaluateInBrowserWindow(fx: FirefoxWithExtension, expression: string): Promise<unknown> {
  const connection = (fx.browser as unknown as { connection: BidiSend }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as Array<{ context: string; url: string }>;
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`no browser window among ${contexts.map((c) => c.url).join(', ')}`);
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: true,
  });
  if (result.type !== 'success') throw new Error(`${expression}: ${JSON.stringify(result)}`);
  return (result.result as { value?: unknown }).value;
}

/**
 * Sets one of Firefox's integer preferences while it runs, or with null gives it back its default.
 * For what WebDriver BiDi cannot emulate in Firefox 153 (emulation.setMediaFeaturesOverride,
 * setScrollbarTypeOverride and setTouchOverride are unknown commands there). Open pages follow a
 * moment later.
 */
async function setFirefoxPref(fx: FirefoxWithExtension, name: string, value: number | null): Promise<void> {
  const pref = JSON.stringify(name);
  await evaluateInBrowserWindow(
    fx,
    value === null ? `Services.prefs.clearUserPref(${pref})` : `Services.prefs.setIntPref(${pref}, ${value})`,
  );
}

/**
 * The colour scheme Firefox offers pages (`prefers-color-scheme`), for every tab at once, as
 * Settings → Website appearance sets it; null hands it back to the browser's theme.
 */
export function setPageColorScheme(fx: FirefoxWithExtension, scheme: 'light' | 'dark' | null): Promise<void> {
  const value = scheme === null ? null : scheme === 'dark' ? 0 : 1;
  return setFirefoxPref(fx, 'layout.css.prefers-color-scheme.content-override', value);
}

/** Scrollbars drawn over the page, taking no room from it, as on a phone (`ui.useOverlayScrollbars`). */
export function useOverlayScrollbars(fx: FirefoxWithExtension): Promise<void> {
  return setFirefoxPref(fx, 'ui.useOverlayScrollbars', 1);
}
