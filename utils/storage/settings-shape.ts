/**
 * The reader's settings as plain data, with no extension API: the annotator (injected into pages,
 * no polyfill) reads the raw stored value through the global `chrome`/`browser` and normalises it
 * here; utils/storage/settings.ts keeps the same value in `storage.local` with a schema version.
 */

import { isLanguageChoice, type LanguageChoice } from '../wording/language-choice';

export interface Settings {
  /** Tint the figures in the page (CSS Custom Highlight API). */
  highlights: boolean;
  /** Put a badge beside each figure. */
  badges: boolean;
  /** Run the detector on every site (needs the optional permission for all sites). */
  everySite: boolean;
  /** Host names (without a leading `www.`) where the reader turned the extension off. */
  disabledSites: string[];
  /** The language of the popup, the options page, the cards in pages and the toolbar tooltip. */
  language: LanguageChoice;
}

/** The raw key in `storage.local` (`local:settings` for @wxt-dev/storage). */
export const SETTINGS_STORAGE_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlights: true,
  badges: true,
  everySite: false,
  disabledSites: [],
  language: 'browser',
});

const MAX_SITES = 1000;
const MAX_HOST = 253;

/** A host name as the settings keep it: lower case, no `www.`; null when `host` is not one. */
function siteKey(host: string): string | null {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  if (h === '' || h.length > MAX_HOST || !/^[a-z0-9.-]+$/.test(h) || h.includes('..')) return null;
  return h;
}

/** The site of a page address, or null for addresses that are not http(s) pages. */
export function siteOfUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return siteKey(u.hostname);
  } catch {
    return null;
  }
}

/**
 * Whatever is stored (an older version, a hand-edited value, nothing) as well-formed settings: each
 * field that is not right takes its default, so one bad field never costs the reader the others.
 */
export function normalizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const flag = (key: 'highlights' | 'badges' | 'everySite') =>
    typeof v[key] === 'boolean' ? (v[key] as boolean) : DEFAULT_SETTINGS[key];
  const sites = Array.isArray(v.disabledSites) ? v.disabledSites : [];
  const disabledSites: string[] = [];
  for (const s of sites.slice(0, MAX_SITES)) {
    const key = typeof s === 'string' ? siteKey(s) : null;
    if (key && !disabledSites.includes(key)) disabledSites.push(key);
  }
  return {
    highlights: flag('highlights'),
    badges: flag('badges'),
    everySite: flag('everySite'),
    disabledSites,
    language: isLanguageChoice(v.language) ? v.language : DEFAULT_SETTINGS.language,
  };
}

/** Whether the reader turned the extension off on the site of `url` (or its `www.` twin). */
export function isSiteDisabled(settings: Settings, url: string): boolean {
  const site = siteOfUrl(url);
  return site !== null && settings.disabledSites.includes(site);
}

/** What the annotator paints on one page. */
export interface Display {
  /** False on a site the reader turned off: nothing painted, nothing sent. */
  enabled: boolean;
  highlights: boolean;
  badges: boolean;
}

export const FULL_DISPLAY: Readonly<Display> = Object.freeze({
  enabled: true,
  highlights: true,
  badges: true,
});

export function displayFor(settings: Settings, url: string): Display {
  return {
    enabled: !isSiteDisabled(settings, url),
    highlights: settings.highlights,
    badges: settings.badges,
  };
}

export function withSiteDisabled(settings: Settings, site: string, disabled: boolean): Settings {
  const key = siteKey(site);
  if (!key) return settings;
  const others = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: disabled ? [...others, key] : others };
}
