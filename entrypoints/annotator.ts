import { startLiveAnnotator } from '@/utils/live-annotator';
import { LIVE_ANNOTATOR } from '@/utils/live-annotator-handle';
import type { PageResultMessage } from '@/utils/messages';
import type { HighlightHost } from '@/utils/paint-highlights';

/** The one extension API the annotator needs, taken from the global (no polyfill in this script). */
interface RuntimeLike {
  id?: string;
  sendMessage(message: PageResultMessage): Promise<unknown> | undefined;
}

/** The reader's calendar date, YYYY-MM-DD: records published after it are not yet known. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Injected by the background into a page the detector flagged: reads the article, compares each
 * figure with the record, paints highlights and badges, keeps them right as the page changes, and
 * tells the background. A second injection replaces the first.
 */
export default defineUnlistedScript(() => {
  try {
    const g = globalThis as unknown as Record<symbol, { stop(): void } | undefined> & {
      browser?: { runtime: RuntimeLike };
      chrome?: { runtime: RuntimeLike };
    };
    g[LIVE_ANNOTATOR]?.stop();
    const runtime = (g.browser ?? g.chrome)?.runtime;
    const css = (globalThis as { CSS?: { highlights?: HighlightHost['registry'] } }).CSS;
    const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    g[LIVE_ANNOTATOR] = startLiveAnnotator({
      doc: document,
      win: window,
      highlightHost: {
        registry: css?.highlights && HighlightCtor ? css.highlights : null,
        createRange: () => document.createRange(),
        createHighlight: (ranges) => (HighlightCtor ? new HighlightCtor(...ranges) : null),
      },
      today,
      send: (message) => void runtime?.sendMessage(message)?.catch(() => undefined),
      // After a reload or update of the extension, this copy's runtime has no id any more.
      alive: () => Boolean(runtime?.id),
      log: (line) => console.info(line),
    });
  } catch (e) {
    console.warn('[factcheck] annotator failed', e);
  }
});
