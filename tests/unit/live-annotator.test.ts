import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerAnalyzeRequest } from '../../utils/background/analyze-request';
import {
  type AnalyzeTextReply,
  type AnalyzeTextRequest,
  isAnalyzeTextRequest,
} from '../../utils/contracts/analyze-message';
import { LIMITS } from '../../utils/contracts/checks';
import { pageResultProblem, type StoredPageResult } from '../../utils/contracts/messages';
import { type LiveAnnotator, startLiveAnnotator } from '../../utils/page/live-annotator';
import { OVERLAY_TAG } from '../../utils/page/overlay';
import type { StageTimeline } from '../../utils/page/stage-timeline';
import { SHIPPED } from '../../utils/record/record-set';
import { catalogueReader } from '../../utils/wording/catalogue';
import { hindiCatalogue } from './support/catalogues';
import { getMessageEn } from './support/i18n-en';
import { playedBackground } from './support/played-background';

/**
 * The live annotator in a happy-dom page, with the background's answer played by the same pure
 * function the background runs: what it paints and sends, and the answers it must not use.
 */

const ARTICLE = `<!doctype html><html><head><title>India presses Russia to free 44 Indians</title>
<meta property="article:published_time" content="2025-11-08T10:00:00+05:30"></head><body><article>
<h1>India presses Russia to free 44 Indians serving in the Russian army</h1>
<p>As many as 44 Indian nationals are currently serving in the Russian army, the Ministry of External
Affairs said on Friday. India has asked Moscow to release them and end the recruitment of Indian nationals
into the Russian military.</p><p>Families of the recruits, lured by agents with job offers, have urged the
government to bring them home.</p></article></body></html>`;

/** The background, played by the functions it runs. */
const background = playedBackground();
const answer = background.answer;

/** A stage timeline that keeps the names of its marks and measures, as the page's would. */
function recordingTimeline(): { timeline: StageTimeline; names: () => string[] } {
  const entries: string[] = [];
  const add = (name: string) => {
    entries.push(name);
    return undefined as never;
  };
  const clear = (name?: string) => {
    for (let i = entries.length - 1; i >= 0; i--)
      if (name === undefined || entries[i] === name) entries.splice(i, 1);
  };
  return {
    timeline: { mark: add, measure: add, clearMarks: clear, clearMeasures: clear },
    names: () => [...entries],
  };
}

let live: LiveAnnotator | undefined;
afterEach(() => live?.stop());

function start(
  analyze: (r: AnalyzeTextRequest) => Promise<AnalyzeTextReply | null>,
  timeline?: StageTimeline,
  url = 'https://www.business-standard.com/news/india-presses-russia.html',
  /** Give each figure's range the box a browser would (happy-dom lays nothing out): cards can open. */
  boxes = false,
) {
  const win = new HappyWindow({ url });
  win.document.write(ARTICLE);
  const doc = win.document as unknown as Document;
  const sent: StoredPageResult[] = [];
  const log: string[] = [];
  live = startLiveAnnotator({
    doc,
    win: win as unknown as Window,
    highlightHost: {
      registry: null,
      createRange: () => {
        const range = doc.createRange();
        const box = { left: 100, right: 120, top: 40, bottom: 56, width: 20, height: 16 };
        if (boxes) Object.defineProperty(range, 'getClientRects', { value: () => [box] });
        return range;
      },
      createHighlight: () => null,
    },
    analyze,
    details: (r) => background.details(r),
    send: (m) => sent.push(background.resultOf(m)),
    alive: () => true,
    log: (line) => log.push(line),
    messages: getMessageEn,
    timeline,
  });
  const badges = () =>
    Array.from(doc.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelectorAll('button.badge') ?? []).map(
      (b) => `${(b as HTMLElement).dataset.value} ${(b as HTMLElement).dataset.kind}`,
    );
  return { doc, win, sent, log, badges };
}

