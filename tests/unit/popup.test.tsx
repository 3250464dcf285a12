// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storage } from '@wxt-dev/storage';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FigureItem } from '../../components/FigureItem';
import { t } from '../../components/i18n';
import { PopupApp } from '../../components/PopupApp';
import { PopupView } from '../../components/PopupView';
import { browserSource, type PopupState, type ResultSource } from '../../components/tab-result-source';
import messages from '../../public/_locales/en/messages.json';
import { type TabResult, tabResultKey } from '../../utils/background/tab-results';
import type { CheckedFigure } from '../../utils/contracts/checked-figure';
import { pageResultProblem } from '../../utils/contracts/messages';
import {
  FIGURE_KINDS,
  type FigureKind,
  type PartialDate,
  type Qualifier,
} from '../../utils/engine/figure-types';
import { recordSetWith } from '../../utils/record/record-set';
import { REFERENCE_RECORDS } from '../../utils/record/records';
import { STANDINGS } from '../../utils/record/standing';
import { compareWithRecord, type RecordRef, recordRef } from '../../utils/record/verdicts';
import { countText, dateText, valueText } from '../../utils/wording/figure-wording';
import { figure, recordsFor, verdict } from './support/page-results';
import { useRenderTarget } from './support/render-target';

/**
 * The popup and full view (components/), rendered with Preact into happy-dom: each state, the figures
 * grouped by kind with their references and newer figures, the English messages through a stand-in
 * for `browser.i18n.getMessage`, and the wording kept the same as the in-page card's.
 */

// ---------------------------------------------------------------------------------------------------
// browser.i18n.getMessage over public/_locales/en/messages.json, as Chrome does it: `$NAME$` becomes
// its placeholder's content (`$1` ...), then `$1` ... the substitutions, which are not scanned again.

const ROOT = join(import.meta.dirname, '..', '..');
const EN = messages as Record<
  string,
  {
    message: string;
    description?: string;
    placeholders?: Record<string, { content: string; example?: string }>;
  }
>;

// ---------------------------------------------------------------------------------------------------
// Figures: those of the seed-like page (ANI via Business Standard, 8 Nov 2025) and one of each other
// status, with verdicts from the real record as it stood at the end of 2025.

const TODAY = '2025-12-31';

function fig(
  value: number,
  kind: FigureKind,
  asOf: PartialDate,
  text: string,
  qualifier: Qualifier = 'exact',
  today = TODAY,
): CheckedFigure {
  const subject = 'indian';
  return figure({
    value,
    kind,
    qualifier,
    subject,
    asOf,
    text,
    verdict: compareWithRecord({ value, kind, qualifier, subject, asOf }, REFERENCE_RECORDS, today),
  });
}

const SEED_FIGURES: CheckedFigure[] = [
  fig(44, 'serving', '2025-11-08', '44 Indians are presently serving in the Russian army'),
  fig(127, 'recruited_total', '2025-07', '127 Indian nationals had been in the Russian armed forces'),
  fig(98, 'discharged', '2025-07', '98 were discontinued after persistent engagement between the'),
  fig(13, 'serving', '2025-07', '13 Indian nationals were still in the Russian armed forces'),
  fig(12, 'missing', '2025-07', '12 had been reported missing by the Russian side.'),
  fig(12, 'killed', '2025-01', '12 Indian nationals were killed'),
];
/** Confirmed by a media report only (IANS), no official figure that week. */
const MEDIA_FIGURE = fig(24, 'serving', '2024-07-09', 'about two dozen Indians still serving', 'approx');
const CONFLICT_FIGURE = fig(16, 'killed', '2025-02-07', '16 Indians had been killed');
const UNCONFIRMED_FIGURE = fig(35, 'awaiting_discharge', '2025-03', '35 are awaiting discharge');
/** An `other` count with no sub-label is compared with nothing. Markup in page text stays text. */
const NO_RECORD_FIGURE = fig(
  17,
  'other',
  '2025-11-08',
  '<img src=x onerror="alert(1)"> 17 agents & <b>touts</b>',
);

