import { readFileSync } from 'node:fs';
import { storage } from '@wxt-dev/storage';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { badgeView } from '../../utils/background/badge';
import { dropAnswer, keepUnlessSame } from '../../utils/background/tab-answers';
import { getTabResult, tabResultKey } from '../../utils/background/tab-results';
import { ANALYZE_TEXT, type AnalyzeTextReply } from '../../utils/contracts/analyze-message';
import {
  type CheckedFigure,
  checkedFigureProblem,
  recordRefProblem,
  recordTableProblem,
} from '../../utils/contracts/checked-figure';
import { FIGURE_DETAILS, figureDetailsPaintProblem } from '../../utils/contracts/figure-details';
import { clipUrl, PAGE_PAINTED, type StoredPageResult, TOPIC_HIT } from '../../utils/contracts/messages';
import { MAX_BLOCKS, textModelFromPlainText } from '../../utils/engine/text/text-model';
import { createSightingsStore } from '../../utils/storage/sightings/store';
import { catalogueReader } from '../../utils/wording/catalogue';
import { EN_FILE_PATH, hindiCatalogue, hindiFile } from './support/catalogues';
import { resetFakeBrowser } from './support/fake-browser';
import { figureWith, pageResult } from './support/page-results';

/**
 * The background entrypoint against fakeBrowser: its listeners, the tab results in storage.session,
 * the badge, and the sightings it records.
 */

const NAME = 'Figures fact-check: Indians in the Russian army';
const URL_A = 'https://www.business-standard.com/news/india-presses-russia-to-free-44.html';
const URL_B = 'https://www.business-standard.com/news/cricket.html';
/** Where the page moves in-app (history.pushState), on its own site. */
const URL_C = 'https://www.business-standard.com/news/india-says-27-missing.html';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

let tabId: number;

function sender(more: Partial<Sender> = {}): Sender {
  return {
    id: fakeBrowser.runtime.id,
    tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    frameId: 0,
    url: URL_A,
    ...more,
  };
}

async function send(message: unknown, from: Sender = sender()): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger(message, from);
}

let answers = 0;

/**
 * A page result as the background makes it from its answer: the answer kept for the sender's tab
 * (as the analyze request keeps it), then the page's word that it painted it.
 */
async function deliver(result: StoredPageResult, from: Sender = sender()): Promise<void> {
  const { type: _type, url, canonicalUrl, title, publisher, ...rest } = result;
  const { id, stored } = keepUnlessSame(from.tab?.id ?? tabId, {
    id: `answer-${++answers}`,
    url,
    page: { canonicalUrl, title, publisher },
    ...rest,
  });
  await stored;
  await send({ type: PAGE_PAINTED, answer: id }, from);
}

/** The annotator's request to analyze a page of URL_A whose text is `text` (a title line, then the body). */
function analyzeRequest(text: string) {
  const model = textModelFromPlainText(text);
  return {
    type: ANALYZE_TEXT,
    url: URL_A,
    text: model.text,
    blocks: model.blocks,
    published: '2025-11-08',
    truncated: false,
    page: { canonicalUrl: null, title: '', publisher: '' },
    wordingHeld: null as string | null,
  };
}

/** Sends `message` to the background as `from` and returns its answer to an analyze request, if any. */
const ask = async (message: unknown, from: Sender = sender()) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, from)).find(Boolean) as AnalyzeTextReply | undefined;

/** The handlers run after the listener returns: wait until the badge or storage shows their work. */
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 2000, interval: 5 });

/** The last error the background reported, where it keeps it: storage.session, under `last-error`. */
const lastError = () => storage.getItem<{ at: string; where: string; message: string }>('session:last-error');

