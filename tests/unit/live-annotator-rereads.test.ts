import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeTextRequest } from '../../utils/contracts/analyze-message';
import type { StoredPageResult } from '../../utils/contracts/messages';
import { textModelFromDocument } from '../../utils/engine/text/text-model';
import { type LiveAnnotator, startLiveAnnotator } from '../../utils/page/live-annotator';
import { OVERLAY_TAG } from '../../utils/page/overlay';
import { readRegions, touchesRegions } from '../../utils/page/read-regions';
import { rereadDue } from '../../utils/page/reread-timing';
import { getMessageEn } from './support/i18n-en';
import { playedBackground } from './support/played-background';

/**
 * When a changing page is read again (DESIGN.md section 1): 400 ms after it goes quiet, at most 1 s
 * after the first change not yet read, and at most once a second.
 */
const REREAD_TIMING = { debounceMs: 400, maxWaitMs: 1000, minIntervalMs: 1000 };

/**
 * Living pages: a clock outside the article, a live line inside it, an in-app navigation, a page that
 * re-renders its article. When the live annotator reads again, and what it ignores.
 */

const PAGE = `<!doctype html><html><head><title>India presses Russia to free 44 Indians</title>
<meta property="article:published_time" content="2025-11-08T10:00:00+05:30">
<link rel="canonical" href="https://www.business-standard.com/news/india-presses-russia-44.html"></head><body>
<header><a href="/">Home</a> <span id="clock">10:00:00</span> <span id="ticker">Sensex 80,000</span></header>
<main><article id="story"><h1>India presses Russia to free 44 Indians serving in the Russian army</h1>
<p>As many as 44 Indian nationals are currently serving in the Russian army, the Ministry of External
Affairs said on Friday. India has asked Moscow to release them and end the recruitment of Indian nationals
into the Russian military. <span id="live">Updated 10:00</span></p><p>Families of the recruits, lured by
agents with job offers, have urged the government to bring them home.</p></article></main>
<footer>© News</footer></body></html>`;

const NEXT_ARTICLE = `<h1>Sixteen Indians missing after joining the Russian army, MEA says</h1>
<p>Sixteen Indian nationals who joined the Russian army are missing, the Ministry of External Affairs told
Parliament on Friday, while the government presses Moscow for their release.</p><p>Their families have
written to the ministry, which says it is in touch with the Russian authorities.</p>`;

/** The background, played by the functions it runs. */
const background = playedBackground();
const answer = background.answer;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let live: LiveAnnotator | undefined;
const timers: ReturnType<typeof setInterval>[] = [];
afterEach(() => {
  live?.stop();
  for (const t of timers.splice(0)) clearInterval(t);
});

function start() {
  const win = new HappyWindow({ url: 'https://www.business-standard.com/news/india-presses-russia.html' });
  win.document.write(PAGE);
  const doc = win.document as unknown as Document;
  const sent: StoredPageResult[] = [];
  const requests: AnalyzeTextRequest[] = [];
  const log: string[] = [];
  live = startLiveAnnotator({
    doc,
    win: win as unknown as Window,
    highlightHost: { registry: null, createRange: () => doc.createRange(), createHighlight: () => null },
    analyze: (r) => {
      requests.push(r);
      return answer(r);
    },
    details: (r) => background.details(r),
    send: (m) => sent.push(background.resultOf(m)),
    alive: () => true,
    log: (line) => log.push(line),
    messages: getMessageEn,
  });
  const badges = () =>
    Array.from(doc.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelectorAll('button.badge') ?? []).map(
      (b) => `${(b as HTMLElement).dataset.value} ${(b as HTMLElement).dataset.kind}`,
    );
  /** Changes an element's text every `ms`, as a clock does. */
  const tick = (id: string, ms: number) => {
    let n = 0;
    timers.push(
      setInterval(() => {
        const el = doc.getElementById(id);
        if (el) el.textContent = `10:00:${String(++n).padStart(2, '0')}`;
      }, ms),
    );
  };
  return { win, doc, sent, requests, log, badges, tick };
}

describe('rereadDue', () => {
  const { debounceMs, maxWaitMs, minIntervalMs } = REREAD_TIMING;
  it.each([
    ['a quiet page: the debounce after the change', 10_000, 10_000, 0, 10_000 + debounceMs],
    [
      'a page that keeps changing: the longest wait after the first change',
      10_900,
      10_000,
      0,
      10_000 + maxWaitMs,
    ],
    ['a read a moment ago: the least interval after it', 10_000, 10_000, 9_900, 9_900 + minIntervalMs],
  ])('%s', (_name, now, firstPending, lastRun, due) => {
    expect(rereadDue(now, firstPending, lastRun)).toBe(due);
  });

  it('never moves a pending read past its longest wait, however many changes follow', () => {
    const first = 5_000;
    for (let now = first; now < first + 3_000; now += 50) {
      expect(rereadDue(now, first, 0)).toBeLessThanOrEqual(first + maxWaitMs);
    }
  });
});

