// @vitest-environment happy-dom
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AlsoReported, SightingsContext, type SightingsReader } from '../../components/AlsoReported';
import { FigureItem } from '../../components/FigureItem';
import { setChosenCatalogue } from '../../components/i18n';
import { KindTimeline } from '../../components/KindTimeline';
import { PopupView } from '../../components/PopupView';
import type { TabResult } from '../../utils/background/tab-results';
import type { CheckedFigure } from '../../utils/contracts/checked-figure';
import type { FigureKind, PartialDate, Qualifier } from '../../utils/engine/figure-types';
import { REFERENCE_RECORDS } from '../../utils/record/records';
import { compareWithRecord } from '../../utils/record/verdicts';
import type { Sighting, SightingFigure, SightingsData } from '../../utils/storage/sightings/types';
import { hindiCatalogue } from './support/catalogues';
import { figure, recordsFor, sightingFigure } from './support/page-results';
import { useRenderTarget } from './support/render-target';
import { shownNote } from './support/shown-notes';

/**
 * The parts of the popup beside each figure: a kind's timeline (SVG with a table), "Also reported
 * elsewhere" from a fake sightings store, and "Why the figures differ" with the records' notes.
 */

function fig(
  value: number,
  kind: FigureKind,
  asOf: PartialDate,
  more: { qualifier?: Qualifier; tag?: string; subject?: 'indian' | 'other_nationality' } = {},
): CheckedFigure {
  const { qualifier = 'exact', tag, subject = 'indian' } = more;
  return figure({
    value,
    kind,
    qualifier,
    subject,
    asOf,
    text: `${value} ${kind}`,
    tag: tag ?? null,
    verdict: compareWithRecord(
      { value, kind, qualifier, subject, asOf, tag },
      REFERENCE_RECORDS,
      '2025-12-31',
    ),
  });
}

let container: HTMLElement;

useRenderTarget((c) => {
  container = c;
});

