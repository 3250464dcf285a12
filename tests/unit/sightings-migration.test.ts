import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { FigureKind, PartialDate, Qualifier, Subject } from '../../utils/engine/figure-types';
import { SIGHTINGS_MIGRATIONS } from '../../utils/storage/sightings/migrations';
import { createSightingsStore, defineSightingsItem } from '../../utils/storage/sightings/store';
import type { SightingsData } from '../../utils/storage/sightings/types';
import { sightingsDataProblem } from '../../utils/storage/sightings/validate';
import { pageResult } from './support/page-results';

/**
 * Updates lose nothing: from schema version 1 (no verdicts, one `seen` timestamp) through version 2
 * and version 3 (what extraction knew of each figure, and its currency) to version 4 (each figure in
 * the shape the popup and the card read, its verdict in one object, the media report of its time too).
 */

/** Schema version 1: figures without verdicts, and one `seen` timestamp per page. */
interface SightingsDataV1 {
  pages: Array<{
    url: string;
    publisher: string;
    title: string;
    published: PartialDate;
    figures: Array<{
      value: number;
      kind: FigureKind;
      qualifier: Qualifier;
      subject: Subject;
      asOf: PartialDate;
    }>;
    seen: string;
  }>;
}

/** The migration to schema version `to`, as the store's item runs it. */
function migrateTo(to: 2 | 3 | 4, old: unknown): SightingsData {
  const migrate = SIGHTINGS_MIGRATIONS[to];
  if (!migrate) throw new Error(`no migration to version ${to}`);
  return migrate(old) as SightingsData;
}

const V1: SightingsDataV1 = {
  pages: [
    {
      url: 'https://www.business-standard.com/external-affairs/news/india-presses-russia-to-free-44.html',
      publisher: 'Business Standard',
      title: 'India presses Russia to free 44 Indians serving in its army',
      published: '2025-11-08',
      seen: '2025-11-09T08:15:00.000Z',
      figures: [
        { value: 44, kind: 'serving', qualifier: 'exact', subject: 'indian', asOf: '2025-11-08' },
        { value: 127, kind: 'recruited_total', qualifier: 'exact', subject: 'indian', asOf: '2025-07' },
        { value: 12, kind: 'killed', qualifier: 'exact', subject: 'indian', asOf: '2025-01' },
      ],
    },
    {
      url: 'https://www.thehindu.com/news/national/85-indians-discharged.ece',
      publisher: 'The Hindu',
      title: '85 Indians discharged from the Russian army, "20 remain"',
      published: '2024-10-22',
      seen: '2024-10-23T19:00:00.000Z',
      figures: [
        { value: 85, kind: 'discharged', qualifier: 'exact', subject: 'indian', asOf: '2024-10-22' },
        { value: 20, kind: 'serving', qualifier: 'approx', subject: 'indian', asOf: '2024-10-22' },
      ],
    },
    {
      url: 'https://scroll.in/article/nepali-recruits',
      publisher: 'Scroll',
      title: 'Nepali recruits',
      published: null,
      seen: '2025-02-01T00:00:00.000Z',
      figures: [
        {
          value: 200,
          kind: 'recruited_total',
          qualifier: 'at_least',
          subject: 'other_nationality',
          asOf: null,
        },
      ],
    },
  ],
};

beforeEach(() => {
  fakeBrowser.reset();
});

function expectNothingLost(migrated: unknown) {
  expect(sightingsDataProblem(migrated)).toBeNull();
  const data = migrated as SightingsData;
  expect(data.pages).toHaveLength(V1.pages.length);
  for (const old of V1.pages) {
    const page = data.pages.find((p) => p.url === old.url);
    expect(page, old.url).toBeDefined();
    expect(page).toMatchObject({
      publisher: old.publisher,
      title: old.title,
      published: old.published,
      firstSeen: old.seen,
      lastSeen: old.seen,
    });
    expect(
      page?.figures.map(({ value, kind, qualifier, subject, asOf }) => ({
        value,
        kind,
        qualifier,
        subject,
        asOf,
      })),
    ).toEqual(old.figures);
  }
}

