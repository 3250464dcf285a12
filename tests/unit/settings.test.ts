import { storage } from '@wxt-dev/storage';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createSettingsStore, setSiteDisabled } from '../../utils/storage/settings';
import {
  DEFAULT_SETTINGS,
  displayFor,
  isSiteDisabled,
  normalizeSettings,
  type Settings,
  siteOfUrl,
  withSiteDisabled,
} from '../../utils/storage/settings-shape';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('normalizeSettings', () => {
  it.each<[string, unknown, Settings]>([
    ['nothing stored', null, { ...DEFAULT_SETTINGS }],
    ['not an object', 'on', { ...DEFAULT_SETTINGS }],
    [
      'a full value',
      { highlights: false, badges: true, everySite: true, disabledSites: ['ndtv.com'], language: 'hi' },
      { highlights: false, badges: true, everySite: true, disabledSites: ['ndtv.com'], language: 'hi' },
    ],
    [
      'bad fields take their defaults, good ones stay',
      { highlights: 'no', badges: false, everySite: 1, disabledSites: 'ndtv.com', language: 'fr' },
      { highlights: true, badges: false, everySite: false, disabledSites: [], language: 'browser' },
    ],
    [
      'sites cleaned: www dropped, lower case, duplicates and junk removed',
      { disabledSites: ['WWW.NDTV.com', 'ndtv.com', 42, '<b>x</b>', '', 'a..b', 'thehindu.com.'] },
      { ...DEFAULT_SETTINGS, disabledSites: ['ndtv.com', 'thehindu.com'] },
    ],
  ])('%s', (_name, stored, expected) => {
    expect(normalizeSettings(stored)).toEqual(expected);
  });

  it.each<[unknown, Settings['language']]>([
    ['browser', 'browser'],
    ['en', 'en'],
    ['hi', 'hi'],
    // Only the three choices: anything else is the browser's language.
    ['HI', 'browser'],
    ['hi-IN', 'browser'],
    ['fr', 'browser'],
    ['', 'browser'],
    [42, 'browser'],
    [null, 'browser'],
    [undefined, 'browser'],
  ])('language %j is read as %s, the other settings kept', (language, expected) => {
    const stored = {
      highlights: false,
      badges: true,
      everySite: false,
      disabledSites: ['ndtv.com'],
      language,
    };
    expect(normalizeSettings(stored)).toEqual({ ...stored, language: expected });
  });

  it('keeps at most 1000 sites', () => {
    const many = Array.from({ length: 1500 }, (_, i) => `site${i}.in`);
    expect(normalizeSettings({ disabledSites: many }).disabledSites).toHaveLength(1000);
  });
});

describe('sites', () => {
  it.each([
    ['https://www.business-standard.com/a.html', 'business-standard.com'],
    ['http://epaper.thehindu.com/x', 'epaper.thehindu.com'],
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
  ])('siteOfUrl(%s) = %s', (url, site) => {
    expect(siteOfUrl(url)).toBe(site);
  });

  it('turns a site off and on, matching its www twin', () => {
    const off = withSiteDisabled({ ...DEFAULT_SETTINGS }, 'www.ndtv.com', true);
    expect(off.disabledSites).toEqual(['ndtv.com']);
    expect(isSiteDisabled(off, 'https://ndtv.com/world/a')).toBe(true);
    expect(isSiteDisabled(off, 'https://www.ndtv.com/world/a')).toBe(true);
    expect(isSiteDisabled(off, 'https://www.thehindu.com/a')).toBe(false);
    expect(displayFor(off, 'https://www.ndtv.com/a')).toEqual({
      enabled: false,
      highlights: true,
      badges: true,
    });
    expect(withSiteDisabled(off, 'ndtv.com', false).disabledSites).toEqual([]);
    expect(withSiteDisabled(off, '', true)).toBe(off);
    expect(withSiteDisabled(off, ' Example.IN ', true).disabledSites).toEqual(['ndtv.com', 'example.in']);
  });
});