const show = (vnode: VNode) => act(() => render(vnode, container));
const $ = (s: string, root: ParentNode = container) => root.querySelector<HTMLElement>(s);
const $$ = (s: string, root: ParentNode = container) => Array.from(root.querySelectorAll<HTMLElement>(s));
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('KindTimeline', () => {
  it('draws the deaths reported, 2 to 26, with this page’s 12 of Jan 2025 marked', () => {
    show(<KindTimeline kind="killed" figures={[fig(12, 'killed', '2025-01')]} />);
    const svg = $('svg.tl-chart');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(
      'Killed: figures reported from 15 Mar 2024 to 18 Dec 2025, 2 to 26; this page: 12, Jan 2025',
    );
    const official = $$('circle.tl-official');
    const media = $$('circle.tl-media');
    expect(official.length).toBeGreaterThan(5);
    expect(media.length).toBeGreaterThan(0);
    // Every point has a tooltip naming value, date and who.
    expect(text($('title', official.at(-1)))).toBe(
      '26, 18 Dec 2025, Kirti Vardhan Singh, Minister of State for External Affairs',
    );
    expect(text($('title', media[0]))).toMatch(/, media report: /);
    const marks = $$('path.tl-mark');
    expect(marks).toHaveLength(1);
    expect(text($('title', marks[0]))).toBe('This page: 12, Jan 2025');
    // Higher values sit higher: 26 above 2.
    const cy = (c: HTMLElement) => Number(c.getAttribute('cy'));
    expect(cy(official.at(-1) as HTMLElement)).toBeLessThan(cy(official[0] as HTMLElement));
    // Incremental records ("2 more killed") are not drawn.
    expect(official.length + media.length).toBe(
      REFERENCE_RECORDS.filter((r) => r.kind === 'killed' && !r.incremental).length,
    );
  });

  it('has a table alternative: date, figure, who, with this page’s row', () => {
    show(<KindTimeline kind="recruited_total" figures={[fig(127, 'recruited_total', '2025-07')]} />);
    const details = $('details.tl-table');
    expect(text($('summary', details ?? undefined))).toBe('Show as table');
    expect($$('th').map(text)).toEqual(['Date', 'Figure', 'Reported by']);
    const rows = $$('tbody tr').map((tr) => $$('td', tr).map(text));
    expect(rows.find((r) => r[1] === '91')?.[0]).toBe('9 Aug 2024');
    expect(rows.at(-1)?.[1]).toBe('202');
    expect($$('tbody tr.tl-row-page').map((tr) => $$('td', tr).map(text))).toEqual([
      ['Jul 2025', '127', 'This page'],
    ]);
    expect(text($('caption'))).toMatch(/^Recruited in all: figures reported from /);
  });

  it('leaves unmarked a figure about another nationality, and draws `other` counts by their tag', () => {
    show(
      <KindTimeline
        kind="serving"
        figures={[fig(500, 'serving', '2025-07', { subject: 'other_nationality' })]}
      />,
    );
    expect($$('svg.tl-chart')).toHaveLength(1);
    expect($('path.tl-mark')).toBeNull();
    show(
      <KindTimeline
        kind="other"
        figures={[fig(10, 'other', '2025-12-18', { tag: 'remains_repatriated' })]}
      />,
    );
    expect($('.timeline')?.dataset.tag).toBe('remains_repatriated');
    expect($$('circle.tl-point')).toHaveLength(4);
    expect($('svg')?.getAttribute('aria-label')).toMatch(/^Related counts \(remains repatriated\): /);
    // An `other` count without a sub-label has nothing to be drawn against.
    show(<KindTimeline kind="other" figures={[fig(17, 'other', '2025-11-08')]} />);
    expect($('.timeline')).toBeNull();
  });

  it('writes large values with lakh and crore on its axis, in the language in use, with room for them', () => {
    // A made-up series in crores, to see the axis (the record's own values stay in the hundreds).
    const base = REFERENCE_RECORDS.find((r) => r.kind === 'killed' && r.official && !r.incremental);
    if (!base) throw new Error('no killed record');
    const records = [
      { ...base, id: 'big-1', date: '2025-01-10', value: 150_000 },
      { ...base, id: 'big-2', date: '2025-06-10', value: 25_000_000 },
    ];
    const axis = () => $$('.tl-grid > g > text[text-anchor="end"]').map(text);
    const gridStart = () => Number($('.tl-grid line')?.getAttribute('x1'));
    show(<KindTimeline kind="killed" figures={[]} records={records} />);
    expect(axis()).toEqual(['0', '1 crore', '2 crore', '3 crore']);
    expect(gridStart()).toBeGreaterThan(34);
    expect($$('tbody td').map(text)).toContain('2,50,00,000');
    setChosenCatalogue(hindiCatalogue());
    show(<KindTimeline kind="killed" figures={[]} records={records} />);
    expect(axis()).toEqual(['0', '1 करोड़', '2 करोड़', '3 करोड़']);
    expect($$('tbody td').map(text)).toContain('2,50,00,000');
    expect($$('tbody td').map(text)).toContain('10 जनवरी 2025');
    // Small values keep the usual margin.
    setChosenCatalogue(null);
    show(<KindTimeline kind="killed" figures={[]} />);
    expect(gridStart()).toBe(34);
  });

  it('appears in each kind’s group of the popup', () => {
    const figures = [fig(127, 'recruited_total', '2025-07'), fig(12, 'killed', '2025-01')];
    show(<PopupView state={{ kind: 'result', tabId: 1, result: tabResult(figures) }} />);
    expect($$('section.group .timeline').map((el) => el.dataset.kind)).toEqual(['recruited_total', 'killed']);
  });
});

// ---------------------------------------------------------------------------------------------------

function tabResult(figures: CheckedFigure[]): TabResult {
  return {
    tabId: 1,
    receivedAt: '2025-11-08T10:00:00.000Z',
    url: 'https://www.business-standard.com/a.html#top',
    canonicalUrl: null,
    title: 'A',
    publisher: 'Business Standard',
    published: '2025-11-08',
    relevant: true,
    score: 1,
    truncated: false,
    figures,
    records: recordsFor(figures),
  };
}