describe('the live annotator', () => {
  it("paints the background's figures and tells the background once", async () => {
    const page = start(answer);
    await vi.waitFor(() => expect(page.sent).toHaveLength(1));
    // The overlay joins the page in the next frame, its badges placed.
    await vi.waitFor(() => expect(page.badges()).toEqual(['44 serving']));
    expect(page.sent[0]?.figures.map((f) => [f.value, f.verdict.status])).toEqual([[44, 'confirmed']]);
    expect(page.log.at(-1)).toMatch(/^\[factcheck\] annotator: relevant=true .* figures=1 /);
    // Each badge named by the background, as of 2026: the MEA's 44 has been replaced since.
    const badge = page.doc.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelector('button.badge');
    expect(badge?.getAttribute('aria-label')).toBe('up to 44 still serving, 7 Nov 2025: Out of date');
    expect(badge?.getAttribute('data-currency')).toBe('superseded');
  });

  it('reads a page whose address runs past what a message may carry, under its address clipped', async () => {
    const long = `https://www.business-standard.com/news/india-presses-russia.html?utm=${'x'.repeat(5000)}`;
    const requests: AnalyzeTextRequest[] = [];
    const page = start(
      async (request) => {
        requests.push(request);
        // What the background does with it: refuse a request that is not well formed.
        return isAnalyzeTextRequest(request) ? answer(request) : null;
      },
      undefined,
      long,
    );
    await vi.waitFor(() => expect(page.sent).toHaveLength(1));
    expect(requests[0]?.url).toBe(long.slice(0, LIMITS.url));
    expect(pageResultProblem(page.sent[0])).toBeNull();
    await vi.waitFor(() => expect(page.badges()).toEqual(['44 serving']));
  });

  it("paints nothing from an answer without its badges' names", async () => {
    const page = start(async (request) => ({ ...(await answer(request)), labels: [] }));
    await vi.waitFor(() =>
      expect(page.log.join('\n')).toMatch(/unusable answer, labels: one short string per figure/),
    );
    expect(page.doc.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('drops an answer that arrives after a newer read', async () => {
    let releaseFirst: (r: AnalyzeTextReply) => void = () => undefined;
    let calls = 0;
    const page = start(async (request) => {
      calls++;
      if (calls === 1) {
        const real = await answer(request);
        // The first answer is held back and, once released, says something else.
        return new Promise<AnalyzeTextReply>((resolve) => {
          releaseFirst = () => resolve({ ...real, figures: real.figures.map((f) => ({ ...f, value: 99 })) });
        });
      }
      return answer(request);
    });
    live?.reread();
    await vi.waitFor(() => expect(page.sent).toHaveLength(1));
    releaseFirst({} as AnalyzeTextReply);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(2);
    await vi.waitFor(() => expect(page.badges()).toEqual(['44 serving']));
    expect(page.sent).toHaveLength(1);
  });

  it('paints nothing from an answer whose spans lie outside the text it sent', async () => {
    const page = start(async (request) => {
      const real = await answer(request);
      const far = { start: request.text.length + 5, end: request.text.length + 7 };
      return { ...real, figures: real.figures.map((f) => ({ ...f, mentions: [far] })) };
    });
    await vi.waitFor(() => expect(page.log.join('\n')).toMatch(/unusable answer, figures\[0\]\.mentions/));
    expect(page.doc.querySelector(OVERLAY_TAG)).toBeNull();
    expect(page.sent).toEqual([]);
  });

  it('paints nothing and says so when the background does not answer', async () => {
    const page = start(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await vi.waitFor(() => expect(page.log.join('\n')).toMatch(/no answer from the extension/));
    expect(page.doc.querySelector(OVERLAY_TAG)).toBeNull();
    expect(page.sent).toEqual([]);
  });

  it("leaves nothing in the page's performance timeline, which the page reads too", async () => {
    const page = start(answer);
    await vi.waitFor(() => expect(page.badges()).toEqual(['44 serving']));
    expect(page.win.performance.getEntries().map((e) => e.name)).toEqual([]);
  });

  it("keeps only the latest read's timings in the timing build's timeline", async () => {
    const { timeline, names } = recordingTimeline();
    const page = start(answer, timeline);
    await vi.waitFor(() => expect(page.log).toHaveLength(1));
    // Switching the highlights off repaints from the last answer: no read, nothing of one to time.
    live?.setDisplay({ enabled: true, highlights: false, badges: true });
    await vi.waitFor(() => expect(page.log).toHaveLength(2));
    // Another language reads the page again.
    live?.reread();
    await vi.waitFor(() => expect(page.log).toHaveLength(3));
    await vi.waitFor(() => expect(names()).toContain('factcheck-place-badges'));
    for (const name of [
      'factcheck-text-model',
      'factcheck-paint',
      'factcheck-annotate-start',
      'factcheck-extract',
      'factcheck-answer',
    ])
      expect(
        names().filter((n) => n === name),
        name,
      ).toHaveLength(1);
  });

  it('asks the background again when the reader chooses another language, for the same text, and tells it again', async () => {
    const hindi = hindiCatalogue();
    let chosen = false;
    const requests: AnalyzeTextRequest[] = [];
    const page = start(
      async (request) => {
        requests.push(request);
        // Once the reader chose Hindi, the answer is worded in it and brings its catalogue, unless the
        // annotator holds it already (as the background answers: utils/background/tab-results.ts).
        return chosen
          ? {
              ...(await background.answer(request, catalogueReader(hindi))),
              wordingLang: hindi.lang,
              ...(request.wordingHeld === hindi.lang ? {} : { wording: hindi }),
            }
          : answer(request);
      },
      undefined,
      undefined,
      true,
    );
    await vi.waitFor(() => expect(page.sent).toHaveLength(1));
    const label = () =>
      page.doc
        .querySelector(OVERLAY_TAG)
        ?.shadowRoot?.querySelector('button.badge')
        ?.getAttribute('aria-label');
    await vi.waitFor(() => expect(label()).toBe('up to 44 still serving, 7 Nov 2025: Out of date'));
    // A rescan of the same text repaints from the answer it has.
    live?.rescan();
    await vi.waitFor(() => expect(page.log).toHaveLength(2));
    expect(requests).toHaveLength(1);
    chosen = true;
    live?.reread();
    await vi.waitFor(() => expect(page.sent).toHaveLength(2));
    expect(requests).toHaveLength(2);
    expect(requests[1]?.text).toBe(requests[0]?.text);
    await vi.waitFor(() => expect(label()).toContain('7 नवंबर 2025'));
    expect(label()).toContain(catalogueReader(hindi)('standing_superseded'));
    expect(requests.map((r) => r.wordingHeld)).toEqual([null, null]);
    // Read again, it says it holds the Hindi catalogue, gets none, and its cards stay in Hindi.
    live?.reread();
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests[2]?.wordingHeld).toBe('hi');
    await vi.waitFor(() => expect(page.log).toHaveLength(4));
    const badge = page.doc
      .querySelector(OVERLAY_TAG)
      ?.shadowRoot?.querySelector('button.badge') as HTMLElement;
    badge.click();
    const card = page.doc.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelector('.card');
    await vi.waitFor(() =>
      expect(card?.textContent).toContain(catalogueReader(hindi)('standing_superseded')),
    );
  });

  it("asks for a card's details naming the answer painted, keeps them until the next answer, and says a refused card could not load", async () => {
    background.asked.length = 0;
    let stale = false;
    const page = start(answer, undefined, undefined, true);
    await vi.waitFor(() => expect(page.sent).toHaveLength(1));
    const root = () => page.doc.querySelector(OVERLAY_TAG)?.shadowRoot;
    const paints = () => page.log.filter((line) => line.includes(' relevant=')).length;
    const open = async () => {
      const badge = root()?.querySelector('button.badge') as HTMLElement;
      badge.click();
      const card = root()?.querySelector('.card') as HTMLElement;
      await vi.waitFor(() => expect(card.hidden).toBe(false));
      const text = card.textContent ?? '';
      badge.click();
      return text;
    };
    const first = await open();
    expect(first).toContain('44');
    expect(first).not.toContain(getMessageEn('cardNotLoaded'));
    const id = background.asked[0]?.[0];
    expect(background.asked).toEqual([[id, 0]]);
    // A repaint of the same answer (the page re-rendered its article) opens the card from what it has.
    live?.rescan();
    await vi.waitFor(() => expect(paints()).toBe(2));
    expect(await open()).toBe(first);
    expect(background.asked).toHaveLength(1);
    // Another answer: asked again, under its own name; a name the background no longer keeps is refused.
    live?.reread();
    await vi.waitFor(() => expect(paints()).toBe(3));
    const details = background.details;
    const refusing = vi
      .spyOn(background, 'details')
      .mockImplementation((r) => (stale ? Promise.resolve({ ok: false }) : details(r)));
    stale = true;
    expect(await open()).toBe(getMessageEn('cardNotLoaded'));
    expect(background.asked).toHaveLength(1);
    expect(refusing).toHaveBeenCalledWith(expect.objectContaining({ figure: 0 }));
    expect(refusing.mock.calls[0]?.[0].answer).not.toBe(id);
    expect(page.log.join('\n')).toContain('no details for figure 0, refused');
    // Not kept: the card asks again when it next opens in another paint.
    stale = false;
    refusing.mockRestore();
    live?.rescan();
    await vi.waitFor(() => expect(paints()).toBe(4), { timeout: 3000 });
    expect(await open()).toBe(first);
  });

  it('paints nothing from an answer in a chosen language whose catalogue it lacks', async () => {
    const hindi = hindiCatalogue();
    const page = start(async (request) => ({
      ...answerAnalyzeRequest(request, '2026-11-25', SHIPPED, catalogueReader(hindi)),
      wordingLang: hindi.lang,
    }));
    await vi.waitFor(() =>
      expect(page.log.join('\n')).toMatch(/unusable answer, wording: the catalogue of "hi" is missing/),
    );
    expect(page.doc.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('paints nothing from an answer whose catalogue is not one', async () => {
    const page = start(async (request) => ({
      ...(await answer(request)),
      wordingLang: 'hi',
      wording: { lang: 'hi', messages: { displayheading: 42 } } as never,
    }));
    await vi.waitFor(() => expect(page.log.join('\n')).toMatch(/unusable answer, wording.messages: each/));
    expect(page.doc.querySelector(OVERLAY_TAG)).toBeNull();
  });
});
