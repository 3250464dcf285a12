// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storage } from '@wxt-dev/storage';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RecordBlock } from '../../components/FigureItem';
import { t } from '../../components/i18n';
import { PopupApp } from '../../components/PopupApp';
import { groupByKind, PopupView } from '../../components/PopupView';
import {
  browserSource,
  type PopupState,
  type ResultSource,
  tabIdParam,
} from '../../components/tab-result-source';
import { dateText, localizedVerdictLead, statusLabel } from '../../components/wording';
import messages from '../../public/_locales/en/messages.json';
import { BADGE_COLORS } from '../../utils/badge';
import { FIGURE_KINDS, type FigureKind, type PartialDate, type Qualifier } from '../../utils/figure-types';
import { type PageResultFigure, pageResultProblem } from '../../utils/messages';
import { REFERENCE_RECORDS } from '../../utils/reference/records';
import { type TabResult, tabResultKey } from '../../utils/tab-results';
import {
  verdictLead as cardVerdictLead,
  formatDate,
  KIND_LABELS,
  STATUS_LABELS,
} from '../../utils/verdict-text';
import { compareWithRecord, type RecordRef, recordRef, type Verdict } from '../../utils/verdicts';
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
): PageResultFigure {
  const subject = 'indian';
  return {
    value,
    kind,
    qualifier,
    subject,
    asOf,
    text,
    high: null,
    incremental: false,
    tag: null,
    scope: 'national',
    attribution: null,
    verdict: compareWithRecord({ value, kind, qualifier, subject, asOf }, REFERENCE_RECORDS, TODAY),
  };
}