function sf(
  value: number,
  kind: FigureKind,
  more: Parameters<typeof sightingFigure>[0] = {},
): SightingFigure {
  return sightingFigure({ value, kind, asOf: '2025-07', ...more });
}

function page(url: string, publisher: string, published: PartialDate, figures: SightingFigure[]): Sighting {
  return {
    url,
    publisher,
    title: `${publisher} story`,
    published,
    figures,
    firstSeen: '2025-12-01T00:00:00.000Z',
    lastSeen: '2025-12-01T00:00:00.000Z',
  };
}

const SIGHTINGS: SightingsData = {
  dropped: 0,
  pages: [
    page('https://www.business-standard.com/a.html', 'Business Standard', '2025-11-08', [
      sf(127, 'recruited_total'),
    ]),
    page('https://www.thehindu.com/x.html', 'The Hindu', '2025-01-18', [
      sf(12, 'killed', { asOf: '2025-01-17' }),
    ]),
    page('https://www.ndtv.com/y.html', 'NDTV', '2025-12-19', [
      sf(26, 'killed', { asOf: '2025-12-18' }),
      sf(26, 'killed', { asOf: '2025-12-18' }),
      sf(202, 'recruited_total', { asOf: '2025-12-18' }),
      sf(40, 'killed', { subject: 'other_nationality' }),
    ]),
    page('javascript:alert(1)', 'Bad', '2025-06-01', [sf(9, 'killed')]),
    page('https://www.indiatoday.in/z.html', 'India Today', '2025-12-18', [
      sf(10, 'other', {
        verdict: { reference: '2025-12-18-remains_repatriated-10' },
        tag: 'remains_repatriated',
      }),
      sf(18, 'other', {
        verdict: { reference: '2025-12-18-dna_samples_shared-18' },
        tag: 'dna_samples_shared',
      }),
    ]),
  ],
};

function fakeStore(result: Awaited<ReturnType<SightingsReader['read']>>) {
  return { read: vi.fn(async () => result) };
}

describe('what "Also reported elsewhere" lists', () => {
  const here = 'https://www.business-standard.com/a.html';

  /** The items shown beside this page's figure of `kind` (with `tag`): publisher, value and date. */
  async function listed(data: SightingsData, kind: FigureKind, tag?: string) {
    const store = fakeStore({ ok: true, data });
    show(
      <AlsoReported
        kind={kind}
        figures={[fig(1, kind, '2025-07', { tag })]}
        page={{ url: here, canonicalUrl: null }}
        sightings={store}
      />,
    );
    await vi.waitFor(() => expect(store.read).toHaveBeenCalledTimes(1));
    // The read settles within the task; the render it asks for is flushed by act.
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    return $$('li.also-item').map((li) => [
      li.querySelector('.also-body > :first-child')?.firstChild?.textContent,
      Number(li.dataset.value),
      text($('.also-date', li)),
    ]);
  }

  it('lists the kind’s figures from other pages, newest first, one per page and value', async () => {
    expect(await listed(SIGHTINGS, 'killed')).toEqual([
      ['NDTV', 26, '19 Dec 2025, as of 18 Dec 2025'],
      ['Bad', 9, '1 Jun 2025, as of Jul 2025'],
      ['The Hindu', 12, '18 Jan 2025, as of 17 Jan 2025'],
    ]);
    // This page's own sighting is not "elsewhere".
    expect((await listed(SIGHTINGS, 'recruited_total')).map(([, value]) => value)).toEqual([202]);
    expect(await listed(SIGHTINGS, 'missing')).toEqual([]);
  });

  it('takes at most five, and `other` counts only with the same tag', async () => {
    const many: SightingsData = {
      dropped: 0,
      pages: Array.from({ length: 8 }, (_, i) =>
        page(`https://e.com/${i}`, `P${i}`, `2025-0${i + 1}-01`, [sf(i, 'serving')]),
      ),
    };
    expect((await listed(many, 'serving')).map(([publisher]) => publisher)).toEqual([
      'P7',
      'P6',
      'P5',
      'P4',
      'P3',
    ]);
    expect((await listed(SIGHTINGS, 'other', 'remains_repatriated')).map(([, value]) => value)).toEqual([10]);
    expect(await listed(SIGHTINGS, 'other')).toEqual([]);
  });

  it('names each page by its own site, whatever name it was stored with (an older sighting, an imported file)', async () => {
    const claimed: SightingsData = {
      dropped: 0,
      pages: [
        page('https://www.hindustantimes.com/a.html', 'Business Standard', '2025-11-09', [sf(44, 'serving')]),
        page('https://www.copycat.example/b.html', 'The Hindu', '2025-11-10', [sf(27, 'serving')]),
        page('https://www.paper.example/c.html', 'The Paper', '2025-11-11', [sf(13, 'serving')]),
      ],
    };
    expect((await listed(claimed, 'serving')).map(([publisher, value]) => [publisher, value])).toEqual([
      ['The Paper', 13],
      ['copycat.example', 27],
      ['Hindustan Times', 44],
    ]);
  });
});