describe('readRegions', () => {
  const page = () => {
    const win = new HappyWindow({ url: 'https://www.business-standard.com/news/a.html' });
    win.document.write(PAGE);
    const doc = win.document as unknown as Document;
    return { doc, regions: readRegions(textModelFromDocument(doc)) };
  };

  it.each([
    ['the clock in the header', 'clock', false],
    ['the market ticker', 'ticker', false],
    ['the footer', 'footer', false],
    ['a line of the article', 'live', true],
    ['the headline', 'h1', true],
  ])('a change to %s touches what was read: %s', (_name, where, touches) => {
    const { doc, regions } = page();
    const target = (doc.getElementById(where) ?? doc.querySelector(where)) as Node;
    expect(touchesRegions({ target }, regions)).toBe(touches);
  });

  it('takes the change that took the article away, and not the clock ticking on after it', () => {
    const { doc, regions } = page();
    const story = doc.getElementById('story') as Node;
    const main = story.parentNode as Node;
    main.removeChild(story);
    const removedNodes = [story] as unknown as NodeList;
    expect(touchesRegions({ target: main, removedNodes }, regions)).toBe(true);
    expect(touchesRegions({ target: doc.getElementById('clock') as Node }, regions)).toBe(false);
  });

  it('takes every change while nothing has been read', () => {
    const { doc } = page();
    expect(touchesRegions({ target: doc.body }, [])).toBe(true);
  });
});

describe('the live annotator on a living page', () => {
  it('does not read the article again for a clock and a ticker outside it', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.badges()).toEqual(['44 serving']));
    page.tick('clock', 100);
    page.tick('ticker', 150);
    await sleep(1_600);
    // Once they stop, the page is quiet: nothing of what was read has changed.
    for (const t of timers.splice(0)) clearInterval(t);
    await sleep(REREAD_TIMING.debounceMs + 400);
    expect(page.requests).toHaveLength(1);
    expect(page.badges()).toEqual(['44 serving']);
  });

  it('reads a change inside the article within the longest wait, while the article keeps changing', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.requests).toHaveLength(1));
    page.tick('live', 100);
    const added = page.doc.createElement('p');
    added.textContent = 'Seven more Indians have been discharged from the Russian army, the ministry added.';
    page.doc.getElementById('story')?.append(added);
    // The line keeps changing every 100 ms: the debounce alone would wait for ever.
    await vi.waitFor(() => expect(page.requests).toHaveLength(2), {
      timeout: REREAD_TIMING.maxWaitMs + 400,
      interval: 20,
    });
    expect(page.requests[1]?.text).toContain('Seven more Indians');
  });

  it('follows an in-app navigation to the next article within a second, a clock ticking outside', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.sent).toHaveLength(1));
    await sleep(REREAD_TIMING.minIntervalMs);
    page.tick('clock', 100);
    const at = Date.now();
    page.win.history.pushState({}, '', '/news/sixteen-missing.html');
    const story = page.doc.getElementById('story') as HTMLElement;
    story.innerHTML = NEXT_ARTICLE;
    await vi.waitFor(() => expect(page.badges()).toEqual(['16 missing']), { timeout: 1_000, interval: 10 });
    expect(Date.now() - at).toBeLessThan(1_000);
    await vi.waitFor(() => expect(page.sent).toHaveLength(2));
    expect(page.sent[1]?.url).toBe('https://www.business-standard.com/news/sixteen-missing.html');
    // The head still names the first story as canonical: that is not this story's address.
    expect(page.sent[0]?.canonicalUrl).toBe(
      'https://www.business-standard.com/news/india-presses-russia-44.html',
    );
    expect(page.sent[1]?.canonicalUrl).toBeNull();
    // Nor is its title, left as it was: the new story's headline stands for it.
    expect(page.sent[0]?.title).toBe('India presses Russia to free 44 Indians');
    expect(page.sent[1]?.title).toBe('Sixteen Indians missing after joining the Russian army, MEA says');
  });

  it('repaints an article the page re-rendered unchanged from the answer it has, without asking again', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.sent).toHaveLength(1));
    const story = page.doc.getElementById('story') as HTMLElement;
    // A framework's render: the same markup, new nodes.
    const markup = story.innerHTML;
    story.innerHTML = markup;
    await vi.waitFor(() => expect(page.log.at(-1)).toMatch(/same text/), { timeout: 2_000 });
    expect(page.requests).toHaveLength(1);
    expect(page.sent).toHaveLength(1);
    // The overlay joins the page in the next frame.
    await vi.waitFor(() => expect(page.badges()).toEqual(['44 serving']));
  });
});
