import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseSightingsJson, sightingsToCsv, sightingsToJson } from '../../utils/storage/sightings/export';
import { createSightingsStore } from '../../utils/storage/sightings/store';
import { SIGHTINGS_CAP } from '../../utils/storage/sightings/types';
import { figureWith, pageResult, sightingFigure } from './support/page-results';

function clock(start = '2025-11-08T10:00:00.000Z') {
  let t = Date.parse(start);
  return () => {
    t += 60_000;
    return new Date(t);
  };
}

/** Pages with every awkward string a reader's pages can bring. */
async function filledStore() {
  const store = createSightingsStore({ now: clock() });
  await store.record(
    pageResult({
      url: 'https://www.thehindu.com/news/a.ece?x=1,2',
      title: 'He said, "44 remain"\nand left',
      publisher: '=HYPERLINK("http://evil.example","click")',
      figures: [figureWith('confirmed'), figureWith('conflicts', 13), figureWith('no_record', 200)],
    }),
  );
  await store.record(
    pageResult({
      url: 'https://www.bhaskar.com/news/b',
      title: 'रूसी सेना में 44 भारतीय',
      publisher: '@dainik',
      published: null,
      figures: [],
    }),
  );
  await store.record(
    pageResult({
      url: 'https://www.ndtv.com/c',
      title: '-12 or +12?',
      publisher: '+NDTV',
      figures: [figureWith('unconfirmed')],
    }),
  );
  return store;
}

// biome-ignore lint/suspicious/noExplicitAny: the cases below break the file's types on purpose.
type Loose = any;

const snapshot = () => fakeBrowser.storage.local.get(null);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('export JSON → import', () => {
  it('round-trips exactly', async () => {
    const store = await filledStore();
    const exported = await store.exportJson();
    if (!exported.ok) throw new Error(exported.error);
    const before = await store.read();

    fakeBrowser.reset(); // another browser profile, or a fresh install
    const fresh = createSightingsStore();
    expect(await fresh.importJson(exported.text)).toEqual({ ok: true, pages: 3 });
    expect(await fresh.read()).toEqual(before);
    const again = await fresh.exportJson();
    expect(again.ok && again.text).toBe(exported.text);
    expect(await fakeBrowser.storage.local.get('sightings$')).toEqual({ sightings$: { v: 4 } });
  });

  it('writes the whole store with its schema version', async () => {
    const store = await filledStore();
    const exported = await store.exportJson();
    const file = JSON.parse(exported.ok ? exported.text : '{}');
    expect(file).toMatchObject({ format: 'figures-factcheck-sightings', version: 4, dropped: 0 });
    expect(file.pages).toHaveLength(3);
  });

  it('keeps the dropped count', async () => {
    const store = createSightingsStore({ now: clock(), cap: 1 });
    await store.record(pageResult({ url: 'https://a.in/1' }));
    await store.record(pageResult({ url: 'https://a.in/2' }));
    const exported = await store.exportJson();
    if (!exported.ok) throw new Error(exported.error);
    fakeBrowser.reset();
    const fresh = createSightingsStore();
    await fresh.importJson(exported.text);
    const read = await fresh.read();
    expect(read.ok && read.data.dropped).toBe(1);
  });

  it('merges into the current sightings when asked', async () => {
    const store = await filledStore();
    const exported = await store.exportJson();
    if (!exported.ok) throw new Error(exported.error);
    fakeBrowser.reset();
    const other = createSightingsStore({ now: clock('2025-12-01T00:00:00.000Z') });
    await other.record(pageResult({ url: 'https://www.ndtv.com/c', title: 'Seen later' }));
    await other.record(pageResult({ url: 'https://www.reuters.com/d' }));
    expect(await other.importJson(exported.text, 'merge')).toEqual({ ok: true, pages: 4 });
    const read = await other.read();
    if (!read.ok) throw new Error(read.error);
    const c = read.data.pages.find((p) => p.url === 'https://www.ndtv.com/c');
    expect(c).toMatchObject({ title: 'Seen later', firstSeen: '2025-11-08T10:03:00.000Z' });
    expect(read.data.pages.map((p) => p.url).at(-1)).toBe('https://www.reuters.com/d');
  });
});

