import { storage } from '@wxt-dev/storage';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createSettingsStore, SETTINGS_KEY, SETTINGS_VERSION, setSiteDisabled } from '../../utils/settings';
import {
  DEFAULT_SETTINGS,
  displayFor,
  isSiteDisabled,
  normalizeSettings,
  type Settings,
  siteKey,
  siteOfUrl,
  withSiteDisabled,
} from '../../utils/settings-shape';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('normalizeSettings', () => {
  it.each<[string, unknown, Settings]>([
    ['nothing stored', null, { ...DEFAULT_SETTINGS }],
    ['not an object', 'on', { ...DEFAULT_SETTINGS }],
    [
      'a full value',
      { highlights: false, badges: true, everySite: true, disabledSites: ['ndtv.com'] },
      { highlights: false, badges: true, everySite: true, disabledSites: ['ndtv.com'] },
    ],
    [
      'bad fields take their defaults, good ones stay',
      { highlights: 'no', badges: false, everySite: 1, disabledSites: 'ndtv.com' },
      { highlights: true, badges: false, everySite: false, disabledSites: [] },
    ],
    [
      'sites cleaned: www dropped, lower case, duplicates and junk removed',
      { disabledSites: ['WWW.NDTV.com', 'ndtv.com', 42, '<b>x</b>', '', 'a..b', 'thehindu.com.'] },
      { ...DEFAULT_SETTINGS, disabledSites: ['ndtv.com', 'thehindu.com'] },
    ],
  ])('%s', (_name, stored, expected) => {
    expect(normalizeSettings(stored)).toEqual(expected);
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
    expect(siteKey(' Example.IN ')).toBe('example.in');
  });
});

describe('the settings store (storage.local, fakeBrowser)', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await createSettingsStore().get()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores changes under local:settings with schema version 1', async () => {
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
    expect(await storage.getMeta(SETTINGS_KEY)).toEqual({ v: SETTINGS_VERSION });
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