describe('AlsoReported', () => {
  const figures = [fig(12, 'killed', '2025-01')];
  const thisPage = { url: 'https://www.business-standard.com/a.html#top', canonicalUrl: null };

  it('shows publisher (as a link), date and value from the store', async () => {
    const store = fakeStore({ ok: true, data: SIGHTINGS });
    show(<AlsoReported kind="killed" figures={figures} page={thisPage} sightings={store} />);
    await vi.waitFor(() => expect($('section.also')).not.toBeNull(), { timeout: 2000 });
    expect(text($('h4'))).toBe('Also reported elsewhere');
    const items = $$('li.also-item');
    expect(items.map((li) => li.dataset.value)).toEqual(['26', '9', '12']);
    const first = items[0] as HTMLElement;
    expect(text($('.also-value', first))).toBe('26');
    const link = $('a', first) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://www.ndtv.com/y.html');
    expect(link.rel).toBe('noopener noreferrer');
    expect(text(link)).toBe('NDTV (opens in a new tab)');
    expect(text($('.also-date', first))).toBe('19 Dec 2025, as of 18 Dec 2025');
    // A stored address that is not http(s) is not a link.
    expect($('a', items[1])).toBeNull();
    expect(text(items[1] ?? null)).toContain('Bad');
    expect(store.read).toHaveBeenCalledTimes(1);
  });

  it('renders nothing without other sightings, when the store fails, or without a store', async () => {
    const empty = fakeStore({ ok: true, data: { pages: [], dropped: 0 } });
    show(<AlsoReported kind="killed" figures={figures} page={thisPage} sightings={empty} />);
    await vi.waitFor(() => expect(empty.read).toHaveBeenCalled());
    await act(async () => undefined);
    expect(container.innerHTML).toBe('');
    const failing = fakeStore({ ok: false, error: 'quota' });
    show(<AlsoReported kind="killed" figures={figures} page={thisPage} sightings={failing} />);
    await vi.waitFor(() => expect(failing.read).toHaveBeenCalled());
    await act(async () => undefined);
    expect(container.innerHTML).toBe('');
    show(<AlsoReported kind="killed" figures={figures} page={thisPage} />);
    expect(container.innerHTML).toBe('');
  });

  it('reads the store of the context once for all the popup’s kinds', async () => {
    const store = fakeStore({ ok: true, data: SIGHTINGS });
    const result = tabResult([fig(127, 'recruited_total', '2025-07'), fig(12, 'killed', '2025-01')]);
    show(
      <SightingsContext.Provider value={store}>
        <PopupView state={{ kind: 'result', tabId: 1, result }} />
      </SightingsContext.Provider>,
    );
    await vi.waitFor(() => expect($$('section.also')).toHaveLength(2), { timeout: 2000 });
    expect($$('section.also').map((s) => s.dataset.kind)).toEqual(['recruited_total', 'killed']);
    expect(store.read).toHaveBeenCalledTimes(1);
  });
});

