import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addSighting, capSightings, sightingUrl } from '../../utils/storage/sightings/record';
import { createSightingsStore } from '../../utils/storage/sightings/store';
import { emptySightings, SIGHTINGS_CAP, type SightingsData } from '../../utils/storage/sightings/types';
import { sightingsDataProblem } from '../../utils/storage/sightings/validate';
import { figureWith, pageResult } from './support/page-results';

/** A clock that moves on a minute each time it is read. */
function clock(start = '2025-11-08T10:00:00.000Z') {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 60_000;
    return d;
  };
}

const url = (i: number) => `https://www.thehindu.com/news/national/article-${i}.ece`;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('recording sightings', () => {
  it('records a page with its figures, verdicts and first and last seen', async () => {
    const store = createSightingsStore({ now: clock() });
    const r = await store.record(
      pageResult({ figures: [figureWith('confirmed'), figureWith('unconfirmed', 13)] }),
    );
    expect(r).toEqual({ ok: true });
    const read = await store.read();
    expect(read.ok && read.data).toEqual({
      dropped: 0,
      pages: [
        {
          url: 'https://www.business-standard.com/news/india-presses-russia-to-free-44.html',
          publisher: 'Business Standard',
          title: 'India presses Russia to free 44 Indians',
          published: '2025-11-08',
          firstSeen: '2025-11-08T10:00:00.000Z',
          lastSeen: '2025-11-08T10:00:00.000Z',
          figures: [
            {
              value: 44,
              kind: 'serving',
              qualifier: 'exact',
              subject: 'indian',
              asOf: '2025-11-08',
              high: null,
              incremental: false,
              tag: null,
              scope: 'national',
              attribution: null,
              verdict: {
                status: 'confirmed',
                reference: '2025-11-07-serving-44',
                previous: null,
                newer: null,
                currency: 'current',
                latest: '2025-11-07-serving-44',
                media: null,
              },
            },
            {
              value: 13,
              kind: 'serving',
              qualifier: 'exact',
              subject: 'indian',
              asOf: '2025-03',
              high: null,
              incremental: false,
              tag: null,
              scope: 'national',
              attribution: null,
              verdict: {
                status: 'unconfirmed',
                reference: null,
                previous: '2025-11-07-serving-44',
                newer: null,
                currency: 'current',
                latest: '2025-11-07-serving-44',
                media: null,
              },
            },
          ],
        },
      ],
    });
    expect(await fakeBrowser.storage.local.get('sightings$')).toEqual({ sightings$: { v: 4 } });
  });

  it('dedupes by canonical URL without fragment: one entry, first seen kept, the rest updated', async () => {
    const store = createSightingsStore({ now: clock() });
    const canonicalUrl = 'https://www.ndtv.com/india-news/indians-in-russian-army-1234';
    await store.record(
      pageResult({ url: `${canonicalUrl}?utm_source=x`, canonicalUrl, title: 'First title' }),
    );
    await store.record(
      pageResult({ url: 'https://www.ndtv.com/amp/1234', canonicalUrl: `${canonicalUrl}#top` }),
    );
    await store.record(pageResult({ url: url(1) }));
    await store.record(
      pageResult({
        url: canonicalUrl,
        canonicalUrl: null,
        title: 'Updated title',
        figures: [figureWith('conflicts')],
      }),
    );
    const read = await store.read();
    if (!read.ok) throw new Error(read.error);
    expect(read.data.pages.map((p) => [p.url, p.title, p.firstSeen, p.lastSeen])).toEqual([
      [
        url(1),
        'India presses Russia to free 44 Indians',
        '2025-11-08T10:02:00.000Z',
        '2025-11-08T10:02:00.000Z',
      ],
      [canonicalUrl, 'Updated title', '2025-11-08T10:00:00.000Z', '2025-11-08T10:03:00.000Z'],
    ]);
    expect(read.data.pages[1]?.figures.map((f) => f.verdict.status)).toEqual(['conflicts']);
  });

  it("keeps a page that claims another site's article under its own address, beside that site's", async () => {
    const store = createSightingsStore({ now: clock() });
    const theirs = 'https://www.thehindu.com/news/national/44-indians.ece';
    await store.record(pageResult({ url: theirs, publisher: 'The Hindu', title: 'Their story' }));
    const mine = 'https://www.copycat.example/story/44';
    await store.record(
      pageResult({
        url: mine,
        canonicalUrl: theirs,
        publisher: 'The Hindu',
        title: 'A copy',
        figures: [figureWith('conflicts', 13)],
      }),
    );
    const read = await store.read();
    if (!read.ok) throw new Error(read.error);
    expect(read.data.pages.map((p) => [p.url, p.title, p.figures.map((f) => f.value)])).toEqual([
      [theirs, 'Their story', [44]],
      [mine, 'A copy', [13]],
    ]);
  });

  it('drops the least recently seen pages beyond the cap and counts them', async () => {
    const store = createSightingsStore({ now: clock(), cap: 3 });
    for (const i of [1, 2, 3]) await store.record(pageResult({ url: url(i) }));
    await store.record(pageResult({ url: url(1) })); // seen again: now the most recent
    await store.record(pageResult({ url: url(4) }));
    await store.record(pageResult({ url: url(5) }));
    const read = await store.read();
    if (!read.ok) throw new Error(read.error);
    expect(read.data.pages.map((p) => p.url)).toEqual([url(1), url(4), url(5)]);
    expect(read.data.dropped).toBe(2);
  });

  it(`holds ${SIGHTINGS_CAP} pages by default`, async () => {
    const now = clock('2025-01-01T00:00:00.000Z');
    let data: SightingsData = emptySightings();
    for (let i = 0; i < SIGHTINGS_CAP; i++)
      data = addSighting(data, pageResult({ url: url(i) }), now().toISOString());
    expect(data.pages).toHaveLength(SIGHTINGS_CAP);
    expect(sightingsDataProblem(data)).toBeNull();
    await fakeBrowser.storage.local.set({ sightings: data, sightings$: { v: 3 } });
    const store = createSightingsStore({ now });
    expect(await store.record(pageResult({ url: url(SIGHTINGS_CAP) }))).toEqual({ ok: true });
    const read = await store.read();
    if (!read.ok) throw new Error(read.error);
    expect(read.data.pages).toHaveLength(SIGHTINGS_CAP);
    expect(read.data.dropped).toBe(1);
    expect(read.data.pages[0]?.url).toBe(url(1));
    expect(read.data.pages.at(-1)?.url).toBe(url(SIGHTINGS_CAP));
  });

  it('capping keeps the order of the pages it keeps', () => {
    const page = (i: number, lastSeen: string) => ({
      ...addSighting(emptySightings(), pageResult({ url: url(i) }), lastSeen).pages[0],
    });
    const data = {
      dropped: 4,
      pages: [
        page(1, '2025-03-01T00:00:00Z'),
        page(2, '2025-01-01T00:00:00Z'),
        page(3, '2025-02-01T00:00:00Z'),
      ],
    } as SightingsData;
    expect(capSightings(data, 2)).toEqual({ dropped: 5, pages: [data.pages[0], data.pages[2]] });
    expect(capSightings(data, 3)).toBe(data);
  });

  it('records concurrent visits one at a time, losing none', async () => {
    const store = createSightingsStore({ now: clock() });
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => store.record(pageResult({ url: url(i) }))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const read = await store.read();
    expect(read.ok && read.data.pages.length).toBe(25);
  });

  it('keys pages by URL without the fragment', () => {
    expect(sightingUrl({ url: 'https://a.in/x?y=1#z', canonicalUrl: null })).toBe('https://a.in/x?y=1');
    expect(sightingUrl({ url: 'https://a.in/amp/x', canonicalUrl: 'https://a.in/x#c' })).toBe(
      'https://a.in/x',
    );
    // Another site's canonical address is not the page's.
    expect(sightingUrl({ url: 'https://b.in/x#z', canonicalUrl: 'https://a.in/x' })).toBe('https://b.in/x');
  });
});

