import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeTextReply, AnalyzeTextRequest } from '../../utils/contracts/analyze-message';
import type { StoredPageResult } from '../../utils/contracts/messages';
import { textModelFromDocument } from '../../utils/engine/text/text-model';
import { type LiveAnnotator, startLiveAnnotator } from '../../utils/page/live-annotator';
import { OVERLAY_TAG } from '../../utils/page/overlay';
import type { Display } from '../../utils/storage/settings-shape';
import { getMessageEn } from './support/i18n-en';
import { playedBackground } from './support/played-background';

// Every read of the page goes through the text model: counted here.
vi.mock('../../utils/engine/text/text-model', async (original) => {
  const real = await original<typeof import('../../utils/engine/text/text-model')>();
  return { ...real, textModelFromDocument: vi.fn(real.textModelFromDocument) };
});

/**
 * A change of what to show (the highlights, the badges, the site turned off and on, in the options or
 * the popup) is painted from the answer the annotator holds: the page is not read again and the
 * background is not asked again, unless the page changed meanwhile.
 */

const ARTICLE = `<!doctype html><html><head><title>India presses Russia to free 44 Indians</title>
<meta property="article:published_time" content="2025-11-08T10:00:00+05:30"></head><body><article>
<h1>India presses Russia to free 44 Indians serving in the Russian army</h1>
<p id="lead">As many as 44 Indian nationals are currently serving in the Russian army, the Ministry of External
Affairs said on Friday. India has asked Moscow to release them.</p><p>Families of the recruits have urged
the government to bring them home.</p></article></body></html>`;

const FULL: Display = { enabled: true, highlights: true, badges: true };

let live: LiveAnnotator | undefined;
afterEach(() => {
  live?.stop();
  live = undefined;
  vi.mocked(textModelFromDocument).mockClear();
});

/** The background, played by the functions it runs. */
const background = playedBackground();

function start(analyze?: (r: AnalyzeTextRequest) => Promise<AnalyzeTextReply | null>) {
  const win = new HappyWindow({ url: 'https://www.business-standard.com/news/india-presses-russia.html' });
  win.document.write(ARTICLE);
  const doc = win.document as unknown as Document;
  const highlights = new Map<string, unknown>();
  const sent: StoredPageResult[] = [];
  const requests: AnalyzeTextRequest[] = [];
  const log: string[] = [];
  live = startLiveAnnotator({
    doc,
    win: win as unknown as Window,
    highlightHost: {
      registry: highlights,
      createRange: () => doc.createRange(),
      createHighlight: (ranges) => ranges,
    },
    analyze: (r) => {
      requests.push(r);
      return analyze ? analyze(r) : background.answer(r);
    },
    details: (r) => background.details(r),
    send: (m) => sent.push(background.resultOf(m)),
    alive: () => true,
    log: (line) => log.push(line),
    messages: getMessageEn,
  });
  return {
    doc,
    sent,
    requests,
    log,
    reads: () => vi.mocked(textModelFromDocument).mock.calls.length,
    badges: () => doc.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelectorAll('button.badge').length ?? 0,
    highlighted: () => [...highlights.keys()].filter((name) => name.startsWith('factcheck-')),
  };
}

/** Lets the annotator's promises and the overlay's next frame run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('a display switch', () => {
  it('turns the highlights off and on again from the last answer, reading nothing', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.badges()).toBe(1));
    expect(page.highlighted()).toEqual(['factcheck-superseded']);
    expect([page.reads(), page.requests.length]).toEqual([1, 1]);

    live?.setDisplay({ ...FULL, highlights: false });
    await settle();
    expect(page.highlighted()).toEqual([]);
    expect(page.badges()).toBe(1);
    live?.setDisplay(FULL);
    await settle();
    expect(page.highlighted()).toEqual(['factcheck-superseded']);
    expect([page.reads(), page.requests.length]).toEqual([1, 1]);
    expect(page.log.at(-1)).toMatch(/\(settings changed, from the last answer\)/);
    // What the background shows did not change: it is not told again.
    expect(page.sent).toHaveLength(1);
  });

  it('takes the badges away and brings them back from the last answer, reading nothing', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.badges()).toBe(1));
    live?.setDisplay({ ...FULL, badges: false });
    await settle();
    expect(page.doc.querySelector(OVERLAY_TAG)).toBeNull();
    expect(page.highlighted()).toEqual(['factcheck-superseded']);
    live?.setDisplay(FULL);
    await vi.waitFor(() => expect(page.badges()).toBe(1));
    expect([page.reads(), page.requests.length]).toEqual([1, 1]);
  });

  it('clears a site turned off and, turned on again, paints it from the last answer and tells the background', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.badges()).toBe(1));
    live?.setDisplay({ ...FULL, enabled: false });
    await settle();
    expect(page.doc.querySelector(OVERLAY_TAG)).toBeNull();
    expect(page.highlighted()).toEqual([]);
    live?.setDisplay(FULL);
    await vi.waitFor(() => expect(page.badges()).toBe(1));
    expect(page.highlighted()).toEqual(['factcheck-superseded']);
    expect([page.reads(), page.requests.length]).toEqual([1, 1]);
    // The toolbar hears of the page again, as it does of a page read anew.
    expect(page.sent).toHaveLength(2);
  });

  it('reads the page again when it changed while the site was off', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.badges()).toBe(1));
    live?.setDisplay({ ...FULL, enabled: false });
    const lead = page.doc.getElementById('lead') as HTMLElement;
    lead.textContent = 'As many as 12 Indian nationals are missing, the Ministry of External Affairs said.';
    // The change is seen (the site being off, it is not read) before the site is turned on again.
    await settle();
    expect(page.reads()).toBe(1);
    live?.setDisplay(FULL);
    await vi.waitFor(() => expect(page.requests).toHaveLength(2));
    expect(page.reads()).toBeGreaterThanOrEqual(2);
    await vi.waitFor(() =>
      expect(page.sent.at(-1)?.figures.map((f) => [f.value, f.kind])).toContainEqual([12, 'missing']),
    );
  });

  it('lets an answer still on its way paint as the new settings say, asking nothing more', async () => {
    let release: () => void = () => undefined;
    const page = start(
      (r) =>
        new Promise((resolve) => {
          release = () => void background.answer(r).then(resolve);
        }),
    );
    live?.setDisplay({ ...FULL, highlights: false });
    release();
    await vi.waitFor(() => expect(page.badges()).toBe(1));
    expect(page.highlighted()).toEqual([]);
    expect([page.reads(), page.requests.length]).toEqual([1, 1]);
  });
});
