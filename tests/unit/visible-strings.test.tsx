// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SightingsContext, type SightingsReader } from '../../components/AlsoReported';
import { OptionsApp } from '../../components/OptionsApp';
import type { OptionsDeps } from '../../components/options-deps';
import { PopupView } from '../../components/PopupView';
import type { PopupState } from '../../components/tab-result-source';
import { badgeView } from '../../utils/background/badge';
import type { TabResult } from '../../utils/background/tab-results';
import type { CheckedFigure } from '../../utils/contracts/checked-figure';
import type { Attribution, FigureKind, PartialDate, Qualifier } from '../../utils/engine/figure-types';
import { createOverlay } from '../../utils/page/overlay';
import { recordSetWith } from '../../utils/record/record-set';
import { REFERENCE_RECORDS } from '../../utils/record/records';
import type { ReferenceRecord } from '../../utils/record/reference-record';
import { STANDINGS } from '../../utils/record/standing';
import { compareWithRecord } from '../../utils/record/verdicts';
import { createReaderRecordsStore, defineReaderRecordsItem } from '../../utils/storage/reader-records/store';
import { createSettingsStore } from '../../utils/storage/settings';
import type { SightingsData } from '../../utils/storage/sightings/types';
import { type Messages, venueOf } from '../../utils/wording/figure-wording';
import { keyCatalogue, outsideCatalogue } from './support/i18n-catalogue';
import { namedHosts } from './support/outlet-hosts';
import { badgeFigures, figure, recordsFor, sightingFigure } from './support/page-results';
import { click, renderSettled } from './support/render-target';
import { shownNote } from './support/shown-notes';

/**
 * Every string a reader sees comes from the message catalogue. The popup, the full view, the options
 * page, the in-page card and the toolbar tooltip are rendered with a stand-in catalogue that answers
 * each key with «key», its substitutions inside; outside «» a reader may see only numbers, symbols
 * and data (page titles, outlets, the record's speakers, venues and notes, site addresses). A Latin
 * letter anywhere else is English typed in the code.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const TODAY = '2026-12-06';
const MEA: Attribution = { speaker: 'Randhir Jaiswal, MEA spokesperson', venue: 'weekly briefing' };

function fig(
  value: number,
  kind: FigureKind,
  asOf: PartialDate,
  text: string,
  more: Partial<Omit<CheckedFigure, 'verdict'>> = {},
  qualifier: Qualifier = 'exact',
): CheckedFigure {
  const f = {
    value,
    kind,
    qualifier,
    subject: 'indian' as const,
    asOf,
    text,
    high: null,
    incremental: false,
    tag: null,
    scope: 'national' as const,
    attribution: null,
    ...more,
  };
  return figure({
    ...f,
    verdict: compareWithRecord(
      { ...f, tag: f.tag ?? undefined, high: f.high ?? undefined },
      REFERENCE_RECORDS,
      TODAY,
    ),
  });
}

/** One figure of each standing, qualifier and kind of headline the wording has. */
const FIGURES: CheckedFigure[] = [
  fig(44, 'serving', '2025-11-08', '44 Indians are presently serving in the Russian army'),
  fig(127, 'recruited_total', '2025-07', '127 Indian nationals had been in the Russian armed forces'),
  fig(98, 'discharged', '2025-07', '98 were discontinued after persistent engagement between the'),
  fig(12, 'missing', '2025-07', '12 had been reported missing by the Russian side.'),
  fig(16, 'killed', '2025-02-07', '16 Indians had been killed'),
  fig(26, 'killed', '2025-12-18', '26 have been killed'),
  fig(35, 'awaiting_discharge', '2025-03', 'at least 35 are awaiting discharge', {}, 'at_least'),
  fig(24, 'serving', '2024-07-09', 'about two dozen Indians still serving', {}, 'approx'),
  fig(50, 'serving', '2025-12', 'up to 50 remain', {}, 'at_most'),
  fig(35, 'serving', '2025-10', '35-40 still serve', { high: 40 }, 'at_least'),
  fig(31, 'killed', '2026-03-12', '31 Indians have been killed, the MEA said', { attribution: MEA }),
  fig(8, 'killed', '2025-11-08', 'eight from the district were killed', { scope: 'group' }),
  fig(60, 'serving', '2025-11-08', '60 Nepali nationals serve', { subject: 'other_nationality' }),
  fig(2, 'killed', '2025-11-08', 'two more were killed', { incremental: true }),
  fig(119, 'discharged', null, '119 have come back'),
  fig(10, 'other', '2025-11-08', '10 bodies were brought home', { tag: 'remains_repatriated' }),
  fig(12_500_000, 'other', '2025-11-08', 'Rs 1.25 crore was seized', { tag: 'cbi_cash_seized_inr' }),
  fig(17, 'other', '2025-11-08', '17 agents and touts'),
];