describe('sightings migration v1 → v2', () => {
  it('reads a version-1 value through the current item, losing nothing', async () => {
    await fakeBrowser.storage.local.set({ sightings: V1, sightings$: { v: 1 } });
    const item = defineSightingsItem();
    const value = await item.getValue();
    expectNothingLost(value);
    expect(await item.getMeta()).toEqual({ v: 4 });
    expect(value?.dropped).toBe(0);
    // Least recently seen first.
    expect(value?.pages.map((p) => p.publisher)).toEqual(['The Hindu', 'Scroll', 'Business Standard']);
  });

  it('gives each figure the verdict the record gave on the day it was seen', async () => {
    await fakeBrowser.storage.local.set({ sightings: V1, sightings$: { v: 1 } });
    const value = await defineSightingsItem().getValue();
    const bs = value?.pages.find((p) => p.publisher === 'Business Standard');
    expect(bs?.figures.map((f) => [f.value, f.verdict.status, f.verdict.reference])).toEqual([
      [44, 'confirmed', '2025-11-07-serving-44'],
      [127, 'confirmed', expect.stringContaining('2025-07')],
      [12, 'confirmed', expect.stringContaining('2025-01-17')],
    ]);
    const hindu = value?.pages.find((p) => p.publisher === 'The Hindu');
    expect(hindu?.figures.map((f) => f.verdict.status)).toEqual(['confirmed', 'confirmed']);
    const scroll = value?.pages.find((p) => p.publisher === 'Scroll');
    expect(scroll?.figures[0]?.verdict).toMatchObject({ status: 'no_record', reference: null, newer: null });
  });

  it('migrates a version-1 value stored without metadata (version 1 is the default)', async () => {
    await fakeBrowser.storage.local.set({ sightings: V1 });
    const value = await defineSightingsItem().getValue();
    expectNothingLost(value);
  });

  it('survives a simulated update: the store goes on recording after the migration', async () => {
    await fakeBrowser.storage.local.set({ sightings: V1, sightings$: { v: 1 } });
    // The background starts after the update and defines the item, which migrates it.
    const store = createSightingsStore({ now: () => new Date('2025-12-01T00:00:00.000Z') });
    expect(await store.record(pageResult({ url: 'https://www.ndtv.com/new-article' }))).toEqual({ ok: true });
    const read = await store.read();
    if (!read.ok) throw new Error(read.error);
    expect(read.data.pages).toHaveLength(V1.pages.length + 1);
    expectNothingLost({ ...read.data, pages: read.data.pages.slice(0, V1.pages.length) });
    expect(read.data.pages.at(-1)?.url).toBe('https://www.ndtv.com/new-article');
  });

  it('keeps what it can of damaged version-1 entries and counts what it cannot read', () => {
    const migrated = migrateTo(2, {
      pages: [
        {
          url: 'https://a.in/x#frag',
          seen: 'yesterday',
          figures: [{ value: 5, kind: 'killed' }, { value: 'x' }],
        },
        { url: 'https://a.in/x', seen: '2025-01-02T00:00:00.000Z', title: 'Later', figures: [] },
        { publisher: 'no url' },
        'not a page',
      ],
    });
    expect(sightingsDataProblem(migrated)).toBeNull();
    expect(migrated.dropped).toBe(2);
    expect(migrated.pages).toHaveLength(1);
    expect(migrated.pages[0]).toMatchObject({
      url: 'https://a.in/x',
      title: 'Later',
      firstSeen: '1970-01-01T00:00:00.000Z',
      lastSeen: '2025-01-02T00:00:00.000Z',
    });
  });

  it('leaves version-2 pages as they are (a value written without its version)', () => {
    const v2 = migrateTo(2, V1);
    expect(migrateTo(2, v2)).toEqual(v2);
  });

  it('leaves an unreadable value untouched, and the store refuses to write over it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ sightings: { entries: 'corrupt' }, sightings$: { v: 1 } });
    const store = createSightingsStore();
    const r = await store.record(pageResult());
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/Migration failed/), expect.anything());
    expect(r).toMatchObject({
      ok: false,
      error:
        'The stored sightings are schema version 1 and were not migrated to version 4; they were left unchanged.',
    });
    expect(await fakeBrowser.storage.local.get(['sightings', 'sightings$'])).toEqual({
      sightings: { entries: 'corrupt' },
      sightings$: { v: 1 },
    });
    error.mockRestore();
  });
});

