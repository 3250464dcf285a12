// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import annotator from '../../entrypoints/annotator';
import { answerAnalyzeRequest } from '../../utils/background/analyze-request';
import { type AnalyzeTextRequest, isAnalyzeTextRequest } from '../../utils/contracts/analyze-message';
import { FOCUS_FIGURE } from '../../utils/contracts/focus-figure';
import { LIVE_ANNOTATOR } from '../../utils/page/detector/live-annotator-handle';
import { OVERLAY_TAG } from '../../utils/page/overlay';
import { SHIPPED } from '../../utils/record/record-set';
import { getMessageEn } from './support/i18n-en';

/**
 * The injected annotator's one message listener, in a happy-dom page with a stand-in for the
 * extension APIs it takes from the global (no polyfill): it hears "move to a figure" from its own
 * extension only, answers at once whether it moved, and is removed when the annotator stops.
 */

const OUR_ID = 'our-extension-id';

type Listener = (message: unknown, sender: { id?: string }, reply: (r: unknown) => void) => unknown;

let listeners: Listener[];
let saved: unknown;
let removed: Listener[];

const ARTICLE = `<h1>India presses Russia to free 44 Indians serving in the Russian army</h1>
<p>As many as 44 Indian nationals are currently serving in the Russian army, the Ministry of External
Affairs said on Friday. In July, the minister told the Rajya Sabha that 127 Indian nationals had been
recruited, and that 12 were missing.</p>`;

beforeEach(() => {
  listeners = [];
  removed = [];
  document.head.innerHTML =
    '<title>India presses Russia</title><meta property="article:published_time" content="2025-11-08">';
  document.body.innerHTML = `<article>${ARTICLE}</article>`;
  // happy-dom lays nothing out: each figure gets the box a browser would give it.
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return (
      this.collapsed ? [] : [{ left: 10, right: 30, top: 10, bottom: 26, width: 20, height: 16 }]
    ) as never;
  });
  // As Firefox gives it (Chromium's is `chrome`); in place of the fakeBrowser the unit tests have there.
  saved = (globalThis as { browser?: unknown }).browser;
  (globalThis as { browser?: unknown }).browser = {
    runtime: {
      id: OUR_ID,
      sendMessage: async (message: unknown) =>
        isAnalyzeTextRequest(message)
          ? answerAnalyzeRequest(message as AnalyzeTextRequest, '2026-11-25', SHIPPED, getMessageEn)
          : undefined,
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => removed.push(l),
      },
    },
    i18n: { getMessage: getMessageEn },
  };
});

afterEach(() => {
  const g = globalThis as Record<symbol, { stop(): void } | undefined>;
  g[LIVE_ANNOTATOR]?.stop();
  g[LIVE_ANNOTATOR] = undefined;
  (globalThis as { browser?: unknown }).browser = saved;
  vi.restoreAllMocks();
});

async function started(): Promise<Listener> {
  await annotator.main();
  await vi.waitFor(() => expect(document.querySelector(OVERLAY_TAG)).not.toBeNull());
  expect(listeners).toHaveLength(1);
  return listeners[0] as Listener;
}

const focusedValue = () =>
  document.activeElement?.tagName.toLowerCase() === OVERLAY_TAG
    ? (document.querySelector(OVERLAY_TAG)?.shadowRoot?.activeElement?.getAttribute('data-value') ?? null)
    : null;

describe("the annotator's message listener", () => {
  it('moves to a figure when its own extension asks, and answers at once that it did', async () => {
    const listener = await started();
    const reply = vi.fn();
    listener({ type: FOCUS_FIGURE, figure: 'next' }, { id: OUR_ID }, reply);
    expect(reply).toHaveBeenCalledWith(true);
    expect(focusedValue()).toBe('44');
    listener({ type: FOCUS_FIGURE, figure: 2 }, { id: OUR_ID }, reply);
    expect(reply).toHaveBeenLastCalledWith(true);
    expect(focusedValue()).toBe('12');
    // No such figure in the page: answered, false.
    listener({ type: FOCUS_FIGURE, figure: 9 }, { id: OUR_ID }, reply);
    expect(reply).toHaveBeenLastCalledWith(false);
  });

  it.each<[string, unknown, { id?: string }]>([
    ['another extension', { type: FOCUS_FIGURE, figure: 'next' }, { id: 'another-extension' }],
    ['a sender without an id', { type: FOCUS_FIGURE, figure: 'next' }, {}],
    ['a message of another type', { type: 'factcheck:page-result', figure: 'next' }, { id: OUR_ID }],
    ['an unknown target', { type: FOCUS_FIGURE, figure: 'first' }, { id: OUR_ID }],
    ['a negative index', { type: FOCUS_FIGURE, figure: -1 }, { id: OUR_ID }],
    ['a fractional index', { type: FOCUS_FIGURE, figure: 1.5 }, { id: OUR_ID }],
    ['no message', null, { id: OUR_ID }],
  ])('ignores %s, and answers nothing', async (_name, message, sender) => {
    const listener = await started();
    const reply = vi.fn();
    expect(listener(message, sender, reply)).toBeUndefined();
    expect(reply).not.toHaveBeenCalled();
    expect(focusedValue()).toBeNull();
  });

  it('is removed when the annotator stops (a second injection, or the page leaving the topic)', async () => {
    const listener = await started();
    (globalThis as Record<symbol, { stop(): void } | undefined>)[LIVE_ANNOTATOR]?.stop();
    expect(removed).toEqual([listener]);
  });
});