const PAGE_URL = 'https://www.ndtv.com/india-news/31-indians-killed-in-russia.html';

function tabResult(more: Partial<TabResult> = {}): TabResult {
  const figures = more.figures ?? FIGURES;
  return {
    tabId: 7,
    receivedAt: '2026-03-13T10:00:00.000Z',
    url: PAGE_URL,
    canonicalUrl: null,
    title: 'MEA says 31 Indians killed fighting for Russia',
    publisher: 'NDTV',
    published: '2026-03-13',
    relevant: true,
    score: 1,
    truncated: true,
    figures,
    records: recordsFor(figures),
    ...more,
  };
}

/** The figure the reader accepted from earlier pages: their own record, later than the shipped one. */
const ACCEPTED: ReferenceRecord = {
  ...(REFERENCE_RECORDS.find((r) => r.id === '2025-12-18-killed-26') as ReferenceRecord),
  id: '2026-03-12-killed-31',
  date: '2026-03-12',
  value: 31,
  speaker: MEA.speaker,
  venue: MEA.venue ?? '',
  local: true,
};

/** Other pages the reader read: the same kinds elsewhere, and a figure newer than the record on two outlets. */
const SIGHTINGS: SightingsData = {
  dropped: 3,
  pages: [
    ['https://www.thehindu.com/news/a.ece', 'The Hindu', 'Centre on Indians in Russian army'],
    ['https://indianexpress.com/article/b', 'The Indian Express', '31 killed, says MEA'],
  ].map(([url, publisher, title]) => ({
    url: url as string,
    publisher: publisher as string,
    title: title as string,
    published: '2026-03-13',
    firstSeen: '2026-03-13T00:00:00.000Z',
    lastSeen: '2026-03-13T00:00:00.000Z',
    figures: [
      sightingFigure({
        value: 30,
        kind: 'killed',
        asOf: '2026-03-12',
        attribution: MEA,
        verdict: { status: 'unconfirmed', reference: null },
      }),
      sightingFigure({
        value: 33,
        kind: 'serving',
        asOf: '2026-03-10',
        attribution: MEA,
        verdict: { status: 'unconfirmed', reference: null },
      }),
      sightingFigure({ value: 12, kind: 'missing', asOf: '2025-07' }),
    ],
  })),
};

/** What a reader may see that is data, not wording: longest first, so that none is cut by a shorter one. */
const DATA: string[] = [
  ...REFERENCE_RECORDS.flatMap((r) => [
    r.speaker,
    r.venue,
    venueOf(r),
    shownNote(r),
    ...r.sources.map((s) => s.publisher),
  ]),
  ...namedHosts().flat(),
  ...FIGURES.map((f) => f.text.trim()),
  ...Object.values(MEA),
  ...SIGHTINGS.pages.flatMap((p) => [p.publisher, p.title, new URL(p.url).hostname]),
  ...Object.values(tabResult()).filter((v): v is string => typeof v === 'string'),
  'factcheck-sightings-2026-03-13.json',
  // Each language of the language choice is named in its own language.
  'English',
]
  .filter((s) => s.trim() !== '')
  .sort((a, b) => b.length - a.length);

/**
 * Dates the browser writes through Intl in the catalogue's language (utils/wording/locale-format.ts):
 * with this stand-in catalogue, whose `htmlLang` names no language, that is English.
 */
const INTL_DATE = /\b(?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec) \d{4}\b/g;

/** A timeline axis's large values, lakh and crore as Intl writes them (`axisNumberIn`). */
const INTL_AXIS = /\b\d+(?:\.\d)?\u202f?\s?(?:lakh|crore|K)\b/g;

