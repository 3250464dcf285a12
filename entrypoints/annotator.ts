import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { AnalyzeTextReply, AnalyzeTextRequest } from '@/utils/contracts/analyze-message';
import type { FigureDetailsRequest } from '@/utils/contracts/figure-details';
import { isFocusFigureMessage } from '@/utils/contracts/focus-figure';
import type { PagePaintedMessage } from '@/utils/contracts/messages';
import { LIVE_ANNOTATOR } from '@/utils/page/detector/live-annotator-handle';
import { runtimeAlive } from '@/utils/page/detector/runtime-alive';
import { startLiveAnnotator } from '@/utils/page/live-annotator';
import type { HighlightHost } from '@/utils/page/paint-highlights';
import { stageTimeline } from '@/utils/page/stage-timeline';
import { displayFor, normalizeSettings, SETTINGS_STORAGE_KEY } from '@/utils/storage/settings-shape';
import { cachedMessages } from '@/utils/wording/cached-messages';

/** The extension APIs the annotator needs, taken from the global (no polyfill in this script). */
interface ApiLike {
  i18n?: { getMessage(key: string, substitutions?: string[]): string };
  runtime: {
    id?: string;
    sendMessage(
      message: PagePaintedMessage | AnalyzeTextRequest | FigureDetailsRequest,
    ): Promise<unknown> | undefined;
    onMessage?: {
      addListener(listener: MessageListener): void;
      removeListener(listener: MessageListener): void;
    };
  };
  storage?: {
    local: { get(key: string): Promise<Record<string, unknown>> | undefined };
    onChanged: {
      addListener(listener: StorageListener): void;
      removeListener(listener: StorageListener): void;
    };
  };
}
type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
type MessageListener = (message: unknown, sender: { id?: string }, reply: (focused: boolean) => void) => void;

/**
 * Injected by the background into a page the detector flagged (or the reader asked to check): reads
 * the article, has the background read its figures and compare them with the record, paints
 * highlights and badges as the reader's settings say, keeps them right as the page and the settings change, and tells the background. A
 * second injection replaces the first.
 */
export default defineUnlistedScript(async () => {
  try {
    const g = globalThis as unknown as Record<symbol, { stop(): void; rescan(): void } | undefined> & {
      browser?: ApiLike;
      chrome?: ApiLike;
    };
    g[LIVE_ANNOTATOR]?.stop();
    // Holds the place while the settings are read, so that a second injection meanwhile wins cleanly
    // (whatever replaces it, stopping it first, takes its place in the global).
    const placeholder = { stop: () => undefined, rescan: () => undefined };
    g[LIVE_ANNOTATOR] = placeholder;
    const api = g.browser ?? g.chrome;
    const runtime = api?.runtime;
    let stored: unknown;
    try {
      stored = (await api?.storage?.local.get(SETTINGS_STORAGE_KEY))?.[SETTINGS_STORAGE_KEY];
    } catch {
      // Unreadable settings: the defaults.
    }
    if (g[LIVE_ANNOTATOR] !== placeholder) return;
    const css = (globalThis as { CSS?: { highlights?: HighlightHost['registry'] } }).CSS;
    const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    const live = startLiveAnnotator({
      doc: document,
      win: window,
      highlightHost: {
        registry: css?.highlights && HighlightCtor ? css.highlights : null,
        createRange: () => document.createRange(),
        createHighlight: (ranges) => (HighlightCtor ? new HighlightCtor(...ranges) : null),
      },
      analyze: async (request) =>
        ((await runtime?.sendMessage(request)) as AnalyzeTextReply | undefined) ?? null,
      details: async (request) => (await runtime?.sendMessage(request)) ?? null,
      send: (message) => void runtime?.sendMessage(message)?.catch(() => undefined),
      // After a reload, update or removal of the extension, only its runtime says so.
      alive: () => runtimeAlive(runtime),
      log: (line) => console.info(line),
      timeline: stageTimeline(performance),
      display: displayFor(normalizeSettings(stored), location.href),
      // The extension's own catalogue, in the browser's language: the key itself if a string is missing.
      // (A language the reader chose comes from the background, with the figures.)
      messages: cachedMessages((key, substitutions) => {
        try {
          return api?.i18n?.getMessage(key, substitutions) || key;
        } catch {
          return key;
        }
      }),
    });
    // The reader changes a setting in the options page or the popup: repaint or clear, no reload; for
    // another language, the background is asked again, and its answer brings the words.
    let language = normalizeSettings(stored).language;
    const onChanged: StorageListener = (changes, area) => {
      const change = changes[SETTINGS_STORAGE_KEY];
      if (area !== 'local' || !change) return;
      try {
        const next = normalizeSettings(change.newValue);
        live.setDisplay(displayFor(next, location.href));
        if (next.language !== language) {
          language = next.language;
          live.reread();
        }
      } catch (e) {
        console.warn('[factcheck] annotator could not apply the settings', e);
      }
    };
    api?.storage?.onChanged.addListener(onChanged);
    // A keyboard shortcut (through the background) or the popup's "Show in the page" moves the reader to a
    // figure; only our own extension's messages are heard, and answered at once with whether it moved.
    const onMessage: MessageListener = (message, sender, reply) => {
      if (sender.id === runtime?.id && isFocusFigureMessage(message)) reply(live.focusFigure(message.figure));
    };
    runtime?.onMessage?.addListener(onMessage);
    g[LIVE_ANNOTATOR] = {
      ...live,
      stop() {
        live.stop();
        try {
          api?.storage?.onChanged.removeListener(onChanged);
          runtime?.onMessage?.removeListener(onMessage);
        } catch {
          // The extension is gone; so are the listeners.
        }
      },
    };
  } catch (e) {
    console.warn('[factcheck] annotator failed', e);
  }
});