/** Lets any pending handler finish, for checks that something did not happen. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({ tabId }),
  color: await fakeBrowser.action.getBadgeBackgroundColor({ tabId }),
  title: await fakeBrowser.action.getTitle({ tabId }),
});

async function sightings() {
  const r = await createSightingsStore().read();
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

const mockExecuteScript = () => vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
let executeScript: ReturnType<typeof mockExecuteScript>;
const mockInsertCss = () => vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
let insertCss: ReturnType<typeof mockInsertCss>;

beforeEach(async () => {
  resetFakeBrowser({ name: NAME });
  executeScript = mockExecuteScript();
  insertCss = mockInsertCss();
  tabId = (await fakeBrowser.tabs.create({ url: URL_A })).id as number;
  background.main();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('topic hits', () => {
  it('injects the annotator on a topic hit from a page whose address runs past the limit, sent clipped', async () => {
    const long = `${URL_A}?utm=${'x'.repeat(5000)}`;
    await send({ type: TOPIC_HIT, url: clipUrl(long) }, sender({ url: long }));
    await eventually(async () => expect(executeScript).toHaveBeenCalledTimes(1));
  });

  it('injects the annotator into the frame that sent a topic hit', async () => {
    await send({ type: TOPIC_HIT, url: URL_A });
    await eventually(async () => expect(executeScript).toHaveBeenCalledTimes(1));
    // The highlight colours first, as an extension stylesheet, then the annotator.
    expect(insertCss).toHaveBeenCalledWith({
      target: { tabId, frameIds: [0] },
      css: expect.stringContaining('::highlight(factcheck-'),
    });
    expect(insertCss.mock.invocationCallOrder[0]).toBeLessThan(
      executeScript.mock.invocationCallOrder[0] as number,
    );
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId, frameIds: [0] },
      files: ['/annotator.js'],
    });
  });

  it.each<[string, Partial<Sender>]>([
    ['another extension', { id: 'some-other-extension' }],
    ['no extension id', { id: undefined }],
    ['no tab (an extension page)', { tab: undefined }],
  ])('ignores a topic hit from %s', async (_name, from) => {
    await send({ type: TOPIC_HIT, url: URL_A }, sender(from));
    await settle();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('ignores a malformed topic hit', async () => {
    await send({ type: TOPIC_HIT, url: 42 });
    await send({ type: 'factcheck:topic-hit ' });
    await settle();
    expect(executeScript).not.toHaveBeenCalled();
  });
});

const text =
  'India presses Russia to free 44 Indians serving in the Russian army\n' +
  'As many as 44 Indian nationals are currently serving in the Russian army, the Ministry of External ' +
  'Affairs said on Friday. India has asked Moscow to release them and end the recruitment of Indian ' +
  'nationals into the Russian military. Families of the recruits, lured by agents with job offers, ' +
  'have urged the government to bring them home.';
const request = analyzeRequest(text);
/** The same page, changed: one figure more. */
const changed = analyzeRequest(`${text} Twelve of them have been killed, the ministry said.`);