describe('Why the figures differ', () => {
  const RECRUITED_127 = fig(127, 'recruited_total', '2025-07');
  const KILLED_26 = fig(26, 'killed', '2025-12-19');

  it('says why in plain words, then shows the notes of the record and of the latest one, one click away', () => {
    show(
      <ul>
        <FigureItem figure={RECRUITED_127} records={recordsFor([RECRUITED_127])} recordEnd="2025-12-18" />
      </ul>,
    );
    const why = $('details.why') as HTMLDetailsElement;
    expect(why.open).toBe(false);
    expect(text($('summary', why))).toBe('Why the figures differ');
    expect(text($('.why-lead', why))).toBe(
      'Figures on this story change as men are discharged, killed or found, and as officials count again. This one was given for Jul 2025; officials have given 202 (18 Dec 2025) since.',
    );
    const notes = $$('.why-note', why);
    expect(notes.map((n) => n.dataset.record)).toEqual([
      '2025-07-recruited_total-127',
      '2025-12-18-recruited_total-202',
    ]);
    expect(text($('.why-label', notes[1]))).toBe('202, 18 Dec 2025');
    expect(text($('.why-text', notes[1]))).toBe('202 = 119 + 26 + 7 + 50.');
  });

  it('is absent when the figure is current, and drops the data’s markers', () => {
    show(
      <ul>
        <FigureItem figure={KILLED_26} records={recordsFor([KILLED_26])} recordEnd="2025-12-18" />
      </ul>,
    );
    expect($('details.why')).toBeNull();
    // A record's notes as shown, their markers and the engine's wording taken out.
    const base = REFERENCE_RECORDS.find((r) => r.id === '2025-12-18-recruited_total-202');
    if (!base) throw new Error('no record of 18 Dec 2025');
    const noteText = (notes: string) => shownNote({ ...base, notes });
    expect(noteText('[range 30-40] Reuters copy')).toBe('Reuters copy');
    expect(noteText('[incremental] [x] Two new deaths')).toBe('Two new deaths');
    // The wording kept for the extraction engine is not for readers.
    expect(noteText("Wording: 'Twelve Indian nationals have died', 'died in combat'.")).toBe('');
    expect(
      noteText(
        "Wording: '126 cases', 'at least 126' (The Hindu). 126 = 96 returned + 12 dead + 18 remaining.",
      ),
    ).toBe('126 = 96 returned + 12 dead + 18 remaining.');
    expect(noteText("Wording (Hindi): 'सेवाएं समाप्त' = 'services terminated'. HT flags the jump.")).toBe(
      'HT flags the jump.',
    );
  });
});

describe('a figure newer than the record in the popup', () => {
  const MEA = { speaker: 'Randhir Jaiswal, MEA spokesperson', venue: 'weekly briefing' };
  const newer: CheckedFigure = figure({
    ...fig(31, 'killed', '2026-03-12'),
    attribution: MEA,
    verdict: compareWithRecord(
      { value: 31, kind: 'killed', qualifier: 'exact', subject: 'indian', asOf: '2026-03-12' },
      REFERENCE_RECORDS,
      '2026-12-06',
    ),
  });
  const seen = (url: string, publisher: string) =>
    page(url, publisher, '2026-03-13', [
      sightingFigure({ value: 31, kind: 'killed', asOf: '2026-03-12', attribution: MEA }),
    ]);

  it('says where it was reported and who gave it, and that two outlets the reader read gave it', async () => {
    const store = fakeStore({
      ok: true,
      data: {
        dropped: 0,
        pages: [seen('https://www.ndtv.com/a', 'NDTV'), seen('https://www.thehindu.com/b', 'The Hindu')],
      },
    });
    const result = { ...tabResult([newer]), publisher: 'NDTV', published: '2026-03-13' };
    show(
      <SightingsContext.Provider value={store}>
        <PopupView state={{ kind: 'result', tabId: 1, result }} />
      </SightingsContext.Provider>,
    );
    await vi.waitFor(() => expect(text($('.answer-why'))).toContain('seen on 2 outlets'));
    expect(text($('.answer-why'))).toBe(
      'Newer than our record: reported by NDTV on 13 Mar 2026, attributed to Randhir Jaiswal, MEA spokesperson. (seen on 2 outlets)',
    );
    expect($('li.answer-item')?.dataset.standing).toBe('newer');
  });
});
