import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sightingsToJson } from '../../utils/storage/sightings/export';
import {
  MAX_IMPORT_BYTES,
  readImportFile,
  STORAGE_QUOTA_BYTES,
} from '../../utils/storage/sightings/import-file';
import { createSightingsStore } from '../../utils/storage/sightings/store';
import type { Sighting, SightingsData } from '../../utils/storage/sightings/types';
import { pageResult, sightingFigure } from './support/page-results';

/** Importing a sightings file: refused by its size before it is read; merged so that nothing is lost. */

beforeEach(() => {
  fakeBrowser.reset();
});

/** A File that says it is `size` bytes long, with spies on every way of reading it. */
function fileOfSize(size: number) {
  const file = new File(['{}'], 'sightings.json', { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: size });
  const spies = [vi.spyOn(file, 'text'), vi.spyOn(file, 'arrayBuffer'), vi.spyOn(file, 'stream')];
  return { file, text: spies[0], read: () => spies.some((s) => s.mock.calls.length > 0) };
}

describe('the size of an import file', () => {
  it.each<[string, number]>([
    ['one byte over the limit', MAX_IMPORT_BYTES + 1],
    ['a 54 MB file', 54_000_000],
  ])('refuses %s without reading it', async (_name, size) => {
    const { file, read } = fileOfSize(size);
    expect(await readImportFile(file)).toEqual({
      ok: false,
      reason: 'too_large',
      size,
      limit: MAX_IMPORT_BYTES,
    });
    expect(read()).toBe(false);
  });

  it('reads a file up to the limit', async () => {
    const { file, text } = fileOfSize(MAX_IMPORT_BYTES);
    expect(await readImportFile(file)).toEqual({ ok: true, text: '{}' });
    expect(text).toHaveBeenCalledTimes(1);
  });

  it('says so when the file cannot be read', async () => {
    const file = new File(['{}'], 'gone.json');
    vi.spyOn(file, 'text').mockRejectedValue(new Error('NotReadableError: the file changed'));
    expect(await readImportFile(file)).toEqual({
      ok: false,
      reason: 'unreadable',
      error: 'NotReadableError: the file changed',
    });
  });

  it('is just above the export of the fullest sightings the browser can keep for the extension', () => {
    // The shape with the most indentation per byte stored: many figures, each with nothing in it.
    const figure = sightingFigure({
      asOf: null,
      verdict: { status: 'no_record', reference: null, currency: 'unknown', latest: null },
      subject: 'unknown',
    });
    const page = (i: number): Sighting => ({
      url: `https://a.in/${i}`,
      publisher: 'A',
      title: 't',
      published: null,
      figures: Array(200).fill(figure),
      firstSeen: '2025-11-08T10:00:00.000Z',
      lastSeen: '2025-11-08T10:00:00.000Z',
    });
    const onePage = Buffer.byteLength(JSON.stringify(page(0)));
    const data: SightingsData = {
      dropped: 0,
      pages: Array.from({ length: Math.floor(STORAGE_QUOTA_BYTES / onePage) }, (_, i) => page(i)),
    };
    expect(Buffer.byteLength(JSON.stringify(data))).toBeLessThanOrEqual(STORAGE_QUOTA_BYTES);
    const exported = Buffer.byteLength(sightingsToJson(data));
    expect(exported).toBeGreaterThan(STORAGE_QUOTA_BYTES);
    expect(exported).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(MAX_IMPORT_BYTES).toBeLessThanOrEqual(1.6 * STORAGE_QUOTA_BYTES);
  });
});

function clock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    set: (iso: string) => {
      t = Date.parse(iso);
    },
  };
}

describe('importing an old export', () => {
  /** Two pages read in November and exported; then one read again and one new in December. */
  async function readSinceTheExport() {
    const time = clock('2025-11-01T09:00:00.000Z');
    const store = createSightingsStore({ now: time.now });
    await store.record(pageResult({ url: 'https://www.ndtv.com/a', title: 'A in November' }));
    time.set('2025-11-02T09:00:00.000Z');
    await store.record(pageResult({ url: 'https://www.thehindu.com/b', title: 'B' }));
    const exported = await store.exportJson();
    if (!exported.ok) throw new Error(exported.error);
    time.set('2025-12-05T09:00:00.000Z');
    await store.record(pageResult({ url: 'https://www.ndtv.com/a', title: 'A in December' }));
    time.set('2025-12-06T09:00:00.000Z');
    await store.record(pageResult({ url: 'https://www.reuters.com/c', title: 'C' }));
    const read = await readImportFile(new File([exported.text], 'old.json'));
    if (!read.ok) throw new Error(read.reason);
    return { store, text: read.text };
  }

  const summary = (data: SightingsData) => data.pages.map((p) => [p.url, p.title, p.firstSeen, p.lastSeen]);

  it('merges unless told to replace: the newer of a page seen in both, and every page read since', async () => {
    const { store, text } = await readSinceTheExport();
    expect(await store.importJson(text)).toEqual({ ok: true, pages: 3 });
    const read = await store.read();
    if (!read.ok) throw new Error(read.error);
    expect(summary(read.data)).toEqual([
      ['https://www.thehindu.com/b', 'B', '2025-11-02T09:00:00.000Z', '2025-11-02T09:00:00.000Z'],
      ['https://www.ndtv.com/a', 'A in December', '2025-11-01T09:00:00.000Z', '2025-12-05T09:00:00.000Z'],
      ['https://www.reuters.com/c', 'C', '2025-12-06T09:00:00.000Z', '2025-12-06T09:00:00.000Z'],
    ]);
  });

  it('merges the same file twice as once', async () => {
    const { store, text } = await readSinceTheExport();
    await store.importJson(text);
    const once = await store.read();
    await store.importJson(text);
    expect(await store.read()).toEqual(once);
    expect(once.ok && once.data.pages).toHaveLength(3);
  });

  it('refuses text over the limit in the store too, before parsing it', async () => {
    const store = createSightingsStore();
    const parse = vi.spyOn(JSON, 'parse');
    const r = await store.importJson(
      `${sightingsToJson({ pages: [], dropped: 0 })}${' '.repeat(MAX_IMPORT_BYTES)}`,
      'merge',
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
    expect(parse).not.toHaveBeenCalled();
  });
});