const SEED_FIGURES: PageResultFigure[] = [
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
    figures: SEED_FIGURES,
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

  it('says how many figures, on which page, and counts them by status', () => {
    show(<PopupView state={resultState(tabResult({ figures: ALL_FIGURES }))} />);
    expect(text($('h1'))).toBe('Figures fact-check');
    expect(text($('h2'))).toBe('10 figures on this page');
    expect($('[data-state="topic"]')?.getAttribute('aria-labelledby')).toBe($('h2')?.id);
    expect(text($('.page-title'))).toBe(
      'MEA urges Russia to release 44 Indians in army, calls to end practice',
    );
    expect(text($('.page-meta'))).toBe('Business Standard, 8 Nov 2025');
    const summary = $('ul.summary');
    expect(summary?.getAttribute('aria-label')).toBe('Figures by status');
    // Most serious first, as the toolbar badge orders them.
    expect($$('li', summary ?? undefined).map(text)).toEqual([
      '! Differs from the record 1',
      '? No record for that time 1',
      '✓ Matches the record 7',
      '· No record of this kind 1',
    ]);
  });

  it('says "1 figure" for one', () => {
    show(<PopupView state={resultState(tabResult({ figures: [SEED_FIGURES[0] as PageResultFigure] }))} />);
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
      'Other counts (1)',
    ]);
    for (const g of groups) {
      // Each group is a labelled region holding a list of figures.
      expect(g.getAttribute('aria-labelledby')).toBe($('h3', g)?.id);
      expect($('ul.figures > li.figure', g)).not.toBeNull();
    }
    const serving = groups[1] as HTMLElement;
    expect($$('li.figure', serving).map((li) => li.dataset.value)).toEqual(['44', '13', '24']);
    expect($$('li.figure').map((li) => li.dataset.status)).toEqual(
      groupByKind(ALL_FIGURES).flatMap((g) => g.figures.map((f) => f.verdict.status)),
    );
  });

  it('shows each figure as written, its value, date and status, the record with its source, and the newer figure', () => {
    show(<PopupView state={resultState(tabResult({ figures: ALL_FIGURES }))} />);
    const li = figureItem('recruited_total', 127);
    expect(text($('.value', li))).toBe('127');
    expect(text($('.as-of', li))).toBe('as of Jul 2025');
    expect(text($('blockquote.quote', li))).toBe(
      'As written in the article: “127 Indian nationals had been in the Russian armed forces …”',
    );
    // The status as a label, not colour alone, in the toolbar badge's colour.
    const pill = $('.pill', li);
    expect(pill?.dataset.status).toBe('confirmed');
    expect(text(pill)).toBe('✓ Matches the record');
    expect($('.pill-symbol', li)?.getAttribute('aria-hidden')).toBe('true');
    expect(pill?.style.backgroundColor.toLowerCase()).toMatch(/^(#1e6b35|rgb\(30, 107, 53\))$/);

    const f = ALL_FIGURES[1] as PageResultFigure;
    expect(text($('.verdict', li))).toBe('The figure reported for Jul 2025 matches the record.');
    // The record compared with: value, date, who, where, source.
    const ref = $('.ref-reference', li) as HTMLElement;
    expect(ref.dataset.value).toBe('127');
    expect(text($('.ref-head', ref))).toBe('Record: 127 Jul 2025');
    expect(text($('.ref-who', ref))).toBe(
      'Kirti Vardhan Singh, Minister of State for External Affairs (as reported by ANI)',
    );
    expect(text($('.ref-where', ref))).toBe('Rajya Sabha reply, July 2025 (no primary record found)');
    expect($('.tag', ref)).toBeNull();
    const source = $('.source a', ref) as HTMLAnchorElement;
    expect(source.getAttribute('href')).toBe(f.verdict.reference?.source?.url);
    expect(source.target).toBe('_blank');
    expect(source.rel).toBe('noopener noreferrer');
    expect(text(source)).toBe('Source: Business Standard (ANI) (opens in a new tab)');

    const newer = $('.ref-newer', li) as HTMLElement;
    expect(newer.dataset.value).toBe('202');
    expect(text($('.ref-head', newer))).toBe('Since then: 202 18 Dec 2025');
    expect(text($('.ref-who', newer))).toBe('Kirti Vardhan Singh, Minister of State for External Affairs');
    expect(text($('.ref-where', newer))).toBe(
      'Rajya Sabha written reply (Q. by Saket Gokhale, TMC, and Randeep Singh Surjewala, Congress)',
    );
    expect($('.source a', newer)?.getAttribute('href')).toBe(
      'https://www.hindustantimes.com/india-news/26-indians-working-in-russian-military-killed-7-more-missing-says-centre-101766078193367.html',
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

  it('gives the newer figures of the seed-like page: 202 recruited, 44 serving, 119 discharged, 26 killed, 7 missing', () => {
    show(<PopupView state={resultState()} />);
    const newer = (kind: FigureKind, value: number) =>
      $('.ref-newer', figureItem(kind, value))?.dataset.value;
    expect(newer('recruited_total', 127)).toBe('202');
    expect(newer('serving', 13)).toBe('44');
    expect(newer('discharged', 98)).toBe('119');
    expect(newer('killed', 12)).toBe('26');
    expect(newer('missing', 12)).toBe('7');
    // 44 serving is the latest figure: nothing newer.
    expect($('.ref-newer', figureItem('serving', 44))).toBeNull();
    expect($$('li.figure').map((li) => li.dataset.status)).toEqual(Array(6).fill('confirmed'));
  });

  it('labels a figure only the media gave as a media report', () => {
    show(<PopupView state={resultState(tabResult({ figures: ALL_FIGURES }))} />);
    expect(MEDIA_FIGURE.verdict.reference?.official).toBe(false);
    const li = figureItem('serving', 24);
    expect(text($('.value', li))).toBe('about 24');
    const ref = $('.ref-reference', li) as HTMLElement;
    expect(ref.dataset.official).toBe('false');
    expect(text($('.ref-head', ref))).toBe('Record: about 24 9 Jul 2024 media report');
    expect(text($('.tag', ref))).toBe('media report');
    // A media report is named by the report, not by a speaker.
    expect($('.ref-who', ref)).toBeNull();
    expect(text($('.ref-where', ref))).toBe('IANS report on Modi-Putin dinner');
    // The newer figure is official: no label there.
    expect($('.ref-newer .tag', li)).toBeNull();
    expect($('.ref-newer', li)?.dataset.official).toBe('true');
  });

  it('words a difference, a figure without a record of its time and one of no recorded kind neutrally', () => {
    show(<PopupView state={resultState(tabResult({ figures: ALL_FIGURES }))} />);
    const conflict = figureItem('killed', 16);
    expect(text($('.pill', conflict))).toBe('! Differs from the record');
    expect(text($('.verdict', conflict))).toBe('The figure reported for 7 Feb 2025 was different.');
    expect(text($('.ref-reference .ref-head', conflict))).toBe('Record: 12 7 Feb 2025');
    expect($('.ref-newer', conflict)?.dataset.value).toBe('26');

    const unconfirmed = figureItem('awaiting_discharge', 35);
    expect(text($('.pill', unconfirmed))).toBe('? No record for that time');
    expect(text($('.verdict', unconfirmed))).toBe('No figure on record for Mar 2025.');
    expect($('.ref-reference', unconfirmed)).toBeNull();
    // The latest figure before, with its source.
    expect(text($('.ref-previous .ref-head', unconfirmed))).toBe('Earlier figure: 69 9 Aug 2024');
    expect($('.ref-previous .source a', unconfirmed)?.getAttribute('href')).toBe(
      UNCONFIRMED_FIGURE.verdict.previous?.source?.url,
    );

    const none = figureItem('other', 17);
    expect(text($('.pill', none))).toBe('· No record of this kind');
    expect(text($('.verdict', none))).toBe('No reported figure of this kind is on record.');
    expect($('.ref', none)).toBeNull();
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

  it.each([
    ['', { tabId: null }],
    ['?tabId=12', { tabId: 12 }],
    ['?tabId=abc', { error: 'The address names no valid tab (abc).' }],
    ['?tabId=-1', { error: 'The address names no valid tab (-1).' }],
    ['?tabId=99999999999', { error: 'The address names no valid tab (99999999999).' }],
  ])('reads the tab id of %j', (search, expected) => {
    expect(tabIdParam(search)).toEqual(expected);
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

  it('are all used: by the components, or by the manifest', () => {
    // Every component and entry point (popup, options ...), and the manifest's config.
    const sources = [
      ...readdirSync(join(ROOT, 'components'), { recursive: true, encoding: 'utf8' }).map(
        (f) => `components/${f}`,
      ),
      ...readdirSync(join(ROOT, 'entrypoints'), { recursive: true, encoding: 'utf8' }).map(
        (f) => `entrypoints/${f}`,
      ),
      'wxt.config.ts',
    ].filter((f) => /\.tsx?$/.test(f));
    const code = sources.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    // Keys built at run time: `status_${s}`, `kindHeading_${k}`, `recordLabel_${relation}`, `month${m}` ...
    const built = /^(status_|kindHeading_|qualifier_|subject_|recordLabel_|month|tag_)/;
    const unused = Object.keys(EN).filter(
      (k) => !built.test(k) && !code.includes(`'${k}'`) && !code.includes(`__MSG_${k}__`),
    );
    expect(unused).toEqual([]);
  });

  it('have a heading for every kind and a label for every status', () => {
    expect(Object.keys(KIND_LABELS)).toEqual([...FIGURE_KINDS]);
    for (const k of FIGURE_KINDS) expect(EN[`kindHeading_${k}`], k).toBeDefined();
    for (const s of Object.keys(STATUS_LABELS)) expect(EN[`status_${s}`], s).toBeDefined();
  });
});

describe('wording: word for word the in-page card’s (utils/verdict-text.ts) in English', () => {
  const refs: RecordRef[] = REFERENCE_RECORDS.map(recordRef);

  it('dates', () => {
    for (const d of [null, '2025-11-08', '2025-07', '2024-01-01', '2025-12-31', ...refs.map((r) => r.date)])
      expect(dateText(d)).toBe(formatDate(d));
  });

  it('records: their parts, official and media-only', () => {
    expect(refs.some((r) => !r.official)).toBe(true);
    for (const r of refs) {
      show(<RecordBlock relation="reference" record={r} />);
      expect(text($('.ref-head'))).toContain(formatDate(r.date));
      if (r.official) {
        expect(text($('.ref-who'))).toBe(r.speaker.replace(/\s+/g, ' ').trim());
      } else {
        expect(text($('.tag'))).toBe('media report');
      }
      expect(text($('.ref-where'))).toBe(r.venue.replace(/\s+/g, ' ').trim());
    }
  });

  it('verdict sentences of every status: the same words as the in-page card', () => {
    const verdicts: Array<[Verdict, PartialDate]> = [];
    for (const r of REFERENCE_RECORDS) {
      for (const asOf of [r.date, r.date.slice(0, 7), '2025-03', null]) {
        for (const delta of [0, 1]) {
          const f = {
            value: r.value + delta,
            kind: r.kind,
            qualifier: r.qualifier,
            subject: 'indian' as const,
            asOf,
            incremental: r.incremental,
            tag: r.tag,
          };
          verdicts.push([compareWithRecord(f, REFERENCE_RECORDS), asOf]);
          const foreign = { ...f, subject: 'other_nationality' as const };
          verdicts.push([compareWithRecord(foreign, REFERENCE_RECORDS), asOf]);
        }
      }
    }
    expect(new Set(verdicts.map(([v]) => v.status))).toEqual(
      new Set(['confirmed', 'conflicts', 'unconfirmed', 'no_record']),
    );
    for (const [v, asOf] of verdicts) {
      expect(localizedVerdictLead(v, asOf)).toBe(cardVerdictLead(v, asOf));
    }
  });

  it('status labels', () => {
    for (const [s, label] of Object.entries(STATUS_LABELS))
      expect(statusLabel(s as keyof typeof STATUS_LABELS)).toBe(label);
    expect(Object.keys(BADGE_COLORS).sort()).toEqual(Object.keys(STATUS_LABELS).sort());
  });
});