const ALL_FIGURES = [...SEED_FIGURES, MEDIA_FIGURE, CONFLICT_FIGURE, UNCONFIRMED_FIGURE, NO_RECORD_FIGURE];

function tabResult(more: Partial<TabResult> = {}): TabResult {
  const figures = more.figures ?? SEED_FIGURES;
  return {
    tabId: 7,
    receivedAt: '2025-11-08T10:00:00.000Z',
    url: 'https://www.business-standard.com/external-affairs/mea-urges-russia-to-release-44-indians.html',
    canonicalUrl: null,
    title: 'MEA urges Russia to release 44 Indians in army, calls to end practice',
    publisher: 'Business Standard',
    published: '2025-11-08',
    relevant: true,
    score: 1,
    truncated: false,
    figures,
    records: recordsFor(figures),
    ...more,
  };
}

// ---------------------------------------------------------------------------------------------------

let container: HTMLElement;

useRenderTarget((c) => {
  container = c;
});

function show(vnode: VNode): void {
  act(() => render(vnode, container));
}

const $ = (selector: string, root: ParentNode = container) => root.querySelector<HTMLElement>(selector);
const $$ = (selector: string, root: ParentNode = container) =>
  Array.from(root.querySelectorAll<HTMLElement>(selector));
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function figureItem(kind: FigureKind, value: number): HTMLElement {
  const el = $(`li.figure[data-kind="${kind}"][data-value="${value}"]`);
  if (!el) throw new Error(`no figure ${value} ${kind}`);
  return el;
}

const resultState = (result: TabResult = tabResult()): PopupState => ({ kind: 'result', tabId: 7, result });

// ---------------------------------------------------------------------------------------------------

