import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Candidate, recordsFromCandidate } from '../../utils/storage/reader-records/candidates';
import { createReaderRecordsStore, defineReaderRecordsItem } from '../../utils/storage/reader-records/store';
import { parseSightingsJson, sightingsToJson } from '../../utils/storage/sightings/export';
import { MAX_IMPORT_BYTES } from '../../utils/storage/sightings/import-file';
import { createSightingsStore } from '../../utils/storage/sightings/store';
import { type Failure, failureText } from '../../utils/wording/failure';
import { getMessageEn, missingKeys } from './support/i18n-en';
import { pageResult } from './support/page-results';

/**
 * Failures the reader can see (an import refused, storage full, a record unreadable) carry a message
 * of the catalogue beside their English sentence, so that the options page words them in the reader's
 * language. The English catalogue must say exactly what the English sentence says.
 */

const en = (key: string, subs?: string[]) => getMessageEn(key, subs);

function expectWorded(r: { ok: true } | Failure, key: string): void {
  if (r.ok) throw new Error(`expected a failure worded by ${key}`);
  expect(r.words?.key, r.error).toBe(key);
  expect(failureText(en, r)).toBe(r.error);
  expect([...missingKeys]).toEqual([]);
}

beforeEach(() => {
  fakeBrowser.reset();
  missingKeys.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const FILE = JSON.parse(sightingsToJson({ pages: [], dropped: 0 })) as Record<string, unknown>;

describe('an import file refused', () => {
  it.each<[string, string, string]>([
    ['empty', '  ', 'fileEmpty'],
    ['over the limit', ' '.repeat(MAX_IMPORT_BYTES + 1).replace(/^ /, '{'), 'fileTooLarge'],
    ['not JSON', '{"format": ', 'fileNotJson'],
    ['not a sightings export', '{}', 'fileNotSightings'],
    ['from a newer version', JSON.stringify({ ...FILE, version: 99 }), 'fileNewerVersion'],
    ['of an unknown version', JSON.stringify({ ...FILE, version: 1 }), 'fileUnsupportedVersion'],
    ['without a version', JSON.stringify({ ...FILE, version: undefined }), 'fileUnsupportedVersion'],
    ['damaged', JSON.stringify({ ...FILE, pages: [{ url: 'ftp://x' }] }), 'fileDamaged'],
    ['damaged, of the version before', JSON.stringify({ ...FILE, version: 2, pages: 'x' }), 'fileDamaged'],
  ])('%s', (_, text, key) => {
    expectWorded(parseSightingsJson(text), key);
  });
});

describe('the stored sightings', () => {
  it('read by the browser with an error', async () => {
    const store = createSightingsStore();
    await store.read();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    expectWorded(await store.read(), 'sightingsReadFailed');
  });

  it('not saved: the storage is full (a message inside a message)', async () => {
    const store = createSightingsStore();
    await store.read();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const r = await store.record(pageResult());
    expectWorded(r, 'sightingsSaveFailed');
    expect(!r.ok && r.words?.subs?.[0]).toEqual({ key: 'storageFull', subs: ['QUOTA_BYTES quota exceeded'] });
  });

  it('unreadable', async () => {
    await fakeBrowser.storage.local.set({
      sightings: { pages: [{ what: 1 }], dropped: 0 },
      sightings$: { v: 3 },
    });
    expectWorded(await createSightingsStore().read(), 'sightingsUnreadable');
  });

  it('of a version a migration could not convert', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ sightings: { entries: 'corrupt' }, sightings$: { v: 1 } });
    expectWorded(await createSightingsStore().read(), 'sightingsNotMigrated');
  });
});

describe("the reader's accepted figures", () => {
  const candidate = (value: number): Candidate => ({
    key: `killed|${value}`,
    kind: 'killed',
    tag: null,
    incremental: false,
    value,
    qualifier: 'exact',
    high: null,
    date: '2026-03-12',
    attribution: { speaker: 'Randhir Jaiswal, MEA spokesperson', venue: 'weekly briefing' },
    reports: [{ url: 'https://www.ndtv.com/a', publisher: 'NDTV', title: 't', published: '2026-03-13' }],
    outlets: 1,
  });

  it('unreadable', async () => {
    await fakeBrowser.storage.local.set({ 'reader-records': { records: 'x', rejected: [] } });
    expectWorded(await createReaderRecordsStore(defineReaderRecordsItem()).read(), 'readerRecordsUnreadable');
  });

  it('read by the browser with an error', async () => {
    const store = createReaderRecordsStore(defineReaderRecordsItem());
    await store.read(); // lets the item's start-up version check finish first
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    expectWorded(await store.read(), 'readerRecordsReadFailed');
  });

  it('not saved', async () => {
    const store = createReaderRecordsStore(defineReaderRecordsItem());
    await store.read();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota exceeded'));
    expectWorded(await store.accept(candidate(31), '2026-12-06'), 'readerRecordsSaveFailed');
  });

  it('full', async () => {
    const item = defineReaderRecordsItem();
    const taken = new Set<string>();
    // 500 accepted figures, the most the store keeps.
    const records = Array.from({ length: 500 }, (_, i) => {
      const [r] = recordsFromCandidate(candidate(100 + i), '2026-12-06', taken);
      if (!r) throw new Error('no record');
      taken.add(r.id);
      return r;
    });
    await item.setValue({ records, rejected: [] });
    const store = createReaderRecordsStore(item);
    expectWorded(await store.accept(candidate(31), '2026-12-06'), 'readerRecordsFull');
  });
});
