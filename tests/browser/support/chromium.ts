import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, to read its storage and the toolbar badge. */
  worker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * The browser's own language ("hi"), which picks the extension's message catalogue
   * (public/_locales/<lang>): given to Chromium as --lang and the LANGUAGE variable, which it reads on
   * Linux, and to its pages as their locale. Chromium keeps to it only when its own resources for that
   * language are installed (Debian: chromium-l10n; without them, en-US), so a missing one fails the launch.
   * Without it, the machine's language (English on CI).
   */
  lang?: string;
}

/**
 * What a test may set of the browser context (a touch screen, a pixel ratio: playwright-core's names),
 * and command-line switches added to the usual ones.
 */
export type ContextOptions = Pick<
  NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>,
  'hasTouch' | 'deviceScaleFactor' | 'viewport' | 'colorScheme'
> & { args?: readonly string[] };

/**
 * Launches Debian's Chromium headless with the unpacked extension in `extensionDir`. `hosts` are
 * resolved to the fixture server at 127.0.0.1:`port`; every other host name fails to resolve, so no test
 * reaches the network (IP literals such as 127.0.0.1 are not affected).
 */
export async function launchWithExtension(
  extensionDir: string,
  port: number,
  hosts: readonly string[],
  { args: extraArgs = [], lang, ...options }: ContextOptions & LaunchOptions = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: the browser tests need Debian's Chromium. Install it with ` +
        '`apt-get update && apt-get install -y chromium` (CI does this in .ci/run).',
    );
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No extension build at ${extensionDir} (the browser project's globalSetup runs \`wxt build\`).`,
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'factcheck-chromium-'));
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'];
  if (lang && lang !== 'en' && !existsSync(`/usr/lib/chromium/locales/${lang}.pak`)) {
    throw new Error(
      `Chromium has no resources for "${lang}" (/usr/lib/chromium/locales/${lang}.pak), so it would run ` +
        'in English: install `chromium-l10n` (CI does this in .ci/run).',
    );
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      ...options,
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: 30_000,
      ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang } } : {}),
      args: [
        ...(lang ? [`--lang=${lang}`] : []),
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        `--host-resolver-rules=${rules.join(', ')}`,
        ...extraArgs,
      ],
    });
  } catch (e) {
    await rm(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, worker, close };
  } catch (e) {
    await close();
    throw new Error(`The extension's service worker did not start: ${String(e)}`);
  }
}
