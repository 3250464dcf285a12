import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browserOptionsDeps } from '../../components/options-deps';
import { browserSource, openFullView } from '../../components/tab-result-source';
import background from '../../entrypoints/background';
import { getTabResult } from '../../utils/background/tab-results';
import { ANALYZE_TEXT } from '../../utils/contracts/analyze-message';
import { PAGE_PAINTED, TOPIC_HIT } from '../../utils/contracts/messages';
import { textModelFromPlainText } from '../../utils/engine/text/text-model';
import { resetFakeBrowser } from './support/fake-browser';

/**
 * Firefox for Android (gecko_android in wxt.config.ts) has no `windows`, `commands`, `menus` (nor its
 * alias `contextMenus`), `sidebarAction` and more: every namespace below is missing there, according
 * to MDN's browser-compat-data. The extension's background, popup and options page run here against
 * fakeBrowser with all of them taken away, and the code may name them only behind optional chaining.
 */
const ABSENT_ON_ANDROID = [
  'bookmarks',
  'captivePortal',
  'commands',
  'contextMenus',
  'contextualIdentities',
  'devtools',
  'dom',
  'find',
  'history',
  'identity',
  'menus',
  'omnibox',
  'pkcs11',
  'search',
  'sessions',
  'sidePanel',
  'sidebarAction',
  'tabGroups',
  'theme',
  'windows',
] as const;

const PAGE_URL = 'https://www.business-standard.com/news/india-presses-russia-to-free-44.html';

const fake = fakeBrowser as unknown as Record<string, unknown>;
let taken: Array<[string, PropertyDescriptor]> = [];
let tabId: number;

beforeEach(async () => {
  resetFakeBrowser({ manifest_version: 2 });
  taken = [];
  for (const name of ABSENT_ON_ANDROID) {
    const descriptor = Object.getOwnPropertyDescriptor(fake, name);
    if (!descriptor) continue;
    taken.push([name, descriptor]);
    delete fake[name];
  }
  tabId = (await fakeBrowser.tabs.create({ url: PAGE_URL })).id as number;
});

afterEach(() => {
  for (const [name, descriptor] of taken) Object.defineProperty(fake, name, descriptor);
  vi.restoreAllMocks();
});

const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 2000, interval: 5 });

describe('without the APIs Firefox for Android lacks', () => {
  it('runs with none of them in the fake browser', () => {
    expect(ABSENT_ON_ANDROID.filter((name) => name in fake)).toEqual([]);
    expect(taken.map(([name]) => name)).toContain('windows');
  });

  it('the background starts, injects the annotator on a topic hit and sets the badge of a result', async () => {
    const insertCss = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(() => background.main()).not.toThrow();
    const sender = {
      id: fakeBrowser.runtime.id,
      tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
      frameId: 0,
      url: PAGE_URL,
    };
    await fakeBrowser.runtime.onMessage.trigger({ type: TOPIC_HIT, url: PAGE_URL }, sender);
    await eventually(async () => expect(executeScript).toHaveBeenCalledTimes(1));
    expect(insertCss).toHaveBeenCalledTimes(1);

    // The annotator's request, answered, then its word that it painted the answer.
    const model = textModelFromPlainText(
      'India presses Russia to free 44 Indians serving in the Russian army\n' +
        'As many as 44 Indian nationals are currently serving in the Russian army, the Ministry of External ' +
        'Affairs said on Friday. India has asked Moscow to release them and end the recruitment of Indian ' +
        'nationals into the Russian military. Families of the recruits, lured by agents with job offers, ' +
        'have urged the government to bring them home.',
    );
    const request = {
      type: ANALYZE_TEXT,
      url: PAGE_URL,
      page: { canonicalUrl: null, title: 'India presses Russia to free 44 Indians', publisher: '' },
      text: model.text,
      blocks: model.blocks,
      published: '2025-11-08',
      truncated: false,
      wordingHeld: null,
    };
    const replies = await fakeBrowser.runtime.onMessage.trigger(request, sender);
    const reply = (await replies.find(Boolean)) as { id: string };
    await fakeBrowser.runtime.onMessage.trigger({ type: PAGE_PAINTED, answer: reply.id }, sender);
    await eventually(async () => expect(await getTabResult(tabId)).not.toBeNull());
    await eventually(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('1'));
  });

  it("the popup finds the reader's tab (tabs.query) and opens the full view in a new tab", async () => {
    const tab = await fakeBrowser.tabs.get(tabId);
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockImplementation(async (q) => (q.active && q.currentWindow ? [{ ...tab, active: true }] : []));
    expect(await browserSource('').tabId()).toBe(tabId);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(await browserSource(`?tabId=${tabId}`).tabId()).toBe(tabId);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openFullView(tabId);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
  });

  it('the options page reads the settings and the sightings', async () => {
    const deps = browserOptionsDeps();
    expect((await deps.settings.get()).everySite).toBe(false);
    expect(await deps.sightings.read()).toMatchObject({ ok: true });
    expect(await deps.readerRecords.read()).toBeDefined();
  });
});

/** Every source file of the extension (not its tests). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

it('names none of those APIs in the code, unless behind optional chaining (browser.windows?.…)', () => {
  const root = join(import.meta.dirname, '..', '..');
  const files = ['entrypoints', 'components', 'utils'].flatMap((dir) => sourceFiles(join(root, dir)));
  expect(files.length).toBeGreaterThan(50);
  const unguarded = new RegExp(
    `\\b(?:browser|chrome)\\??\\.(?:${ABSENT_ON_ANDROID.join('|')})\\b(?!\\?\\.)`,
    'g',
  );
  const found = files.flatMap((file) =>
    (readFileSync(file, 'utf8').match(unguarded) ?? []).map((m) => `${file.slice(root.length)}: ${m}`),
  );
  expect(found).toEqual([]);
});

it("asks Firefox for Android for a version with everything the desktop's minimum has", async () => {
  const { default: config } = await import('../../wxt.config');
  type Gecko = { strict_min_version?: string };
  const manifest = (await (config.manifest as (env: object) => unknown)({
    browser: 'firefox',
    manifestVersion: 2,
    mode: 'production',
    command: 'build',
  })) as { browser_specific_settings?: { gecko?: Gecko; gecko_android?: Gecko } };
  const major = (g: Gecko | undefined) => Number.parseInt(g?.strict_min_version ?? '0', 10);
  const settings = manifest.browser_specific_settings;
  // The CSS Custom Highlight API: Firefox 140, on Android as on the desktop.
  expect(major(settings?.gecko)).toBeGreaterThanOrEqual(140);
  expect(major(settings?.gecko_android)).toBeGreaterThanOrEqual(major(settings?.gecko));
  // data_collection_permissions, which the manifest declares, is read on Android from 142.
  expect(major(settings?.gecko_android)).toBeGreaterThanOrEqual(142);
});