/** The Latin words left in `text` once the catalogue's strings, the data and Intl's dates are taken out. */
function english(text: string): string[] {
  let rest = outsideCatalogue(text);
  for (const d of DATA) rest = rest.split(d).join(' ');
  rest = rest.replace(INTL_DATE, ' ').replace(INTL_AXIS, ' ');
  return rest.match(/[A-Za-z]+/g) ?? [];
}

const ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'aria-valuetext'];

/** Every text node and every attribute a reader (or a screen reader) meets under `root`, with where it is. */
function visibleStrings(root: Node): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const visit = (node: Node, path: string) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (text.trim()) found.push([path, text]);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const el = node as Element;
    const here =
      node.nodeType === 1
        ? `${path} > ${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`
        : path;
    if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT') return;
    for (const name of ATTRIBUTES) {
      const value = node.nodeType === 1 ? el.getAttribute(name) : null;
      if (value) found.push([`${here}[${name}]`, value]);
    }
    if (node.nodeType === 1 && el.shadowRoot) visit(el.shadowRoot, `${here}::shadow`);
    for (const child of Array.from(node.childNodes)) visit(child, here);
  };
  visit(root, '');
  return found;
}

function expectNoEnglish(root: Node, what: string): void {
  const strings = visibleStrings(root);
  expect(strings.length, `${what}: something was rendered`).toBeGreaterThan(1);
  const typed = strings
    .map(([where, text]) => ({ where, text, words: english(text) }))
    .filter((s) => s.words.length > 0);
  expect(typed, `${what}: English outside the catalogue`).toEqual([]);
}

let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    keyCatalogue as typeof fakeBrowser.i18n.getMessage,
  );
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.restoreAllMocks();
});

const show = (vnode: VNode) => renderSettled(vnode, container);

const sightings: SightingsReader = { read: async () => ({ ok: true, data: SIGHTINGS }) };

describe('the popup and the full view', () => {
  it('word a topic page in full from the catalogue: answer, latest figures, each figure, timelines, notes', async () => {
    await createSettingsStore().update((s) => ({ ...s, disabledSites: ['ndtv.com'] }));
    const state: PopupState = { kind: 'result', tabId: 7, result: tabResult() };
    const records = recordSetWith([ACCEPTED]);
    for (const full of [false, true]) {
      await show(
        <SightingsContext.Provider value={sightings}>
          <PopupView state={state} full={full} records={records} today={TODAY} download={() => undefined} />
        </SightingsContext.Provider>,
      );
      expect(container.querySelectorAll('li.figure')).toHaveLength(FIGURES.length);
      expect(container.querySelector('.also-item'), 'also reported elsewhere').not.toBeNull();
      expect(container.querySelector('.page-controls'), 'the site turned off').not.toBeNull();
      for (const button of Array.from(container.querySelectorAll('.copy-source button')).slice(0, 2))
        await click(button);
      expectNoEnglish(container, full ? 'full view' : 'popup');
    }
  });

  it.each<[string, PopupState]>([
    ['loading', { kind: 'loading' }],
    ['an error', { kind: 'error', message: keyCatalogue('errorNoActiveTab') }],
    ['not checked', { kind: 'not_checked', tabId: 7 }],
    [
      'not about the topic',
      { kind: 'result', tabId: 7, result: tabResult({ relevant: false, figures: [] }) },
    ],
    ['no figures', { kind: 'result', tabId: 7, result: tabResult({ figures: [] }) }],
    ['one figure', { kind: 'result', tabId: 7, result: tabResult({ figures: FIGURES.slice(0, 1) }) }],
  ])('word %s from the catalogue', async (_, state) => {
    await show(<PopupView state={state} onCheckPage={async () => ({ ok: false, reason: 'failed' })} />);
    const check = container.querySelector('.check-page button');
    if (check) await click(check);
    expectNoEnglish(container, _);
  });
});