describe('sightings migration v2 → v3', () => {
  const V2_PAGE = {
    url: 'https://www.thehindu.com/news/national/remains-of-10-repatriated.ece',
    publisher: 'The Hindu',
    title: 'Remains of 10 repatriated',
    published: '2025-12-19',
    firstSeen: '2025-12-19T08:00:00.000Z',
    lastSeen: '2025-12-20T08:00:00.000Z',
    figures: [
      {
        value: 26,
        kind: 'killed',
        qualifier: 'exact',
        subject: 'indian',
        asOf: '2025-12-18',
        status: 'confirmed',
        referenceId: '2025-12-18-killed-26',
        previousId: '2025-02-07-killed-12',
        newerId: null,
      },
      {
        value: 10,
        kind: 'other',
        qualifier: 'exact',
        subject: 'indian',
        asOf: '2025-12-18',
        status: 'confirmed',
        referenceId: '2025-12-18-remains_repatriated-10',
        previousId: '2025-02-07-remains_repatriated-7',
        newerId: null,
      },
    ],
  };

  it('gives every figure its sub-label, scope and currency, losing nothing', () => {
    const value = migrateTo(3, { pages: [V2_PAGE], dropped: 4 });
    expect(value.dropped).toBe(4);
    expect(value.pages[0]?.figures).toEqual([
      {
        ...V2_PAGE.figures[0],
        high: null,
        incremental: false,
        tag: null,
        scope: 'national',
        attribution: null,
        currency: 'current',
        latestId: '2025-12-18-killed-26',
      },
      {
        ...V2_PAGE.figures[1],
        high: null,
        incremental: false,
        tag: 'remains_repatriated',
        scope: 'national',
        attribution: null,
        currency: 'current',
        latestId: '2025-12-18-remains_repatriated-10',
      },
    ]);
  });

  it('reads the sub-label and the count of new cases from the records the verdict named', () => {
    const incremental = {
      ...V2_PAGE.figures[0],
      value: 2,
      referenceId: '2024-06-11-killed-2',
      previousId: null,
    };
    const value = migrateTo(3, { pages: [{ ...V2_PAGE, figures: [incremental] }], dropped: 0 });
    expect(value.pages[0]?.figures[0]).toMatchObject({ incremental: true, tag: null });
  });

  it('takes a stored version-2 value on to this version, through version 3', async () => {
    await fakeBrowser.storage.local.set({
      sightings: { pages: [V2_PAGE], dropped: 4 },
      sightings$: { v: 2 },
    });
    const item = defineSightingsItem();
    const value = await item.getValue();
    expect(await item.getMeta()).toEqual({ v: 4 });
    expect(sightingsDataProblem(value)).toBeNull();
    expect(value?.dropped).toBe(4);
    expect(
      value?.pages[0]?.figures.map((f) => [f.value, f.tag, f.verdict.reference, f.verdict.latest]),
    ).toEqual([
      [26, null, '2025-12-18-killed-26', '2025-12-18-killed-26'],
      [10, 'remains_repatriated', '2025-12-18-remains_repatriated-10', '2025-12-18-remains_repatriated-10'],
    ]);
  });

  it('imports a file exported by version 2', async () => {
    const file = JSON.stringify({
      format: 'figures-factcheck-sightings',
      version: 2,
      dropped: 0,
      pages: [V2_PAGE],
    });
    const store = createSightingsStore();
    expect(await store.importJson(file)).toEqual({ ok: true, pages: 1 });
    const read = await store.read();
    if (!read.ok) throw new Error(read.error);
    expect(read.data.pages[0]?.figures[1]).toMatchObject({
      value: 10,
      tag: 'remains_repatriated',
      verdict: { status: 'confirmed', reference: '2025-12-18-remains_repatriated-10' },
    });
  });
});