describe('storage errors', () => {
  it('returns a full quota as an error and leaves the stored sightings as they were', async () => {
    const store = createSightingsStore({ now: clock() });
    await store.record(pageResult({ url: url(1) }));
    const before = await fakeBrowser.storage.local.get(null);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    const r = await store.record(pageResult({ url: url(2) }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(
      /^Could not save the sightings: the browser's storage for the extension is full/,
    );
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    // The next write works again.
    expect(await store.record(pageResult({ url: url(3) }))).toEqual({ ok: true });
  });

  it('returns a failed read as an error', async () => {
    const store = createSightingsStore();
    await store.read(); // lets the item's start-up migration check finish first
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    const r = await store.record(pageResult());
    expect(r).toMatchObject({ ok: false, error: 'Could not read the sightings: IO error' });
    vi.restoreAllMocks();
  });

  it('never writes over a stored value it cannot read', async () => {
    const broken = { pages: [{ url: 'https://a.in/x', what: 'is this' }], dropped: 0 };
    await fakeBrowser.storage.local.set({ sightings: broken, sightings$: { v: 3 } });
    const r = await createSightingsStore().record(pageResult());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/could not be read.*left unchanged/);
    expect((await fakeBrowser.storage.local.get('sightings')).sightings).toEqual(broken);
  });
});
