import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { TOPIC_HIT, type TopicHitMessage } from '../../utils/contracts/messages';
import { LIVE_ANNOTATOR } from '../../utils/page/detector/live-annotator-handle';
import { type DetectorRuntime, startTopicDetector } from '../../utils/page/detector/topic-detector';
import type { StageTimeline } from '../../utils/page/stage-timeline';

/** A late page is looked at again every 1.5 s, 4 times; without the Navigation API the URL, every second. */
const RETRY_MS = 1500;
const RETRIES = 4;
const LOCATION_POLL_MS = 1000;

/**
 * The always-injected detector in a happy-dom page, its timers faked: what it asks of the background,
 * how it follows an SPA, and what stops it (the extension's runtime going away) and what does not
 * (anything the page dispatches or posts).
 */

const TOPIC = {
  title: 'India asks Russia to release Indians recruited into its army | The Hindu',
  lead: '<h1>India asks Russia to release Indians recruited into its army</h1><p>The Ministry of External Affairs said 44 Indian nationals were still serving in the Russian army.</p>',
};
const OFF_TOPIC = {
  title: 'India beat Australia by six wickets in the final | The Hindu',
  lead: '<h1>India beat Australia by six wickets in the final</h1><p>India chased down 287 with six wickets to spare.</p>',
};
const EXTENSION_ID = 'kfphkaopcpcgeejhnbbjpdcnhkiekaih';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

interface Live {
  stop: Mock<() => void>;
  rescan: Mock<() => void>;
}

/** Where the URL is watched from: the Navigation API's events, or a look once a second. */
type Watch = 'navigation' | 'polling';

function page(content: { title: string; lead: string }, watch: Watch = 'polling') {
  const hw = new HappyWindow({ url: 'https://www.thehindu.com/news/national/story-1.ece' });
  const doc = hw.document as unknown as Document;
  const show = (c: { title: string; lead: string }) => {
    doc.title = c.title;
    doc.body.innerHTML = `<article>${c.lead}</article>`;
  };
  show(content);
  const navigation = new EventTarget();
  const sent: TopicHitMessage[] = [];
  const log: string[] = [];
  const runtime: DetectorRuntime & { id?: string } = {
    id: EXTENSION_ID,
    sendMessage: vi.fn((message: TopicHitMessage) => {
      sent.push(message);
      return Promise.resolve(undefined);
    }),
  };
  const shared: Record<symbol, Live | undefined> = {};
  const win = {
    location: hw.location,
    setInterval: (handler: () => void, ms: number) => setInterval(handler, ms) as unknown as number,
    clearInterval: (id: number) => clearInterval(id),
    navigation: watch === 'navigation' ? navigation : undefined,
  };
  /** An SPA's navigation: a new URL, then the new page's title and article. */
  const navigate = (path: string, next: { title: string; lead: string }) => {
    hw.history.pushState({}, '', path);
    show(next);
    navigation.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(LOCATION_POLL_MS);
  };
  /** What the background does on a hit: the annotator runs, kept in the shared global. */
  const annotate = (): Live => {
    const live: Live = { stop: vi.fn(), rescan: vi.fn() };
    shared[LIVE_ANNOTATOR] = live;
    return live;
  };
  return { hw, doc, win, runtime, shared, sent, log, show, navigate, annotate };
}

function start(p: ReturnType<typeof page>, timeline?: StageTimeline) {
  startTopicDetector({
    doc: p.doc,
    win: p.win,
    shared: p.shared,
    runtime: p.runtime,
    log: (line) => p.log.push(line),
    timeline,
  });
}

const hit = (url: string) => ({ type: TOPIC_HIT, url });