describe('a topic page with figures', () => {
  it('is a valid stored result (the same check the popup makes)', () => {
    const { tabId: _t, receivedAt: _r, ...fields } = tabResult({ figures: ALL_FIGURES });
    expect(pageResultProblem({ type: 'factcheck:page-result', ...fields })).toBeNull();
  });

  it('answers first: how far the record runs, each figure of the page with whether it is current, the latest official figures', () => {
    show(<PopupView state={resultState()} />);
    expect(text($('h1'))).toBe('Figures fact-check');
    expect(text($('h2'))).toBe('6 figures on this page');
    expect($('[data-state="topic"]')?.getAttribute('aria-labelledby')).toBe($('h2')?.id);
    expect(text($('.page-title'))).toBe(
      'MEA urges Russia to release 44 Indians in army, calls to end practice',
    );
    expect(text($('.page-meta'))).toBe('Business Standard, 8 Nov 2025');
    expect(text($('.record-age'))).toBe('Official figures up to 18 Dec 2025.');
    // This page's figures, one line each: all six replaced since, none green.
    const answers = $$('li.answer-item');
    expect(answers.map((li) => li.dataset.currency)).toEqual(Array(6).fill('superseded'));
    expect(answers.map((li) => `${text($('.answer-head', li))} ${text($('.answer-why', li))}`)).toEqual([
      '↻ Out of date 44 still serving · 8 Nov 2025 Now 50 awaiting discharge, 18 Dec 2025.',
      '↻ Out of date 127 recruited in all · Jul 2025 Now 202 recruited in all, 18 Dec 2025.',
      '↻ Out of date 98 discharged or returned · Jul 2025 Now 119 discharged or returned, 18 Dec 2025.',
      '↻ Out of date 13 still serving · Jul 2025 Now 50 awaiting discharge, 18 Dec 2025.',
      '↻ Out of date 12 missing · Jul 2025 Now 7 missing, 18 Dec 2025.',
      '↻ Out of date 12 killed · Jan 2025 Now 26 killed, 18 Dec 2025.',
    ]);
    // The latest official figure of each kind, under the statement that gave them, and how they add up.
    const statements = $$('li.latest-statement');
    expect(statements).toHaveLength(1);
    expect(text($('.latest-who', statements[0]))).toBe(
      '18 Dec 2025 · Kirti Vardhan Singh, Minister of State for External Affairs · Rajya Sabha written reply',
    );
    expect($$('li.latest-item').map(text)).toEqual([
      '202 recruited in all',
      '50 awaiting discharge',
      '119 discharged or returned',
      '26 killed',
      '7 missing',
    ]);
    expect(text($('.adds-up'))).toBe('They add up: 50 + 119 + 26 + 7 = 202.');
    // The details fold below, closed in the popup, open in the full view.
    expect(($('details.details') as HTMLDetailsElement).open).toBe(false);
    show(<PopupView state={resultState()} full />);
    expect(($('details.details') as HTMLDetailsElement).open).toBe(true);
  });

  it('says a page newer than the record is so, and counts the figures the reader accepted', () => {
    const accepted = {
      ...(REFERENCE_RECORDS.find(
        (r) => r.id === '2025-12-18-killed-26',
      ) as (typeof REFERENCE_RECORDS)[number]),
      id: '2026-03-12-killed-31',
      date: '2026-03-12',
      value: 31,
      speaker: 'Randhir Jaiswal, MEA spokesperson',
      venue: 'weekly briefing',
    };
    show(
      <PopupView
        state={resultState(tabResult({ published: '2026-03-13' }))}
        records={recordSetWith([accepted])}
      />,
    );
    expect(text($('.record-age'))).toBe(
      'Official figures up to 18 Dec 2025; figures you accepted up to 12 Mar 2026. This page is newer than our record, which runs to 12 Mar 2026: its figures cannot be confirmed by it, which does not make them wrong.',
    );
    const statements = $$('li.latest-statement');
    expect(
      statements.map((li) => [text($('.latest-who', li)), ...$$('li.latest-item', li).map(text)]),
    ).toEqual([
      [
        '18 Dec 2025 · Kirti Vardhan Singh, Minister of State for External Affairs · Rajya Sabha written reply',
        '202 recruited in all',
        '50 awaiting discharge',
        '119 discharged or returned',
        '7 missing',
      ],
      [
        '12 Mar 2026 · Randhir Jaiswal, MEA spokesperson · weekly briefing · accepted by you from the pages you read',
        '31 killed',
      ],
    ]);
  });

  it('says "1 figure" for one', () => {
    show(<PopupView state={resultState(tabResult({ figures: [SEED_FIGURES[0] as CheckedFigure] }))} />);
    expect(text($('h2'))).toBe('1 figure on this page');
  });

  it('groups the figures by kind, in the fixed order, page order within a kind', () => {
    show(<PopupView state={resultState(tabResult({ figures: ALL_FIGURES }))} />);
    const groups = $$('section.group');
    expect(groups.map((g) => g.dataset.kind)).toEqual([
      'recruited_total',
      'serving',
      'awaiting_discharge',
      'discharged',
      'killed',
      'missing',
      'other',
    ]);
    expect(groups.map((g) => text($('h3', g)))).toEqual([
      'Recruited in all (1)',
      'Still serving (3)',
      'Awaiting discharge (1)',
      'Discharged or returned (1)',
      'Killed (2)',
      'Missing (1)',
      'Related counts (1)',
    ]);
    for (const g of groups) {
      expect(g.getAttribute('aria-labelledby')).toBe($('h3', g)?.id);
      expect($('ul.figures > li.figure', g)).not.toBeNull();
    }
    const serving = groups[1] as HTMLElement;
    expect($$('li.figure', serving).map((li) => li.dataset.value)).toEqual(['44', '13', '24']);
  });

  it('shows each figure in full: as written, whether it is current, how it compared with its own time, with sources', () => {
    show(<PopupView state={resultState(tabResult({ figures: ALL_FIGURES }))} />);
    const li = figureItem('recruited_total', 127);
    expect(text($('.value', li))).toBe('127 recruited in all');
    expect(text($('.as-of', li))).toBe('as of Jul 2025');
    expect(text($('blockquote.quote', li))).toBe(
      'As written in the article: “127 Indian nationals had been in the Russian armed forces …”',
    );
    // Its currency as a label, not colour alone; a superseded figure is never green.
    const pill = $('.pill', li);
    expect(pill?.dataset.standing).toBe('superseded');
    expect(text(pill)).toBe('↻ Out of date');
    expect($('.pill-symbol', li)?.getAttribute('aria-hidden')).toBe('true');
    expect(pill?.style.backgroundColor.toLowerCase()).toMatch(/^(#8a4b00|rgb\(138, 75, 0\))$/);
    expect(text($('.verdict', li))).toBe('Now 202 recruited in all, 18 Dec 2025, Rajya Sabha written reply.');
    expect(text($('.own-date', li))).toBe('It matched the official figure of Jul 2025 (127).');

    const latest = $('.ref-latest', li) as HTMLElement;
    expect(latest.dataset.value).toBe('202');
    expect(text($('.ref-head', latest))).toBe('Latest official figure: 202 recruited in all 18 Dec 2025');
    expect(text($('.ref-who', latest))).toBe('Kirti Vardhan Singh, Minister of State for External Affairs');
    expect($('.source a', latest)?.getAttribute('href')).toBe(
      'https://www.hindustantimes.com/india-news/26-indians-working-in-russian-military-killed-7-more-missing-says-centre-101766078193367.html',
    );
    const f = ALL_FIGURES[1] as CheckedFigure;
    const ref = $('.ref-reference', li) as HTMLElement;
    expect(text($('.ref-head', ref))).toBe('Official figure of its time: 127 recruited in all Jul 2025');
    expect(text($('.ref-where', ref))).toBe('Rajya Sabha reply, July 2025 (no primary record found)');
    const source = $('.source a', ref) as HTMLAnchorElement;
    expect(source.getAttribute('href')).toBe(recordsFor([f])[f.verdict.reference ?? '']?.source?.url);
    expect(source.target).toBe('_blank');
    expect(source.rel).toBe('noopener noreferrer');
    expect(text(source)).toBe('Source: Business Standard (ANI) (opens in a new tab)');
  });

  it('says when the latest figure is of the other way of counting the men still there', () => {
    show(<PopupView state={resultState()} />);
    const li = figureItem('serving', 44);
    expect(text($('.verdict', li))).toBe(
      'Now 50 awaiting discharge, 18 Dec 2025, Rajya Sabha written reply.',
    );
    expect(text($('.note', li))).toBe(
      'Compared with the figure of those awaiting discharge: it counts the same men as still serving.',
    );
  });

  it('marks a quote that stops mid-sentence', () => {
    show(<PopupView state={resultState()} />);
    expect(text($('.quote', figureItem('discharged', 98)))).toBe(
      'As written in the article: “98 were discontinued after persistent engagement between the …”',
    );
    expect(text($('.quote', figureItem('missing', 12)))).toBe(
      'As written in the article: “12 had been reported missing by the Russian side.”',
    );
  });

  it('shows a figure only the media gave below the official ones, never as the record', () => {
    show(<PopupView state={resultState(tabResult({ figures: ALL_FIGURES }))} />);
    expect(MEDIA_FIGURE.verdict.reference).toBeNull();
    const li = figureItem('serving', 24);
    expect(text($('.value', li))).toBe('about 24 still serving');
    expect(li.dataset.standing).not.toBe('differs');
    expect(text($('.media-note', li))).toBe(
      'A media report said about 24 (9 Jul 2024, IANS report on Modi-Putin dinner); not an official figure.',
    );
    expect($('.ref-reference', li)).toBeNull();
  });

  it('words a difference of its own time, no figure of its time, and no recorded kind plainly', () => {
    const differs = fig(16, 'killed', '2025-02-07', '16 Indians had been killed', 'exact', '2025-02-10');
    show(
      <PopupView
        state={resultState(tabResult({ figures: [differs, UNCONFIRMED_FIGURE, NO_RECORD_FIGURE] }))}
      />,
    );
    const conflict = figureItem('killed', 16);
    expect(text($('.pill', conflict))).toBe('! Differs from the record');
    expect(text($('.verdict', conflict))).toBe(
      'The official figure of that time: 12 killed, 7 Feb 2025, Lok Sabha written reply.',
    );

    const unconfirmed = figureItem('awaiting_discharge', 35);
    expect(text($('.pill', unconfirmed))).toBe('↻ Out of date');
    expect(text($('.own-date', unconfirmed))).toBe('No official figure of Mar 2025 to compare it with.');

    const none = figureItem('other', 17);
    expect(text($('.pill', none))).toBe('? Not checked');
    expect(text($('.verdict', none))).toBe('No official figure of this kind is on record.');
    expect($('.ref', none)).toBeNull();
    // No analyst's words.
    const all = text(container);
    for (const word of ['unconfirmed', 'date not given', 'other count', 'no_record'])
      expect(all).not.toContain(word);
  });

  it('puts page text into the DOM as text, never as markup', () => {
    show(
      <PopupView
        state={resultState(
          tabResult({ title: '<script>alert(1)</script> Title', figures: [NO_RECORD_FIGURE] }),
        )}
      />,
    );
    expect($('img')).toBeNull();
    expect($('b')).toBeNull();
    expect($('script')).toBeNull();
    expect(text($('.quote'))).toContain('“<img src=x onerror="alert(1)"> 17 agents & <b>touts</b> …”');
    expect(text($('.page-title'))).toBe('<script>alert(1)</script> Title');
  });

  it('notes a page too long to read whole, and a topic page without figures', () => {
    show(<PopupView state={resultState(tabResult({ truncated: true }))} />);
    expect(text($('.note'))).toBe('A long page: only its start was read.');
    show(<PopupView state={resultState(tabResult({ figures: [] }))} />);
    expect($('[data-state="no-figures"]')).not.toBeNull();
    expect(text($('h2'))).toBe('On the topic, no figures found');
    expect($('li.figure')).toBeNull();
    expect($$('li.latest-item')).toHaveLength(5);
  });

  it.each([
    ['on the topic, no figures in the part read', { figures: [] }, 'no-figures'],
    ['off the topic, as far as it was read', { relevant: false, figures: [] }, 'not-topic'],
  ])('says a page was read in part whatever it found: %s', (_, fields, state) => {
    show(<PopupView state={resultState(tabResult({ ...fields, truncated: true }))} />);
    expect($(`[data-state="${state}"]`)).not.toBeNull();
    expect(text($('.note'))).toBe('A long page: only its start was read.');
    show(<PopupView state={resultState(tabResult({ ...fields }))} />);
    expect($('.note')).toBeNull();
  });

  it('links the popup to the full view of its tab, which opens in a new tab', () => {
    const open = vi.fn();
    show(<PopupView state={resultState()} onOpenFullView={open} />);
    const link = $('a.full-view-link') as HTMLAnchorElement;
    expect(text(link)).toBe('Open full view (opens in a new tab)');
    expect(link.getAttribute('href')).toBe('popup.html?tabId=7');
    expect(link.target).toBe('_blank');
    act(() => link.click());
    expect(open).toHaveBeenCalledWith(7);
  });

  it('is wider and has no link to itself in the full view', () => {
    show(<PopupView state={resultState()} full />);
    expect($('.app')?.classList.contains('full')).toBe(true);
    expect($('a.full-view-link')).toBeNull();
    expect($$('li.figure')).toHaveLength(6);
  });
});

describe('the other states', () => {
  it('not about the topic: says so, names the page, lists nothing', () => {
    show(<PopupView state={resultState(tabResult({ relevant: false, score: 0.1, figures: [] }))} />);
    expect($('[data-state="not-topic"]')).not.toBeNull();
    expect(text($('h2'))).toBe('Not about the topic');
    expect(text($('[data-state="not-topic"] > p'))).toMatch(
      /^This page does not appear to be about Indian nationals/,
    );
    expect(text($('.page-title'))).toBe(
      'MEA urges Russia to release 44 Indians in army, calls to end practice',
    );
    expect($('li.figure')).toBeNull();
    expect($('ul.summary')).toBeNull();
    expect($('a.full-view-link')).not.toBeNull();
  });

  it('not checked yet: no result for the tab', () => {
    show(<PopupView state={{ kind: 'not_checked', tabId: 3 }} />);
    expect($('[data-state="not-checked"]')).not.toBeNull();
    expect(text($('h2'))).toBe('Not checked yet');
    expect(text($('[data-state="not-checked"] p'))).toMatch(/^There is no result for this tab\./);
    expect($('a.full-view-link')?.getAttribute('href')).toBe('popup.html?tabId=3');
  });

  it('error: says what failed, as an alert', () => {
    show(<PopupView state={{ kind: 'error', message: 'storage is unavailable' }} />);
    expect($('[data-state="error"]')).not.toBeNull();
    expect(text($('h2'))).toBe('Could not read the results');
    expect($('[role="alert"]')?.textContent).toBe('storage is unavailable');
    expect($('a.full-view-link')).toBeNull();
  });

  it('loading: a status message while the result is read', () => {
    show(<PopupView state={{ kind: 'loading' }} />);
    expect(text($('[role="status"]'))).toBe('Reading this tab’s results…');
    expect($('main')?.getAttribute('aria-busy')).toBe('true');
  });
});

describe('PopupApp: reading the tab and its result', () => {
  function source(more: Partial<ResultSource> = {}): ResultSource {
    return { tabId: async () => 7, read: async () => tabResult(), ...more };
  }
  const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });

  it('shows "loading", then the result', async () => {
    let resolve: (r: TabResult) => void = () => undefined;
    const pending = new Promise<TabResult>((r) => {
      resolve = r;
    });
    show(<PopupApp source={source({ read: () => pending })} />);
    expect($('[data-state="loading"]')).not.toBeNull();
    await act(async () => resolve(tabResult()));
    await until(() => expect($$('li.figure')).toHaveLength(6));
  });

  it('shows "not checked yet" when the tab has no result', async () => {
    show(<PopupApp source={source({ read: async () => null })} />);
    await until(() => expect($('[data-state="not-checked"]')).not.toBeNull());
  });

  it('shows the error when reading fails, or the tab cannot be found', async () => {
    show(
      <PopupApp
        source={source({
          read: async () => {
            throw new Error('Access to storage is not allowed from this context.');
          },
        })}
      />,
    );
    await until(() =>
      expect(text($('[role="alert"]'))).toBe('Access to storage is not allowed from this context.'),
    );
    show(
      <PopupApp
        source={source({
          tabId: async () => {
            throw new Error('No active tab was found.');
          },
        })}
      />,
    );
    await until(() => expect(text($('[role="alert"]'))).toBe('No active tab was found.'));
  });

  it('refuses a stored result that is not in the expected form', async () => {
    const broken = { ...tabResult(), figures: 'none' } as unknown as TabResult;
    show(<PopupApp source={source({ read: async () => broken })} />);
    await until(() =>
      expect(text($('[role="alert"]'))).toBe(
        'The stored result is not in the expected form (figures: must be an array).',
      ),
    );
  });

  it('follows the stored result as it changes', async () => {
    let current: TabResult | null = null;
    let changed: () => void = () => undefined;
    const unwatch = vi.fn();
    show(
      <PopupApp
        source={source({
          read: async () => current,
          watch: (_id, onChange) => {
            changed = onChange;
            return unwatch;
          },
        })}
      />,
    );
    await until(() => expect($('[data-state="not-checked"]')).not.toBeNull());
    current = tabResult();
    await act(async () => changed());
    await until(() => expect($$('li.figure')).toHaveLength(6));
    act(() => render(null, container));
    expect(unwatch).toHaveBeenCalledTimes(1);
  });
});

