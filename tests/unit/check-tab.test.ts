import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { type BackgroundHandlers, createBackgroundHandlers } from '../../utils/background/tab-results';
import { CHECK_TAB, isCheckTabMessage, TOPIC_HIT } from '../../utils/contracts/messages';
import { createSettingsStore, setSiteDisabled } from '../../utils/storage/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/storage/settings-shape';
import { createSightingsStore } from '../../utils/storage/sightings/store';
import { resetFakeBrowser } from './support/fake-browser';

/**
 * "Check this page": the popup's check-tab message, its validation, the sender check (this extension's
 * own page, not a tab), and the background injecting the annotator into the tab; and the reader's
 * per-site off switch, which the detector's hits and the check both respect.
 */

/** Who sent a message, as the background's handlers see it. */
type SenderLike = Parameters<BackgroundHandlers['checkTab']>[1];

const ID = 'test-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const POPUP: SenderLike = { id: ID, url: `${ORIGIN}popup.html` };
const PAGE_URL = 'https://www.example.org/news/indians-russian-army.html';

describe('isCheckTabMessage', () => {
  it.each<[string, unknown, boolean]>([
    ['a tab id', { type: CHECK_TAB, tabId: 12 }, true],
    ['tab 0', { type: CHECK_TAB, tabId: 0 }, true],
    ['no tab id', { type: CHECK_TAB }, false],
    ['a string tab id', { type: CHECK_TAB, tabId: '12' }, false],
    ['a negative tab id', { type: CHECK_TAB, tabId: -1 }, false],
    ['a fractional tab id', { type: CHECK_TAB, tabId: 1.5 }, false],
    ['an unsafe integer', { type: CHECK_TAB, tabId: 2 ** 60 }, false],
    ['an extra field', { type: CHECK_TAB, tabId: 1, url: 'https://x.in' }, false],
    ['another type', { type: TOPIC_HIT, tabId: 1 }, false],
    ['null', null, false],
    ['an array', [CHECK_TAB, 1], false],
  ])('%s: %s', (_name, message, ok) => {
    expect(isCheckTabMessage(message)).toBe(ok);
  });
});

describe('the check-tab handler', () => {
  function handlers(settings: Settings = { ...DEFAULT_SETTINGS }, inject = vi.fn(async () => [])) {
    const h = createBackgroundHandlers({
      extensionId: ID,
      extensionOrigin: ORIGIN,
      badge: undefined,
      defaultTitle: 'x',
      messages: (key) => key,
      sightings: createSightingsStore(),
      injectAnnotator: inject,
      settings: async () => settings,
      tabUrl: async () => PAGE_URL,
    });
    return { h, inject };
  }

  beforeEach(() => fakeBrowser.reset());

  // Only this extension's own pages (the popup, the options page) may ask: not a tab, not another
  // extension, not a page elsewhere claiming the id.
  it.each<[string, SenderLike, boolean]>([
    ['the popup', POPUP, true],
    ['the options page', { id: ID, url: `${ORIGIN}options.html` }, true],
    ['a content script in a tab', { ...POPUP, tab: { id: 3 } }, false],
    ['another extension', { id: 'other', url: `chrome-extension://other/popup.html` }, false],
    ['our id but another origin', { id: ID, url: 'https://evil.example/popup.html' }, false],
    ['no url', { id: ID }, false],
  ])("a check from %s: answered and done only for this extension's own page", async (_name, sender, ok) => {
    const { h, inject } = handlers();
    expect(await h.checkTab({ type: CHECK_TAB, tabId: 5 }, sender)).toEqual(ok ? { ok: true } : undefined);
    expect(inject).toHaveBeenCalledTimes(ok ? 1 : 0);
  });

  it('injects the annotator into the tab for the popup, and says so', async () => {
    const { h, inject } = handlers();
    expect(await h.checkTab({ type: CHECK_TAB, tabId: 5 }, POPUP)).toEqual({ ok: true });
    expect(inject).toHaveBeenCalledWith(5, undefined);
  });

  it('gives no answer and injects nothing for a malformed message or a foreign sender', async () => {
    const { h, inject } = handlers();
    expect(await h.checkTab({ type: CHECK_TAB, tabId: 'x' }, POPUP)).toBeUndefined();
    expect(await h.checkTab({ type: CHECK_TAB, tabId: 5 }, { ...POPUP, tab: { id: 5 } })).toBeUndefined();
    expect(await h.checkTab({ type: CHECK_TAB, tabId: 5 }, { id: 'other', url: ORIGIN })).toBeUndefined();
    expect(await h.checkTab({ type: CHECK_TAB, tabId: 5 }, { id: ID, url: 'https://x.in/' })).toBeUndefined();
    // The ordinary message handler ignores it too: it comes from no tab.
    await h.message({ type: CHECK_TAB, tabId: 5 }, POPUP);
    expect(inject).not.toHaveBeenCalled();
  });

  it('reports a failed injection (a page the browser protects)', async () => {
    const { h } = handlers(
      undefined,
      vi.fn(async () => {
        throw new Error('Cannot access a chrome:// URL');
      }),
    );
    expect(await h.checkTab({ type: CHECK_TAB, tabId: 5 }, POPUP)).toEqual({
      ok: false,
      reason: 'failed',
      error: 'Cannot access a chrome:// URL',
    });
  });

  it('refuses on a site the reader turned off, and so does the detector hit', async () => {
    const { h, inject } = handlers({ ...DEFAULT_SETTINGS, disabledSites: ['example.org'] });
    expect(await h.checkTab({ type: CHECK_TAB, tabId: 5 }, POPUP)).toEqual({ ok: false, reason: 'site_off' });
    await h.message(
      { type: TOPIC_HIT, url: PAGE_URL },
      { id: ID, url: PAGE_URL, frameId: 0, tab: { id: 5 } },
    );
    expect(inject).not.toHaveBeenCalled();
    // Another site still gets its annotator.
    const other = 'https://www.thehindu.com/news/a.html';
    await h.message({ type: TOPIC_HIT, url: other }, { id: ID, url: other, frameId: 0, tab: { id: 6 } });
    expect(inject).toHaveBeenCalledWith(6, [0]);
  });
});

