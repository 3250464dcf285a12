import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTINGS_STORAGE_KEY,
  type Settings,
  withSiteDisabled,
} from './settings-shape';

/**
 * The reader's settings in `storage.local` under a schema version (2: the language was added), read
 * and written by the popup, the options page and the background. Every read is normalised, so a value
 * from an older version or a broken one never takes the reader's other settings with it.
 */

const SETTINGS_KEY = `local:${SETTINGS_STORAGE_KEY}` as const;
const SETTINGS_VERSION = 2;

/**
 * From each version to the next, run by @wxt-dev/storage when the item is defined. 2: a language, the
 * browser's (normalising gives every missing field its default and keeps the others).
 */
const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => Settings> = {
  2: (old) => normalizeSettings(old),
};

export type SettingsItem = WxtStorageItem<Settings, { v: number }>;

function defineSettingsItem(): SettingsItem {
  return storage.defineItem<Settings, { v: number }>(SETTINGS_KEY, {
    fallback: { ...DEFAULT_SETTINGS, disabledSites: [] },
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Applies `change` to the current settings and stores the result; returns it. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
  /** Calls `onChange` with the new settings after every change; returns the unsubscribe function. */
  watch(onChange: (settings: Settings) => void): () => void;
}

export function createSettingsStore(item: SettingsItem = defineSettingsItem()): SettingsStore {
  let queue: Promise<unknown> = Promise.resolve();
  const get = async () => normalizeSettings(await item.getValue());
  return {
    get,
    update(change) {
      // One change at a time: a toggle and a site switch in quick succession both land.
      const run = queue.then(async () => {
        const next = normalizeSettings(change(await get()));
        await item.setValue(next);
        // The schema version goes with the first value written (nothing to migrate from before it).
        if ((await item.getMeta()).v !== SETTINGS_VERSION) await item.setMeta({ v: SETTINGS_VERSION });
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    watch: (onChange) => item.watch((value) => onChange(normalizeSettings(value))),
  };
}

/** Turns the extension off (or on again) on `site`. */
export function setSiteDisabled(store: SettingsStore, site: string, disabled: boolean): Promise<Settings> {
  return store.update((s) => withSiteDisabled(s, site, disabled));
}