describe('the topic detector', () => {
  it('asks the background for the annotator on a page about the topic, once', () => {
    const p = page(TOPIC);
    start(p);
    vi.advanceTimersByTime(10 * RETRY_MS);
    expect(p.sent).toEqual([hit('https://www.thehindu.com/news/national/story-1.ece')]);
    expect(p.log).toEqual(['[factcheck] detector: possible topic page']);
  });

  it('looks again while a late page fills in, a few times', () => {
    const p = page({ title: 'The Hindu', lead: '' });
    start(p);
    expect(p.log).toEqual(['[factcheck] detector: not about the topic']);
    vi.advanceTimersByTime(RETRY_MS);
    expect(p.sent).toEqual([]);
    p.show(TOPIC);
    vi.advanceTimersByTime(RETRY_MS);
    expect(p.sent).toHaveLength(1);

    const late = page({ title: 'The Hindu', lead: '' });
    start(late);
    vi.advanceTimersByTime(RETRIES * RETRY_MS);
    late.show(TOPIC);
    vi.advanceTimersByTime(10 * RETRY_MS);
    expect(late.sent).toEqual([]);
  });

  it.each<Watch>(['navigation', 'polling'])(
    'follows an SPA (%s): off the topic it stops the annotator, back on it asks again',
    (watch) => {
      const p = page(TOPIC, watch);
      start(p);
      const live = p.annotate();
      p.navigate('/news/national/story-2.ece', TOPIC);
      expect(live.rescan).toHaveBeenCalledTimes(1);
      p.navigate('/sport/cricket/final.ece', OFF_TOPIC);
      expect(live.stop).toHaveBeenCalledTimes(1);
      expect(p.shared[LIVE_ANNOTATOR]).toBeUndefined();
      p.navigate('/news/national/story-3.ece', TOPIC);
      expect(p.sent.map((m) => m.url)).toEqual([
        'https://www.thehindu.com/news/national/story-1.ece',
        'https://www.thehindu.com/news/national/story-3.ece',
      ]);
    },
  );

  it("is stopped by nothing the page dispatches or posts, WXT's content-script-started message included", () => {
    const p = page(TOPIC);
    start(p);
    const live = p.annotate();
    const type = `${EXTENSION_ID}:detector:wxt:content-script-started`;
    const detail = { contentScriptName: 'detector', messageId: 'from-the-page' };
    const { CustomEvent } = p.hw;
    p.hw.document.dispatchEvent(new CustomEvent(type, { detail }));
    p.hw.dispatchEvent(new CustomEvent(type, { detail }));
    p.hw.postMessage({ type, ...detail }, '*');
    vi.advanceTimersByTime(RETRY_MS);
    p.navigate('/news/national/story-2.ece', TOPIC);
    expect(live.stop).not.toHaveBeenCalled();
    expect(live.rescan).toHaveBeenCalledTimes(1);
  });

  it.each<[string, (runtime: { id?: string }) => void]>([
    ['has no id (Chromium, reloaded or updated)', (runtime) => delete runtime.id],
    [
      'throws when touched (Firefox, removed)',
      (runtime) =>
        Object.defineProperty(runtime, 'id', {
          get: () => {
            throw new TypeError("can't access dead object");
          },
        }),
    ],
  ])('stops the annotator, and itself, once the runtime %s', (_, kill) => {
    const p = page(TOPIC);
    start(p);
    const live = p.annotate();
    kill(p.runtime);
    p.navigate('/news/national/story-2.ece', TOPIC);
    expect(live.stop).toHaveBeenCalledTimes(1);
    expect(live.rescan).not.toHaveBeenCalled();
    expect(p.shared[LIVE_ANNOTATOR]).toBeUndefined();
    // Nothing left running: no retries, no watching of the URL.
    expect(vi.getTimerCount()).toBe(0);
    p.navigate('/news/national/story-3.ece', TOPIC);
    expect(p.sent).toHaveLength(1);
  });

  it('stops once a runtime call fails because the extension is gone', async () => {
    const p = page(TOPIC);
    p.runtime.sendMessage = () => {
      delete p.runtime.id;
      return Promise.reject(new Error('Extension context invalidated.'));
    };
    start(p);
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("times each check in the timing build's timeline only, never in the page's", () => {
    const names: string[] = [];
    const timeline: StageTimeline = {
      mark: (name) => {
        names.push(`mark ${name}`);
        return undefined as never;
      },
      measure: (name) => {
        names.push(`measure ${name}`);
        return undefined as never;
      },
      clearMarks: () => undefined,
      clearMeasures: () => undefined,
    };
    const p = page(TOPIC);
    start(p, timeline);
    expect(names).toEqual(['mark factcheck-detect-start', 'measure factcheck-detect']);

    const plain = page(TOPIC);
    start(plain);
    expect(plain.hw.performance.getEntries().map((e) => e.name)).toEqual([]);
  });
});