describe('analyze requests', () => {
  it("answers the annotator with the page's figures and their verdicts", async () => {
    const reply = await ask(request);
    expect(reply?.relevant).toBe(true);
    // 44 serving on 7 Nov 2025 is the MEA's own figure of that week, and a later one said otherwise.
    expect(reply?.figures.map((f) => [f.value, f.kind, f.status, f.standing])).toEqual([
      [44, 'serving', 'confirmed', 'superseded'],
    ]);
    const [figure] = reply?.figures ?? [];
    expect(request.text.slice(figure?.mentions[0]?.start, figure?.mentions[0]?.end)).toBe('44');
    expect(reply?.timings.figures).toBeGreaterThanOrEqual(0);
  });

  it('answers a page read in part, past the block limit, and says so', async () => {
    const rows = Array.from({ length: MAX_BLOCKS + 100 }, (_, i) => `Entry ${i + 1}.`).join('\n');
    const long = textModelFromPlainText(`${text}\n${rows}`);
    expect(long.truncated).toBe(true);
    const reply = await ask({ ...request, text: long.text, blocks: long.blocks, truncated: long.truncated });
    expect(reply?.truncated).toBe(true);
    expect(reply?.figures.map((f) => [f.value, f.kind])).toEqual([[44, 'serving']]);
  });

  it('answers a page off the topic with no figures', async () => {
    const other = textModelFromPlainText(
      'Cricket\nIndia beat Australia by six wickets; 45,000 fans watched.',
    );
    const reply = await ask({ ...request, text: other.text, blocks: other.blocks });
    expect(reply).toMatchObject({ relevant: false, figures: [] });
  });

  it.each<[string, Partial<Sender>]>([
    ['another extension', { id: 'some-other-extension' }],
    ['no tab (an extension page)', { tab: undefined }],
    ['a sub-frame', { frameId: 3 }],
  ])('gives no answer to a request from %s', async (_name, from) => {
    expect(await ask(request, sender(from))).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['a block past the end of the text', { ...request, blocks: [{ start: 0, end: 10_000, role: 'body' }] }],
    ['a block of an unknown role', { ...request, blocks: [{ start: 0, end: 5, role: 'aside' }] }],
    ['text that is not a string', { ...request, text: 42 }],
    ['an extra field', { ...request, html: '<p>' }],
    ['a URL that is not http(s)', { ...request, url: 'javascript:alert(1)' }],
  ])('gives no answer to a request with %s', async (_name, message) => {
    expect(await ask(message)).toBeUndefined();
  });

  it('keeps no result before the page says it painted the answer', async () => {
    await ask(request);
    await settle();
    expect(await getTabResult(tabId)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  it("keeps the tab's result from its own answer once the page painted it, with the page's facts", async () => {
    const reply = await ask({
      ...request,
      page: { canonicalUrl: URL_A, title: 'India presses Russia to free 44', publisher: 'Business Standard' },
    });
    await send({ type: PAGE_PAINTED, answer: reply?.id });
    await eventually(async () => expect((await sightings()).pages).toHaveLength(1));
    expect(await getTabResult(tabId)).toMatchObject({
      url: URL_A,
      canonicalUrl: URL_A,
      title: 'India presses Russia to free 44',
      publisher: 'Business Standard',
      relevant: true,
      figures: [{ value: 44, kind: 'serving', verdict: { status: 'confirmed' } }],
      records: { '2025-11-07-serving-44': { value: 44 } },
    });
    expect((await badge()).text).toBe('1');
  });

  it("takes no other site's address or name the request claims for the page", async () => {
    const reply = await ask({
      ...request,
      page: { canonicalUrl: 'https://www.thehindu.com/a.ece', title: 'A', publisher: 'The Hindu' },
    });
    await send({ type: PAGE_PAINTED, answer: reply?.id });
    await eventually(async () => expect(await getTabResult(tabId)).not.toBeNull());
    expect(await getTabResult(tabId)).toMatchObject({ canonicalUrl: null, publisher: 'Business Standard' });
  });
});

describe("a card's details", () => {
  const details = async (message: unknown, from: Sender = sender()) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, from)).find(Boolean) as unknown;

  it("gives a figure of the tab's latest answer in full, with the records it names, checked", async () => {
    const reply = await ask(request);
    const answer = (await details({ type: FIGURE_DETAILS, answer: reply?.id, figure: 0 })) as Record<
      string,
      unknown
    >;
    // The shared shape in full: every field of the figure, and each record it names, whole, under its id.
    expect(Object.keys(answer).sort()).toEqual(['figure', 'ok', 'records']);
    expect(checkedFigureProblem(answer.figure, 'figure')).toBeNull();
    expect(recordTableProblem(answer.records, [answer.figure as CheckedFigure], recordRefProblem)).toBeNull();
    expect(answer).toMatchObject({
      ok: true,
      figure: {
        value: 44,
        kind: 'serving',
        verdict: { status: 'confirmed', reference: '2025-11-07-serving-44' },
      },
      records: { '2025-11-07-serving-44': { value: 44, official: true } },
    });
  });

  it('gives an answer the same as the kept one by its name, and does not write it again', async () => {
    // The answers held in memory outlive the storage each test starts afresh with.
    await dropAnswer(tabId);
    const first = await ask(request);
    await settle();
    const stored = await fakeBrowser.storage.session.get(null);
    const key = Object.keys(stored).find((k) => k.startsWith('tab-answer:'));
    expect(key).toBeDefined();
    const write = vi.spyOn(fakeBrowser.storage.session, 'set');
    const again = await ask(request);
    expect(again?.id).toBe(first?.id);
    expect(write).not.toHaveBeenCalled();
    expect(await details({ type: FIGURE_DETAILS, answer: first?.id, figure: 0 })).toMatchObject({ ok: true });
    // A changed page is another answer, written.
    const other = await ask(changed);
    await settle();
    expect(other?.id).not.toBe(first?.id);
    expect(write).toHaveBeenCalledTimes(1);
    write.mockRestore();
  });

  it('refuses a request naming an earlier answer, or a figure the answer lacks', async () => {
    const first = await ask(request);
    const latest = await ask(changed);
    expect(latest?.figures.length).toBe(2);
    expect(await details({ type: FIGURE_DETAILS, answer: first?.id, figure: 0 })).toEqual({ ok: false });
    expect(await details({ type: FIGURE_DETAILS, answer: latest?.id, figure: 2 })).toEqual({ ok: false });
    expect(await details({ type: FIGURE_DETAILS, answer: latest?.id, figure: 0 })).toMatchObject({
      ok: true,
    });
  });

  it("refuses another tab's answer", async () => {
    const reply = await ask(request);
    const other = (await fakeBrowser.tabs.create({ url: URL_A })).id as number;
    const from = sender({ tab: { ...sender().tab, id: other } as Sender['tab'] });
    expect(await details({ type: FIGURE_DETAILS, answer: reply?.id, figure: 0 }, from)).toEqual({
      ok: false,
    });
  });

  it.each<[string, unknown, Partial<Sender>]>([
    ['from another extension', { type: FIGURE_DETAILS, answer: 'a', figure: 0 }, { id: 'evil-extension' }],
    ['from a sub-frame', { type: FIGURE_DETAILS, answer: 'a', figure: 0 }, { frameId: 2 }],
    ['with a negative index', { type: FIGURE_DETAILS, answer: 'a', figure: -1 }, {}],
    ['with an extra field', { type: FIGURE_DETAILS, answer: 'a', figure: 0, more: 1 }, {}],
  ])('gives no answer to a request %s', async (_name, message, from) => {
    await ask(request);
    expect(await details(message, sender(from))).toBeUndefined();
  });

  it("passes the page's check of what a card paints from, which refuses a reply missing a record or of a bad shape", async () => {
    const reply = await ask(request);
    const answer = (await details({ type: FIGURE_DETAILS, answer: reply?.id, figure: 0 })) as Record<
      string,
      unknown
    >;
    const figure = answer.figure as Record<string, unknown>;
    expect(figureDetailsPaintProblem(answer)).toBeNull();
    expect(figureDetailsPaintProblem({ ok: false })).toBeNull();
    expect(figureDetailsPaintProblem({ ...answer, records: {} })).toMatch(/lacks/);
    expect(figureDetailsPaintProblem({ ...answer, figure: { ...figure, value: 'many' } })).toMatch(
      /figure: must be a figure/,
    );
    expect(
      figureDetailsPaintProblem({
        ...answer,
        figure: { ...figure, verdict: { ...(figure.verdict as object), status: 'maybe' } },
      }),
    ).toMatch(/figure\.verdict\.status/);
    expect(figureDetailsPaintProblem({ ok: 'yes' })).toMatch(/ok: must be true or false/);
    expect(figureDetailsPaintProblem('details')).toMatch(/must be an object/);
  });
});

describe('page results', () => {
  it('keeps the tab result, sets the badge and records a sighting', async () => {
    const message = pageResult({ figures: [figureWith('confirmed'), figureWith('conflicts', 13)] });
    await deliver(message);
    await eventually(async () => expect((await sightings()).pages).toHaveLength(1));

    const kept = await getTabResult(tabId);
    const { type: _type, ...rest } = message;
    expect(kept).toEqual({ ...rest, tabId, receivedAt: expect.any(String) });
    expect(await badge()).toEqual({
      text: '2',
      // The second figure's record has been replaced since: never green.
      color: [0x8a, 0x4b, 0x00, 255],
      title: '2 figures on this page: 1 out of date, 1 current',
    });
    const [page] = (await sightings()).pages;
    expect(page).toMatchObject({ url: URL_A, publisher: 'Business Standard', published: '2025-11-08' });
    expect(
      page?.figures.map((f) => [f.value, f.verdict.status, f.verdict.reference, f.verdict.newer]),
    ).toEqual([
      [44, 'confirmed', '2025-11-07-serving-44', null],
      [13, 'conflicts', '2025-11-07-serving-44', '2025-12-18-recruited_total-202'],
    ]);
  });

  it('keeps a page off the topic with an empty badge, and records no sighting', async () => {
    await deliver(pageResult({ relevant: false, score: 0.2, figures: [] }));
    await eventually(async () => expect(await getTabResult(tabId)).not.toBeNull());
    await settle();
    expect((await badge()).text).toBe('');
    expect((await badge()).title).toBe(NAME);
    expect((await sightings()).pages).toEqual([]);
  });

  it('replaces the result of a tab with the latest one', async () => {
    await deliver(pageResult({ figures: [figureWith('confirmed')] }));
    await eventually(async () => expect((await badge()).text).toBe('1'));
    await deliver(pageResult({ figures: [figureWith('unconfirmed'), figureWith('unconfirmed', 12)] }));
    await eventually(async () => expect((await badge()).text).toBe('2'));
    // 12 against the latest 44, before it: newer than the record.
    expect((await badge()).color).toEqual([0x1a, 0x56, 0xc4, 255]);
    expect((await getTabResult(tabId))?.figures).toHaveLength(2);
    expect((await sightings()).pages).toHaveLength(1);
  });

  it.each<[string, Partial<Sender>]>([
    ['from another extension', { id: 'evil-extension' }],
    ['from no tab', { tab: undefined }],
    ['from a subframe', { frameId: 3 }],
  ])('keeps nothing when the page says it painted an answer %s', async (_name, from) => {
    await deliver(pageResult(), sender(from));
    await settle();
    expect(await getTabResult(tabId)).toBeNull();
    expect((await badge()).text).toBe('');
    expect(await storage.getItem('local:sightings')).toBeNull();
  });

  it.each<[string, (answer: string) => unknown]>([
    ['an answer it did not give', () => ({ type: PAGE_PAINTED, answer: 'some-other-answer' })],
    ['with an extra field', (answer) => ({ type: PAGE_PAINTED, answer, figures: [] })],
    ['with an answer that is not a name', () => ({ type: PAGE_PAINTED, answer: '<img src=x>' })],
    ['as a string', () => PAGE_PAINTED],
  ])('keeps nothing for a painted message naming %s', async (_name, message) => {
    const { type: _type, url, canonicalUrl, title, publisher, ...rest } = pageResult();
    const kept = keepUnlessSame(tabId, {
      id: 'the-answer',
      url,
      page: { canonicalUrl, title, publisher },
      ...rest,
    });
    await kept.stored;
    await send(message(kept.id));
    await settle();
    expect(await getTabResult(tabId)).toBeNull();
    expect(await storage.getItem('local:sightings')).toBeNull();
  });

  it('keeps nothing for an earlier answer once a later one was given', async () => {
    const first = await ask(request);
    expect((await ask(changed))?.id).not.toBe(first?.id);
    await send({ type: PAGE_PAINTED, answer: first?.id });
    await settle();
    expect(await getTabResult(tabId)).toBeNull();
  });

  it('keeps nothing on a site the reader turned off meanwhile', async () => {
    const reply = await ask(request);
    await fakeBrowser.storage.local.set({
      settings: { disabledSites: ['business-standard.com'] },
      settings$: { v: 2 },
    });
    await send({ type: PAGE_PAINTED, answer: reply?.id });
    await settle();
    expect(await getTabResult(tabId)).toBeNull();
  });

  it('ignores a result for a document the tab has left', async () => {
    await fakeBrowser.tabs.update(tabId, { url: URL_B });
    await deliver(pageResult(), sender({ url: URL_B }));
    await settle();
    expect(await getTabResult(tabId)).toBeNull();
  });

  it('accepts a result after in-app navigation: the frame keeps its first URL, the tab follows the page', async () => {
    // history.pushState: the sender's URL stays at the document's first address in both browsers.
    await fakeBrowser.tabs.update(tabId, { url: URL_C });
    await deliver(pageResult({ url: URL_C }), sender({ url: URL_A }));
    await eventually(async () => expect((await getTabResult(tabId))?.url).toBe(URL_C));
    await eventually(async () => expect((await badge()).text).toBe('1'));
    await eventually(async () => expect((await sightings()).pages).toHaveLength(1));
    expect((await sightings()).pages.map((p) => p.url)).toEqual([URL_C]);
  });

  it('takes the tab URL the sender carries, when it carries one', async () => {
    await deliver(
      pageResult({ url: URL_C }),
      sender({ url: URL_A, tab: { ...sender().tab, url: URL_C } as never }),
    );
    await eventually(async () => expect((await getTabResult(tabId))?.url).toBe(URL_C));
  });

  it.each([
    ['an address the tab is not at', URL_C, URL_A],
    [
      'another origin, even one the tab is at',
      'https://www.thehindu.com/news/copied-44.ece',
      'https://www.thehindu.com/news/copied-44.ece',
    ],
  ])('ignores a result that claims %s', async (_name, claimed, tabAt) => {
    await fakeBrowser.tabs.update(tabId, { url: tabAt });
    await deliver(pageResult({ url: claimed }), sender({ url: URL_A }));
    await settle();
    expect(await getTabResult(tabId)).toBeNull();
    expect(await storage.getItem('local:sightings')).toBeNull();
  });

  it('accepts the result of a page whose address runs past what a message may carry, sent clipped', async () => {
    const long = `${URL_A}?utm=${'x'.repeat(5000)}`;
    await deliver(pageResult({ url: clipUrl(long) }), sender({ url: long }));
    await eventually(async () => expect(await getTabResult(tabId)).not.toBeNull());
  });

  it('accepts a result whose URL differs from the frame URL only by its fragment', async () => {
    await deliver(pageResult(), sender({ url: `${URL_A}#comments` }));
    await eventually(async () => expect(await getTabResult(tabId)).not.toBeNull());
  });
});

describe("a page's claims about itself", () => {
  const OTHER = 'https://www.hindustantimes.com/india-news/copy-of-the-44-story.html';

  it("stores a page that claims another site's article and name as its own site's, beside that site's", async () => {
    await deliver(pageResult({ figures: [figureWith('confirmed')] }));
    await eventually(async () => expect((await sightings()).pages).toHaveLength(1));

    const otherTab = (await fakeBrowser.tabs.create({ url: OTHER })).id as number;
    const claim = pageResult({
      url: OTHER,
      canonicalUrl: URL_A,
      publisher: 'Business Standard',
      title: 'A copy',
      figures: [figureWith('conflicts', 13)],
    });
    await deliver(claim, sender({ url: OTHER, tab: { ...sender().tab, id: otherTab } as Sender['tab'] }));
    await eventually(async () => expect((await sightings()).pages).toHaveLength(2));

    const pages = (await sightings()).pages;
    expect(pages.map((p) => [p.url, p.publisher, p.title, p.figures.map((f) => f.value)])).toEqual([
      [URL_A, 'Business Standard', 'India presses Russia to free 44 Indians', [44]],
      [OTHER, 'Hindustan Times', 'A copy', [13]],
    ]);
    // The popup's view of the tab says the same: its own address, its own outlet.
    expect(await getTabResult(otherTab)).toMatchObject({
      url: OTHER,
      canonicalUrl: null,
      publisher: 'Hindustan Times',
    });
  });

  it('takes no canonical address and no page-given name when the browser gives no sender address', async () => {
    await deliver(
      pageResult({
        url: 'https://www.paper.example/a',
        canonicalUrl: 'https://www.paper.example/b',
        publisher: 'The Paper',
      }),
      sender({ url: undefined }),
    );
    await eventually(async () => expect((await sightings()).pages).toHaveLength(1));
    expect((await sightings()).pages[0]).toMatchObject({
      url: 'https://www.paper.example/a',
      publisher: 'paper.example',
    });
  });
});

describe('clearing tab results', () => {
  beforeEach(async () => {
    await deliver(pageResult());
    await eventually(async () => expect((await badge()).text).toBe('1'));
  });

  it('clears the result and the badge when the tab navigates to a new URL', async () => {
    await fakeBrowser.tabs.update(tabId, { url: URL_B });
    await eventually(async () => expect(await getTabResult(tabId)).toBeNull());
    await eventually(async () => expect((await badge()).text).toBe(''));
    expect((await badge()).title).toBe(NAME);
    // The sighting stays: it is the reader's history, not the tab's state.
    expect((await sightings()).pages).toHaveLength(1);
  });

  it('clears it when the tab goes to a page whose URL the extension may not read', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, {
      ...sender().tab,
      url: undefined,
    } as never);
    await eventually(async () => expect(await getTabResult(tabId)).toBeNull());
  });

  it('keeps it for a jump within the page and for updates that are not navigations', async () => {
    await fakeBrowser.tabs.update(tabId, { url: `${URL_A}#comments` });
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { title: 'New title' }, sender().tab as never);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, sender().tab as never);
    await settle();
    expect(await getTabResult(tabId)).not.toBeNull();
    expect((await badge()).text).toBe('1');
  });

  it('clears it when the tab closes', async () => {
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 0, isWindowClosing: false });
    await eventually(async () => expect(await storage.getItem(tabResultKey(tabId))).toBeNull());
  });

  it('says nothing when the browser shuts down and refuses to clear a closing window’s tab', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.session, 'remove').mockRejectedValue(new Error('Browser is shutting down'));
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 0, isWindowClosing: true });
    await settle();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(await lastError()).toBeNull();
  });

  it('still reports a tab it could not clear when only the tab closed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.session, 'remove').mockRejectedValue(new Error('disk full'));
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 0, isWindowClosing: false });
    await eventually(async () => expect((await lastError())?.message).toMatch(/could not clear tab/));
    expect(warn).toHaveBeenCalled();
  });

  it('leaves other tabs alone', async () => {
    const other = tabId + 100;
    await fakeBrowser.tabs.onRemoved.trigger(other, { windowId: 0, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(other, { url: URL_B }, { ...sender().tab, id: other } as never);
    await settle();
    expect(await getTabResult(tabId)).not.toBeNull();
  });

  it('survives a restarted service worker: the results are in storage.session', async () => {
    // A new worker: listeners gone, module state gone, storage kept.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.tabs.onUpdated.removeAllListeners();
    fakeBrowser.tabs.onRemoved.removeAllListeners();
    background.main();
    expect((await getTabResult(tabId))?.url).toBe(URL_A);
    await fakeBrowser.tabs.update(tabId, { url: URL_B });
    await eventually(async () => expect(await getTabResult(tabId)).toBeNull());
  });
});