describe('the settings store (storage.local, fakeBrowser)', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await createSettingsStore().get()).toEqual(DEFAULT_SETTINGS);
  });

  it('is at schema version 2, which added the language', async () => {
    await createSettingsStore().update((s) => s);
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
    expect(DEFAULT_SETTINGS.language).toBe('browser');
  });

  it('stores changes under local:settings with its schema version', async () => {
    const store = createSettingsStore();
    await store.update((s) => ({ ...s, highlights: false }));
    await setSiteDisabled(store, 'https://nope', true); // not a host name: ignored
    await setSiteDisabled(store, 'www.ndtv.com', true);
    expect(await store.get()).toEqual({
      ...DEFAULT_SETTINGS,
      highlights: false,
      disabledSites: ['ndtv.com'],
    });
    // The raw value the annotator reads through chrome.storage.local.get('settings').
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toEqual({ ...DEFAULT_SETTINGS, highlights: false, disabledSites: ['ndtv.com'] });
    expect(await storage.getMeta('local:settings')).toEqual({ v: 2 });
  });

  it('applies quick successive changes one after another', async () => {
    const store = createSettingsStore();
    await Promise.all([
      store.update((s) => ({ ...s, badges: false })),
      setSiteDisabled(store, 'a.in', true),
      setSiteDisabled(store, 'b.in', true),
    ]);
    expect(await store.get()).toEqual({
      ...DEFAULT_SETTINGS,
      badges: false,
      disabledSites: ['a.in', 'b.in'],
    });
  });

  it('reads a broken stored value field by field and tells watchers of changes', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: false, badges: 'x' } });
    const store = createSettingsStore();
    expect(await store.get()).toEqual({ ...DEFAULT_SETTINGS, highlights: false });
    const seen: Settings[] = [];
    const unwatch = store.watch((s) => seen.push(s));
    await store.update((s) => ({ ...s, everySite: true }));
    await new Promise((r) => setTimeout(r, 10));
    unwatch();
    expect(seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, highlights: false, everySite: true });
  });
});

describe('the settings migration', () => {
  const V1 = { highlights: false, badges: true, everySite: true, disabledSites: ['ndtv.com'] };

  /** What storage holds once a store is defined over `value`, stored as version 1 left it. */
  async function migrated(value: unknown): Promise<unknown> {
    await fakeBrowser.storage.local.set({ settings: value, settings$: { v: 1 } });
    await createSettingsStore().get();
    return (await fakeBrowser.storage.local.get('settings')).settings;
  }

  it('gives a version 1 value the browser language, keeping every other setting', async () => {
    expect(await migrated(V1)).toEqual({ ...V1, language: 'browser' });
    // A broken value is normalised on the way, as every read is.
    expect(await migrated({ ...V1, badges: 'x' })).toEqual({ ...V1, badges: true, language: 'browser' });
    // Storage runs no migration where nothing is stored; a value that is no settings at all becomes the defaults.
    expect(await migrated('on')).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['stored under version 1', { v: 1 }],
    ['stored before any version was written', null],
  ])('runs on a value %s when the store is defined', async (_name, meta) => {
    await fakeBrowser.storage.local.set({ settings: V1, ...(meta ? { settings$: meta } : {}) });
    const store = createSettingsStore();
    expect(await store.get()).toEqual({ ...V1, language: 'browser' });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toEqual({ ...V1, language: 'browser' });
    expect(raw.settings$).toEqual({ v: 2 });
  });

  it('stores the language chosen, which a watcher hears of', async () => {
    const store = createSettingsStore();
    const seen: Settings[] = [];
    const unwatch = store.watch((s) => seen.push(s));
    await store.update((s) => ({ ...s, language: 'hi' }));
    await vi.waitFor(() => expect(seen.at(-1)?.language).toBe('hi'));
    unwatch();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ language: 'hi' });
  });
});