describe('browserSource: tabs and storage.session', () => {
  it('reads tab N of popup.html?tabId=N from storage.session, and follows its changes', async () => {
    await storage.setItem(tabResultKey(5), tabResult({ tabId: 5 }));
    show(<PopupApp source={browserSource('?tabId=5')} full />);
    await vi.waitFor(() => expect($$('li.figure')).toHaveLength(6), { timeout: 2000 });
    await act(async () => {
      await storage.setItem(tabResultKey(5), tabResult({ tabId: 5, figures: [MEDIA_FIGURE] }));
    });
    await vi.waitFor(() => expect(text($('h2'))).toBe('1 figure on this page'), { timeout: 2000 });
    await act(async () => {
      await storage.removeItem(tabResultKey(5));
    });
    await vi.waitFor(() => expect($('[data-state="not-checked"]')).not.toBeNull(), { timeout: 2000 });
  });

  it('uses the active tab of the current window in the popup', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.thehindu.com/news/a.html' });
    const id = tab.id as number;
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
    await storage.setItem(tabResultKey(id), tabResult({ tabId: id, relevant: false, figures: [] }));
    show(<PopupApp source={browserSource('')} />);
    await vi.waitFor(() => expect($('[data-state="not-topic"]')).not.toBeNull(), { timeout: 2000 });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect($('a.full-view-link')?.getAttribute('href')).toBe(`popup.html?tabId=${id}`);
  });

  it.each<[string, number | string | null]>([
    // No tab id: the active tab's.
    ['', null],
    ['?tabId=12', 12],
    ['?tabId=abc', 'The address names no valid tab (abc).'],
    ['?tabId=-1', 'The address names no valid tab (-1).'],
    ['?tabId=99999999999', 'The address names no valid tab (99999999999).'],
  ])('takes the tab of %j', async (search, expected) => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.thehindu.com/news/a.html' });
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
    const tabId = browserSource(search).tabId();
    if (typeof expected === 'string') await expect(tabId).rejects.toThrow(expected);
    else await expect(tabId).resolves.toBe(expected ?? tab.id);
    expect(query).toHaveBeenCalledTimes(expected === null ? 1 : 0);
  });

  it('shows an address with a bad tab id as an error', async () => {
    show(<PopupApp source={browserSource('?tabId=abc')} full />);
    await vi.waitFor(() => expect(text($('[role="alert"]'))).toBe('The address names no valid tab (abc).'), {
      timeout: 2000,
    });
  });
});