describe('the language the reader chose', () => {
  const hindi = catalogueReader(hindiCatalogue());
  let fetched: string[];

  beforeEach(() => {
    fetched = [];
    // The extension's own files, as the service worker's fetch reads them.
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const path = url.endsWith('/_locales/hi/messages.json')
        ? hindiFile().path
        : url.endsWith('/_locales/en/messages.json')
          ? EN_FILE_PATH
          : null;
      return path
        ? new Response(readFileSync(path, 'utf8'), { headers: { 'content-type': 'application/json' } })
        : new Response('', { status: 404 });
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const chooseHindi = () =>
    fakeBrowser.storage.local.set({ settings: { language: 'hi' }, settings$: { v: 2 } });

  it('words the toolbar tooltip in it, and the title of a tab with nothing to show', async () => {
    await chooseHindi();
    await deliver(pageResult({ figures: [figureWith('confirmed'), figureWith('conflicts', 13)] }));
    const expected = badgeView(
      { relevant: true, truncated: false, standings: ['superseded', 'current'] },
      '',
      hindi,
    ).title;
    await eventually(async () => expect((await badge()).title).toBe(expected));
    expect(expected).not.toMatch(/figures on this page/);
    await fakeBrowser.tabs.update(tabId, { url: URL_B });
    await eventually(async () => expect((await badge()).title).toBe(hindi('extName')));
    // Each file read once, English beneath the chosen language.
    expect(fetched.map((u) => u.replace(/^chrome-extension:\/\/[^/]+/, '')).sort()).toEqual([
      '/_locales/en/messages.json',
      '/_locales/hi/messages.json',
    ]);
  });

  it('sends the annotator the catalogue with the figures, and names the badges in it', async () => {
    await chooseHindi();
    const reply = await ask(
      analyzeRequest(
        'India presses Russia to free 44 Indians serving in the Russian army\nAs many as 44 Indian ' +
          'nationals are currently serving in the Russian army, the Ministry of External Affairs said.',
      ),
    );
    expect(reply?.wordingLang).toBe('hi');
    expect(reply?.wording?.lang).toBe('hi');
    expect(reply?.wording?.messages.displayheading).toBe(hindi('displayHeading'));
    expect(reply?.labels).toHaveLength(1);
    expect(reply?.labels[0]).toContain('8 नवंबर 2025');
  });

  it('sends the catalogue only to an annotator that does not hold it already', async () => {
    await chooseHindi();
    const request = analyzeRequest(
      'India presses Russia to free 44 Indians serving in the Russian army\nAs many as 44 Indian ' +
        'nationals are currently serving in the Russian army, the Ministry of External Affairs said.',
    );
    const first = await ask(request);
    const again = await ask({ ...request, wordingHeld: 'hi' });
    // Still worded in Hindi, and saying so; only the catalogue stays behind.
    expect(again?.wordingLang).toBe('hi');
    expect(again?.wording).toBeUndefined();
    expect(again?.labels).toEqual(first?.labels);
    const size = (r: unknown) => JSON.stringify(r).length;
    expect(size(first) - size(again)).toBeGreaterThan(10_000);
    // An annotator holding another language's catalogue gets this one.
    expect((await ask({ ...request, wordingHeld: 'en' }))?.wording?.lang).toBe('hi');
  });

  it('reads no file and sends no catalogue for the browser language', async () => {
    await deliver(pageResult());
    await eventually(async () => expect((await badge()).title).toBe('1 figure on this page: 1 current'));
    expect(fetched).toEqual([]);
  });
});

describe('storage errors', () => {
  it('reports a full quota for the sightings: logged and kept as the last error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await deliver(pageResult());
    await eventually(async () => expect(await lastError()).not.toBeNull());
    const last = await lastError();
    expect(last?.where).toBe('sightings');
    expect(last?.message).toMatch(/storage for the extension is full.*QUOTA_BYTES quota exceeded/);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[factcheck\] sightings: .*quota/));
    // The tab still gets its result and badge.
    expect((await badge()).text).toBe('1');
  });

  it('reports a failure to keep the tab result', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      if (tabResultKey(tabId).replace('session:', '') in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await deliver(pageResult());
    await eventually(async () => expect((await lastError())?.where).toBe('tab results'));
  });
});