describe('the warm-up', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs once, deferred, on the first topic hit or check of a site that is on', async () => {
    const warmUp = vi.fn();
    const h = createBackgroundHandlers({
      extensionId: ID,
      extensionOrigin: ORIGIN,
      badge: undefined,
      defaultTitle: 'x',
      messages: (key) => key,
      sightings: createSightingsStore(),
      injectAnnotator: vi.fn(async () => []),
      settings: async () => ({ ...DEFAULT_SETTINGS, disabledSites: ['example.org'] }),
      tabUrl: async () => PAGE_URL,
      warmUp,
    });
    const settle = () => new Promise((r) => setTimeout(r, 10));
    // A site the reader turned off reads nothing.
    await h.message(
      { type: TOPIC_HIT, url: PAGE_URL },
      { id: ID, url: PAGE_URL, frameId: 0, tab: { id: 5 } },
    );
    await settle();
    expect(warmUp).not.toHaveBeenCalled();
    const other = 'https://www.thehindu.com/news/a.html';
    await h.message({ type: TOPIC_HIT, url: other }, { id: ID, url: other, frameId: 0, tab: { id: 6 } });
    expect(warmUp).not.toHaveBeenCalled(); // not in the handler's own turn
    await settle();
    expect(warmUp).toHaveBeenCalledTimes(1);
    await h.message({ type: TOPIC_HIT, url: other }, { id: ID, url: other, frameId: 0, tab: { id: 7 } });
    await settle();
    expect(warmUp).toHaveBeenCalledTimes(1);
  });
});

describe('the background entrypoint', () => {
  let tabId: number;
  beforeEach(async () => {
    resetFakeBrowser();
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    tabId = (await fakeBrowser.tabs.create({ url: PAGE_URL })).id as number;
    background.main();
  });
  afterEach(() => vi.restoreAllMocks());

  it('answers the popup with the outcome, after injecting CSS and the annotator into the tab', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: CHECK_TAB, tabId },
      { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') },
    );
    expect(replies).toContainEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId, frameIds: undefined },
      files: ['/annotator.js'],
    });
  });

  it('answers site_off for a site the reader turned off', async () => {
    await setSiteDisabled(createSettingsStore(), 'example.org', true);
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: CHECK_TAB, tabId },
      { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') },
    );
    expect(replies).toContainEqual({ ok: false, reason: 'site_off' });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