describe('strings', () => {
  it('come from messages.json through browser.i18n, and fall back to the key without it', () => {
    expect(t('openFullView')).toBe('Open full view');
    expect(t('figuresOnPageMany', '6')).toBe('6 figures on this page');
    vi.restoreAllMocks(); // fakeBrowser's own getMessage throws "not implemented"
    expect(t('openFullView')).toBe('openFullView');
  });

  it('messages.json is what Chrome accepts: names, placeholders, $1 ... in order', () => {
    for (const [key, entry] of Object.entries(EN)) {
      expect(key, 'message name').toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message, key).toBeTypeOf('string');
      expect(entry.description, key).toBeTypeOf('string');
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) =>
        (m[1] as string).toLowerCase(),
      );
      const declared = Object.keys(entry.placeholders ?? {});
      expect(new Set(used), `${key}: placeholders used`).toEqual(new Set(declared));
      expect(
        declared.map((name) => entry.placeholders?.[name]?.content),
        `${key}: placeholder contents`,
      ).toEqual(declared.map((_, i) => `$${i + 1}`));
    }
    expect(new Set(Object.keys(EN).map((k) => k.toLowerCase())).size, 'names unique ignoring case').toBe(
      Object.keys(EN).length,
    );
  });

  it('are all used: by the components, the shared wording, or the manifest', () => {
    // Every component and entry point (popup, options ...), the wording and badge in utils/, and the
    // manifest's config.
    const sources = [
      ...readdirSync(join(ROOT, 'utils'), { recursive: true, encoding: 'utf8' }).map((f) => `utils/${f}`),
      ...readdirSync(join(ROOT, 'components'), { recursive: true, encoding: 'utf8' }).map(
        (f) => `components/${f}`,
      ),
      ...readdirSync(join(ROOT, 'entrypoints'), { recursive: true, encoding: 'utf8' }).map(
        (f) => `entrypoints/${f}`,
      ),
      'wxt.config.ts',
    ].filter((f) => /\.tsx?$/.test(f));
    const code = sources.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    // Keys built at run time: `status_${s}`, `kindHeading_${k}`, `recordLabel_${relation}`,
    // `copyStatus_${status}` ...
    const built =
      /^(kindHeading_|kind_|standing_|badgePart_|qualifier_|subject_|recordLabel_|tag_|copyStatus_|copyCurrency_)/;
    const unused = Object.keys(EN).filter(
      (k) => !built.test(k) && !code.includes(`'${k}'`) && !code.includes(`__MSG_${k}__`),
    );
    expect(unused).toEqual([]);
  });
});

