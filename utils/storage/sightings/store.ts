import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import { type Failure, failure, type Words } from '../../wording/failure';
import { parseSightingsJson, sightingsToCsv, sightingsToJson } from './export';
import { SIGHTINGS_MIGRATIONS } from './migrations';
import { addSighting, mergeSightings, type SightingInput } from './record';
import {
  emptySightings,
  type Result,
  SIGHTINGS_CAP,
  SIGHTINGS_KEY,
  SIGHTINGS_VERSION,
  type SightingsData,
} from './types';
import { sightingsDataProblem } from './validate';

/**
 * The sightings in `storage.local`, under a schema version with migrations (`@wxt-dev/storage` runs
 * them when the item is defined, i.e. when the background starts after an update). Every change is a
 * read, a pure update (record.ts) and one write, one at a time; a failed write (a full quota) comes
 * back as `{ ok: false, error }` and leaves the stored value as it was.
 */

export type SightingsItem = WxtStorageItem<SightingsData | null, { v: number }>;

/** Defining the item runs any pending migration of the stored value. */
export function defineSightingsItem(): SightingsItem {
  return storage.defineItem<SightingsData, { v: number }>(SIGHTINGS_KEY, {
    version: SIGHTINGS_VERSION,
    migrations: SIGHTINGS_MIGRATIONS,
  });
}

type ReadResult = { ok: true; data: SightingsData } | Failure;
type TextResult = { ok: true; text: string } | Failure;
export type ImportMode = 'replace' | 'merge';

export interface SightingsStore {
  read(): Promise<ReadResult>;
  /** Records one visit to a page on the topic. */
  record(input: SightingInput): Promise<Result>;
  exportJson(): Promise<TextResult>;
  exportCsv(): Promise<TextResult>;
  /**
   * Checks the whole file first; on any problem nothing is written. Merges unless told to replace:
   * replacing loses what was read since the file was exported, which the options page asks about first.
   */
  importJson(text: string, mode?: ImportMode): Promise<Result & { pages?: number }>;
}

export interface SightingsStoreOptions {
  item?: SightingsItem;
  cap?: number;
  now?: () => Date;
}

function explain(e: unknown): { text: string; words: string | Words } {
  const message = e instanceof Error ? e.message : String(e);
  return /quota/i.test(message)
    ? {
        text: `the browser's storage for the extension is full (${message})`,
        words: { key: 'storageFull', subs: [message] },
      }
    : { text: message, words: message };
}

export function createSightingsStore(options: SightingsStoreOptions = {}): SightingsStore {
  const item = options.item ?? defineSightingsItem();
  const cap = options.cap ?? SIGHTINGS_CAP;
  const now = options.now ?? (() => new Date());

  // One change at a time: each waits for the previous read-modify-write to finish.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function load(): Promise<{ ok: true; data: SightingsData; v: unknown } | Failure> {
    try {
      const [value, meta] = await Promise.all([item.getValue(), item.getMeta()]);
      if (value === null) return { ok: true, data: emptySightings(), v: meta.v };
      // A migration that failed leaves the old version in place: never write over what we cannot read.
      if (typeof meta.v === 'number' && meta.v !== SIGHTINGS_VERSION)
        return failure(
          `The stored sightings are schema version ${meta.v} and were not migrated to version ${SIGHTINGS_VERSION}; they were left unchanged.`,
          'sightingsNotMigrated',
          String(meta.v),
          String(SIGHTINGS_VERSION),
        );
      const problem = sightingsDataProblem(value);
      if (problem)
        return failure(
          `The stored sightings could not be read (${problem}); they were left unchanged.`,
          'sightingsUnreadable',
          problem,
        );
      return { ok: true, data: value, v: meta.v };
    } catch (e) {
      const why = explain(e);
      return failure(`Could not read the sightings: ${why.text}`, 'sightingsReadFailed', why.words);
    }
  }

  async function save(data: SightingsData, v: unknown): Promise<Result> {
    try {
      await item.setValue(data);
      if (v !== SIGHTINGS_VERSION) await item.setMeta({ v: SIGHTINGS_VERSION });
      return { ok: true };
    } catch (e) {
      const why = explain(e);
      return failure(`Could not save the sightings: ${why.text}`, 'sightingsSaveFailed', why.words);
    }
  }

  async function read(): Promise<ReadResult> {
    const r = await load();
    return r.ok ? { ok: true, data: r.data } : r;
  }

  return {
    read,
    record: (input) =>
      exclusive(async () => {
        const current = await load();
        if (!current.ok) return current;
        return save(addSighting(current.data, input, now().toISOString(), cap), current.v);
      }),
    exportJson: async () => {
      const r = await read();
      return r.ok ? { ok: true, text: sightingsToJson(r.data) } : r;
    },
    exportCsv: async () => {
      const r = await read();
      return r.ok ? { ok: true, text: sightingsToCsv(r.data) } : r;
    },
    importJson: (text, mode = 'merge') =>
      exclusive(async () => {
        const parsed = parseSightingsJson(text);
        if (!parsed.ok) return parsed;
        const current = await load();
        if (!current.ok) return current;
        const next = mode === 'merge' ? mergeSightings(current.data, parsed.data, cap) : parsed.data;
        const saved = await save(next, current.v);
        return saved.ok ? { ok: true, pages: next.pages.length } : saved;
      }),
  };
}