describe('import of a bad file changes nothing', () => {
  const good = async () => {
    const store = await filledStore();
    const exported = await store.exportJson();
    if (!exported.ok) throw new Error(exported.error);
    return { store, file: JSON.parse(exported.text) };
  };

  it.each<[string, (file: Record<string, Loose>) => unknown, RegExp]>([
    ['empty', () => '', /empty/],
    ['not JSON', () => '{"format": ', /not valid JSON/],
    ['another JSON file', () => ({ name: 'package' }), /not a sightings export/],
    ['an array', () => [], /not a sightings export/],
    ['a newer schema version', (f) => ({ ...f, version: 5 }), /version 5, from a newer version/],
    ['schema version 1', (f) => ({ ...f, version: 1 }), /Unsupported sightings schema version 1/],
    ['no version', (f) => ({ ...f, version: undefined }), /Unsupported sightings schema version undefined/],
    ['a missing dropped count', (f) => ({ ...f, dropped: undefined }), /dropped/],
    ['a negative dropped count', (f) => ({ ...f, dropped: -1 }), /dropped/],
    ['an extra top-level field', (f) => ({ ...f, comment: 'hi' }), /unexpected field "comment"/],
    ['pages not an array', (f) => ({ ...f, pages: {} }), /pages: must be an array/],
    ['too many pages', (f) => ({ ...f, pages: Array(SIGHTINGS_CAP + 1).fill(f.pages[0]) }), /more than 3000/],
    ['the same page twice', (f) => ({ ...f, pages: [f.pages[0], f.pages[0]] }), /the same page twice/],
    [
      'a bad status in the last page',
      (f) => edit(f, (p) => (p[2].figures[0].verdict.status = 'fake')),
      /pages\[2\]\.figures\[0\]\.verdict\.status/,
    ],
    ['a javascript: URL', (f) => edit(f, (p) => (p[1].url = 'javascript:alert(1)')), /pages\[1\]\.url/],
    ['a bad lastSeen', (f) => edit(f, (p) => (p[0].lastSeen = 'last week')), /lastSeen/],
    [
      'firstSeen after lastSeen',
      (f) => edit(f, (p) => (p[0].firstSeen = '2030-01-01T00:00:00.000Z')),
      /firstSeen is after/,
    ],
    ['a bad published date', (f) => edit(f, (p) => (p[0].published = '2025-02-30')), /published/],
    ['a string value', (f) => edit(f, (p) => (p[0].figures[0].value = '44')), /value/],
    ['an unknown kind', (f) => edit(f, (p) => (p[0].figures[1].kind = 'wounded')), /figures\[1\]\.kind/],
    [
      'a missing figure field',
      (f) => edit(f, (p) => delete p[0].figures[0].verdict.newer),
      /missing field "newer"/,
    ],
    ['an extra page field', (f) => edit(f, (p) => (p[0].html = '<b>')), /unexpected field "html"/],
    [
      'a confirmed figure without its record',
      (f) => edit(f, (p) => (p[0].figures[0].verdict.reference = null)),
      /reference: required/,
    ],
    [
      'a figure that kept the text it was written in',
      (f) => edit(f, (p) => (p[0].figures[0].text = '44 Indians')),
      /unexpected field "text"/,
    ],
    ['a huge title', (f) => edit(f, (p) => (p[0].title = 'x'.repeat(1001))), /title: longer/],
  ])('refuses %s with a clear message', async (_name, make, message) => {
    const { store, file } = await good();
    const before = await snapshot();
    const made = make(file);
    const text = typeof made === 'string' ? made : JSON.stringify(made);
    const r = await store.importJson(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
    expect(await snapshot()).toEqual(before);
    // Merging a bad file is refused the same way.
    expect((await store.importJson(text, 'merge')).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('reports a full quota on import and keeps the old sightings', async () => {
    const { store, file } = await good();
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const r = await store.importJson(JSON.stringify({ ...file, pages: file.pages.slice(0, 1) }));
    expect(r).toMatchObject({
      ok: false,
      error:
        "Could not save the sightings: the browser's storage for the extension is full (QUOTA_BYTES quota exceeded)",
    });
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });

  it('parses without a store, for a preview before importing', () => {
    expect(parseSightingsJson('{}')).toMatchObject({
      ok: false,
      error: 'This is not a sightings export of this extension (its "format" field is missing or different).',
    });
    const ok = parseSightingsJson(sightingsToJson({ pages: [], dropped: 7 }));
    expect(ok).toEqual({ ok: true, data: { pages: [], dropped: 7 } });
  });
});

function edit(file: Record<string, Loose>, change: (pages: Loose[]) => void) {
  const copy = structuredClone(file);
  change(copy.pages);
  return copy;
}

describe('CSV export', () => {
  it('has one row per figure, with the documented columns', async () => {
    const store = await filledStore();
    const csv = await store.exportCsv();
    if (!csv.ok) throw new Error(csv.error);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe(
      'url,publisher,title,published,value,high,kind,qualifier,asOf,status,currency,latestId,attributedTo,attributedVenue,firstSeen,lastSeen',
    );
    expect(csv.text.endsWith('\r\n')).toBe(true);
    expect(csv.text).toBe(
      [
        'url,publisher,title,published,value,high,kind,qualifier,asOf,status,currency,latestId,attributedTo,attributedVenue,firstSeen,lastSeen',
        `"https://www.thehindu.com/news/a.ece?x=1,2","'=HYPERLINK(""http://evil.example"",""click"")","He said, ""44 remain""\nand left",2025-11-08,44,,serving,exact,2025-11-08,confirmed,current,2025-11-07-serving-44,,,2025-11-08T10:01:00.000Z,2025-11-08T10:01:00.000Z`,
        `"https://www.thehindu.com/news/a.ece?x=1,2","'=HYPERLINK(""http://evil.example"",""click"")","He said, ""44 remain""\nand left",2025-11-08,13,,serving,exact,2025-11-08,conflicts,superseded,2025-12-18-recruited_total-202,,,2025-11-08T10:01:00.000Z,2025-11-08T10:01:00.000Z`,
        `"https://www.thehindu.com/news/a.ece?x=1,2","'=HYPERLINK(""http://evil.example"",""click"")","He said, ""44 remain""\nand left",2025-11-08,200,,serving,exact,2025-11-08,no_record,unknown,,,,2025-11-08T10:01:00.000Z,2025-11-08T10:01:00.000Z`,
        `https://www.bhaskar.com/news/b,'@dainik,रूसी सेना में 44 भारतीय,,,,,,,,,,,,2025-11-08T10:02:00.000Z,2025-11-08T10:02:00.000Z`,
        `https://www.ndtv.com/c,'+NDTV,'-12 or +12?,2025-11-08,44,,serving,exact,2025-03,unconfirmed,current,2025-11-07-serving-44,,,2025-11-08T10:03:00.000Z,2025-11-08T10:03:00.000Z`,
        '',
      ].join('\r\n'),
    );
  });

  it('gives a range its top and a figure the official it was attributed to', () => {
    const csv = sightingsToCsv({
      dropped: 0,
      pages: [
        {
          url: 'https://www.ndtv.com/x',
          publisher: 'NDTV',
          title: 't',
          published: '2026-03-13',
          firstSeen: '2026-03-13T00:00:00.000Z',
          lastSeen: '2026-03-13T00:00:00.000Z',
          figures: [
            sightingFigure({
              value: 40,
              high: 45,
              asOf: '2026-03-12',
              attribution: { speaker: 'Randhir Jaiswal, MEA spokesperson', venue: 'weekly briefing' },
            }),
          ],
        },
      ],
    });
    expect(csv.split('\r\n')[1]).toBe(
      'https://www.ndtv.com/x,NDTV,t,2026-03-13,40,45,serving,exact,2026-03-12,confirmed,current,2025-11-07-serving-44,"Randhir Jaiswal, MEA spokesperson",weekly briefing,2026-03-13T00:00:00.000Z,2026-03-13T00:00:00.000Z',
    );
  });

  it.each<[string, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['=1+1', "'=1+1"],
    ['+91 98', "'+91 98"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['=A1,"x"', `"'=A1,""x"""`],
    ['a=b', 'a=b'],
  ])('cell %j → %s', (title, cell) => {
    const seen = '2026-03-13T00:00:00.000Z';
    const csv = sightingsToCsv({
      dropped: 0,
      pages: [
        {
          url: 'https://www.ndtv.com/x',
          publisher: 'NDTV',
          title,
          published: null,
          firstSeen: seen,
          lastSeen: seen,
          figures: [sightingFigure({ value: 44, asOf: '2026-03-12' })],
        },
      ],
    });
    // A page's title in its cell; a number, and nothing (no publication date, no range, no attribution).
    expect(csv.slice(csv.indexOf('\r\n') + 2)).toBe(
      `https://www.ndtv.com/x,NDTV,${cell},,44,,serving,exact,2026-03-12,confirmed,current,2025-11-07-serving-44,,,${seen},${seen}\r\n`,
    );
  });

  it('writes only the header for an empty store', () => {
    expect(sightingsToCsv({ pages: [], dropped: 0 })).toBe(
      'url,publisher,title,published,value,high,kind,qualifier,asOf,status,currency,latestId,attributedTo,attributedVenue,firstSeen,lastSeen\r\n',
    );
  });
});