describe('wording', () => {
  it('dates, values and counts keep their qualifier', () => {
    expect(dateText(t, null)).toBe('undated');
    expect(dateText(t, '2025-11-08')).toBe('8 Nov 2025');
    expect(dateText(t, '2025-07')).toBe('Jul 2025');
    expect(valueText(t, 44, 'at_least')).toBe('at least 44');
    expect(valueText(t, 20, 'approx')).toBe('about 20');
    expect(valueText(t, 35, 'exact', 40)).toBe('35–40');
    expect(countText(t, { value: 44, qualifier: 'at_least', kind: 'serving' })).toBe(
      'at least 44 still serving',
    );
    expect(countText(t, { value: 10, qualifier: 'exact', kind: 'other', tag: 'remains_repatriated' })).toBe(
      '10 remains repatriated',
    );
  });

  it('records: their parts, official and media-only', () => {
    const refs: RecordRef[] = REFERENCE_RECORDS.map(recordRef);
    expect(refs.some((r) => !r.official)).toBe(true);
    for (const r of refs) {
      // A figure whose verdict names the record as that of its time, and no latest one.
      const f = figure({
        verdict: verdict({ status: 'confirmed', reference: r, previous: null, newer: null, latest: null }),
      });
      show(
        <ul>
          <FigureItem figure={f} records={recordsFor([f])} recordEnd="2025-12-18" />
        </ul>,
      );
      const block = $('.ref-reference') as HTMLElement;
      expect(block, r.id).not.toBeNull();
      expect(text($('.ref-head', block))).toContain(dateText(t, r.date));
      if (r.official) expect(text($('.ref-who', block))).toBe(r.speaker.replace(/\s+/g, ' ').trim());
      else expect(text($('.tag', block))).toBe('media report');
      expect(text($('.ref-where', block))).toBe(r.venue.replace(/\s+/g, ' ').trim());
    }
  });

  it('has a label for every standing, a heading and a phrase for every kind', () => {
    for (const s of STANDINGS) expect(EN[`standing_${s}`], s).toBeDefined();
    for (const k of FIGURE_KINDS) {
      expect(EN[`kindHeading_${k}`], k).toBeDefined();
      expect(EN[`kind_${k}`], k).toBeDefined();
    }
  });
});