describe('sightings migration v3 → v4', () => {
  const V3_FIGURE = {
    value: 44,
    kind: 'serving',
    qualifier: 'exact',
    subject: 'indian',
    asOf: '2025-11-08',
    status: 'confirmed',
    referenceId: '2025-11-07-serving-44',
    previousId: '2025-09-11-serving-27',
    newerId: '2025-12-18-awaiting_discharge-50',
    high: null,
    incremental: false,
    tag: null,
    scope: 'national',
    attribution: { speaker: 'Randhir Jaiswal, MEA spokesperson', venue: 'weekly briefing' },
    currency: 'superseded',
    latestId: '2025-12-18-awaiting_discharge-50',
  };
  /** "About two dozen" still serving in Jul 2024, when only a media report gave a figure. */
  const V3_MEDIA_FIGURE = {
    ...V3_FIGURE,
    value: 24,
    qualifier: 'approx',
    asOf: '2024-07-09',
    status: 'unconfirmed',
    referenceId: null,
    previousId: null,
    newerId: null,
    attribution: null,
    currency: 'superseded',
  };
  const V3_PAGE = {
    url: 'https://www.thehindu.com/news/national/44-indians-serving.ece',
    publisher: 'The Hindu',
    title: '44 Indians still serving',
    published: '2025-11-08',
    firstSeen: '2025-11-08T08:00:00.000Z',
    lastSeen: '2025-11-09T08:00:00.000Z',
    figures: [V3_FIGURE, V3_MEDIA_FIGURE],
  };

  it("gathers each figure's verdict in one object as the popup and the card read it, losing nothing", () => {
    const value = migrateTo(4, { pages: [V3_PAGE], dropped: 2 });
    expect(sightingsDataProblem(value)).toBeNull();
    expect(value.dropped).toBe(2);
    const [figure, media] = value.pages[0]?.figures ?? [];
    expect(figure).toEqual({
      value: 44,
      kind: 'serving',
      qualifier: 'exact',
      subject: 'indian',
      asOf: '2025-11-08',
      high: null,
      incremental: false,
      tag: null,
      scope: 'national',
      attribution: { speaker: 'Randhir Jaiswal, MEA spokesperson', venue: 'weekly briefing' },
      verdict: {
        status: 'confirmed',
        reference: '2025-11-07-serving-44',
        previous: '2025-09-11-serving-27',
        newer: '2025-12-18-awaiting_discharge-50',
        currency: 'superseded',
        latest: '2025-12-18-awaiting_discharge-50',
        // Version 3 kept no media report: the record's of the figure's time, as of the day last seen.
        media: '2025-11-07-serving-13',
      },
    });
    expect(media?.verdict).toMatchObject({ status: 'unconfirmed', media: '2024-07-09-serving-24' });
    // A value already in this version's shape is left as it is.
    expect(migrateTo(4, value)).toEqual(value);
  });

  it('migrates the stored value when the background starts after the update', async () => {
    await fakeBrowser.storage.local.set({
      sightings: { pages: [V3_PAGE], dropped: 0 },
      sightings$: { v: 3 },
    });
    const item = defineSightingsItem();
    const value = await item.getValue();
    expect(await item.getMeta()).toEqual({ v: 4 });
    expect(sightingsDataProblem(value)).toBeNull();
    expect(value?.pages[0]?.figures[0]?.verdict.reference).toBe('2025-11-07-serving-44');
  });

  it('imports a file exported by version 3', async () => {
    const file = JSON.stringify({
      format: 'figures-factcheck-sightings',
      version: 3,
      dropped: 0,
      pages: [V3_PAGE],
    });
    const store = createSightingsStore();
    expect(await store.importJson(file)).toEqual({ ok: true, pages: 1 });
    const read = await store.read();
    if (!read.ok) throw new Error(read.error);
    expect(read.data.pages[0]?.figures.map((f) => f.verdict.status)).toEqual(['confirmed', 'unconfirmed']);
  });

  it('refuses a version-3 file whose figures are damaged, writing nothing', async () => {
    const file = JSON.stringify({
      format: 'figures-factcheck-sightings',
      version: 3,
      dropped: 0,
      pages: [{ ...V3_PAGE, figures: [{ ...V3_FIGURE, status: 'debunked' }] }],
    });
    const store = createSightingsStore();
    const result = await store.importJson(file);
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toMatch(/verdict\.status: must be one of/);
    const read = await store.read();
    expect(read.ok && read.data.pages).toEqual([]);
  });
});