describe('the options page', () => {
  it('words every section from the catalogue, with candidates, accepted figures, notes and confirmations', async () => {
    await createSettingsStore().update((s) => ({ ...s, disabledSites: ['ndtv.com', 'thehindu.com'] }));
    const readerRecords = createReaderRecordsStore(defineReaderRecordsItem());
    const deps: OptionsDeps = {
      settings: createSettingsStore(),
      applyLanguage: async () => undefined,
      sightings: {
        read: async () => ({ ok: true, data: SIGHTINGS }),
        exportJson: async () => ({ ok: true, text: '{}' }),
        exportCsv: async () => ({
          ok: false,
          error: 'Could not read the sightings: x',
          words: { key: 'sightingsReadFailed', subs: ['x'] },
        }),
        importJson: async () => ({ ok: true, pages: 2 }),
      },
      clearSightings: async () => ({ ok: true }),
      enableEverySite: async () => ({ ok: false, reason: 'denied' }),
      disableEverySite: async () => ({ ok: true, on: false }),
      download: () => undefined,
      readerRecords: {
        ...readerRecords,
        read: async () => ({ ok: true, data: { records: [ACCEPTED], rejected: [] } }),
      },
    };
    await show(<OptionsApp deps={deps} />);
    expect(container.querySelectorAll('.candidate').length, 'candidates').toBeGreaterThan(0);
    expect(container.querySelector('.accepted-item'), 'accepted figures').not.toBeNull();
    await click(container.querySelector('#every-site'));
    expectNoEnglish(container, 'options');
    const buttons = () => Array.from(container.querySelectorAll('[data-section="data"] .actions button'));
    // Export CSV (refused, worded from the catalogue), then the confirmation before clearing.
    await click(buttons()[1]);
    expectNoEnglish(container, 'options, an export refused');
    // The failure's own words, not its English sentence inside the catalogue's message.
    expect(container.textContent).toContain('«exportFailed(«sightingsReadFailed(x)»)»');
    await click(buttons().find((b) => b.classList.contains('danger')));
    expect(container.querySelector('.confirm')).not.toBeNull();
    expectNoEnglish(container, 'options, confirming');
    await click(container.querySelector('.candidate .button.primary'));
    expectNoEnglish(container, 'options, a figure accepted');
  });
});

describe('the in-page card and the toolbar tooltip', () => {
  it('word each badge and its card from the catalogue', async () => {
    const m = keyCatalogue as Messages;
    const rect = { left: 10, right: 30, top: 10, bottom: 24, width: 20, height: 14 } as DOMRect;
    // Each figure's range reads as the figure is written in the page, which its badge's chip shows again.
    const rangeOf = (f: (typeof FIGURES)[number]) => {
      const node = document.createTextNode(String(f.value));
      return {
        collapsed: false,
        startContainer: node,
        startOffset: 0,
        endContainer: node,
        endOffset: node.length,
        getClientRects: () => [rect],
        toString: () => node.data,
      } as unknown as Range;
    };
    const overlay = createOverlay(
      document,
      window,
      badgeFigures(FIGURES, m),
      FIGURES.map((f) => [rangeOf(f)]),
      {
        messages: m,
        shippedEnd: '2025-12-18',
        readerEnd: '2026-03-12',
        outlet: 'NDTV',
        published: '2026-03-13',
      },
    );
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    const root = overlay.host.shadowRoot as ShadowRoot;
    const badges = Array.from(root.querySelectorAll('button.badge'));
    expect(badges).toHaveLength(FIGURES.length);
    for (const badge of badges) {
      badge.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      const card = root.querySelector('.card') as HTMLElement;
      await vi.waitFor(() => expect(card.hidden).toBe(false));
      expectNoEnglish(
        overlay.host,
        `card of ${badge.getAttribute('data-value')} ${badge.getAttribute('data-kind')}`,
      );
    }
    overlay.remove();
  });

  it('words the tooltip of every mix of standings from the catalogue', () => {
    const m = keyCatalogue as Messages;
    for (const truncated of [false, true])
      for (const standings of [[], ['current'], [...STANDINGS, ...STANDINGS]] as const) {
        const view = badgeView({ relevant: true, truncated, standings }, 'name', m);
        expect(english(view.title), view.title).toEqual([]);
      }
  });
});

describe('the pages', () => {
  it.each(['popup', 'options'])(
    '%s/index.html holds no text of its own: title and lang come from the catalogue in use',
    (name) => {
      const html = readFileSync(join(ROOT, 'entrypoints', name, 'index.html'), 'utf8');
      const text = html
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<[^>]*>/g, '')
        .trim();
      expect(text).toBe('');
      // The page takes the reader's language (components/apply-language.ts sets <html lang>), then its title.
      const main = readFileSync(join(ROOT, 'entrypoints', name, 'main.tsx'), 'utf8');
      expect(main).toMatch(/applyLanguage(Choice)?\(language\)/);
    },
  );
});
