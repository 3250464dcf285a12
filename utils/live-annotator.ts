import { analyzeModel, type PageResult } from './analyze-page';
import { buildPageResultMessage, type PageResultMessage, pageMetaFromDocument } from './messages';
import { createOverlay, OVERLAY_TAG } from './overlay';
import { type HighlightHost, paintHighlights } from './paint-highlights';
import { publicationDateFromDocument } from './publication-date';
import { REFERENCE_RECORDS } from './reference/records';
import { type Display, FULL_DISPLAY } from './settings-shape';
import { textModelFromDocument } from './text-model';
import { compareWithRecord, type Verdict } from './verdicts';

/**
 * Keeps a page's figures painted while the page changes: reads and paints once, then re-reads after
 * DOM changes settle (debounced; a burst of thousands of mutations is one coarse re-read; at most one
 * re-read a second for pages that re-render all the time), after SPA navigation, and stops cleanly
 * when the extension goes away. Everything page-specific is passed in.
 */

export interface LiveAnnotatorDeps {
  doc: Document;
  win: Window;
  highlightHost: HighlightHost;
  /** The reader's date (YYYY-MM-DD): records published after it are not known yet. */
  today: () => string;
  send: (message: PageResultMessage) => void;
  /** False once the extension has been reloaded or updated under this page. */
  alive: () => boolean;
  log?: (line: string) => void;
  /** What to paint (the reader's settings for this page); everything when not given. */
  display?: Display;
}

export interface LiveAnnotator {
  rescan(): void;
  /** The reader changed the settings: repaint, or clear, at once and without a reload. */
  setDisplay(display: Display): void;
  stop(): void;
}

const DEBOUNCE_MS = 400;
const MIN_INTERVAL_MS = 1000;
/** Past this many mutation records in one burst, the page is re-read once, coarsely, as a whole. */
export const BURST_LIMIT = 1000;

function signature(r: PageResult, verdicts: Verdict[]): string {
  return `${r.relevant}|${r.figures.map((f, i) => `${f.value}:${f.kind}:${f.asOf}:${verdicts[i]?.status}`).join(',')}`;
}

export function startLiveAnnotator(deps: LiveAnnotatorDeps): LiveAnnotator {
  const { doc, win } = deps;
  let clearPaint: (() => void) | null = null;
  let lastSignature = '';
  let lastUrl = '';
  let lastRun = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingRecords = 0;
  let stopped = false;
  let display: Display = deps.display ?? FULL_DISPLAY;

  const clear = () => {
    clearPaint?.();
    clearPaint = null;
    // Overlays left by an earlier copy of the extension (reloaded or updated) go too.
    for (const stale of Array.from(doc.querySelectorAll(OVERLAY_TAG))) stale.remove();
  };

  const run = (reason: string) => {
    if (stopped) return;
    if (!deps.alive()) {
      stop();
      return;
    }
    // On a site the reader turned off, nothing is read, painted or sent until it is turned on again.
    if (!display.enabled) {
      clear();
      lastSignature = '';
      return;
    }
    lastRun = Date.now();
    const t0 = win.performance.now();
    const perf = win.performance;
    perf.mark('factcheck-annotate-start');
    const model = textModelFromDocument(doc);
    const published = publicationDateFromDocument(doc);
    perf.mark('factcheck-model-end');
    const r = analyzeModel(model, published, { url: win.location.href });
    perf.mark('factcheck-figures-end');
    const day = deps.today();
    const verdicts = r.figures.map((f) => compareWithRecord(f, REFERENCE_RECORDS, day));
    perf.mark('factcheck-extract-end');
    perf.measure('factcheck-text-model', 'factcheck-annotate-start', 'factcheck-model-end');
    perf.measure('factcheck-relevance-figures', 'factcheck-model-end', 'factcheck-figures-end');
    perf.measure('factcheck-verdicts', 'factcheck-figures-end', 'factcheck-extract-end');
    clear();
    if (r.relevant && r.figures.length > 0) {
      const painted = paintHighlights(
        display.highlights ? deps.highlightHost : { ...deps.highlightHost, registry: null },
        r.model,
        r.figures.map((f, i) => ({ mentions: f.mentions, status: verdicts[i]?.status ?? 'no_record' })),
      );
      const overlay = display.badges
        ? createOverlay(
            doc,
            win,
            r.figures.map((f, i) => ({ ...f, verdict: verdicts[i] as Verdict })),
            painted.ranges,
          )
        : null;
      clearPaint = () => {
        painted.clear();
        overlay?.remove();
      };
    }
    win.performance.mark('factcheck-annotate-end');
    win.performance.measure('factcheck-extract', 'factcheck-annotate-start', 'factcheck-extract-end');
    win.performance.measure('factcheck-paint', 'factcheck-extract-end', 'factcheck-annotate-end');
    const ms = (win.performance.now() - t0).toFixed(1);
    const list = r.figures
      .map((f, i) => `${f.value} ${f.kind} (${f.asOf ?? 'undated'}) ${verdicts[i]?.status ?? 'no_record'}`)
      .join('; ');
    deps.log?.(
      `[factcheck] annotator: relevant=${r.relevant} score=${r.score} published=${r.published ?? 'unknown'} figures=${r.figures.length} time=${ms}ms (${reason})${list ? ` :: ${list}` : ''}`,
    );
    // The background hears of a page only when what it would show changes.
    const sig = signature(r, verdicts);
    if (sig !== lastSignature || win.location.href !== lastUrl) {
      lastSignature = sig;
      lastUrl = win.location.href;
      deps.send(buildPageResultMessage(pageMetaFromDocument(doc, win.location.href), r, verdicts));
    }
  };

  const schedule = (reason: string) => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(DEBOUNCE_MS, MIN_INTERVAL_MS - (Date.now() - lastRun));
    timer = setTimeout(() => {
      timer = undefined;
      const coarse = pendingRecords > BURST_LIMIT;
      pendingRecords = 0;
      run(coarse ? `${reason}, coarse` : reason);
    }, wait);
  };

  const isOverlay = (node: Node) => (node as Element).tagName?.toLowerCase() === OVERLAY_TAG;
  /** Our own host coming and going is no change of the page. */
  const ownChange = (rec: MutationRecord) =>
    rec.type === 'childList' &&
    rec.addedNodes.length + rec.removedNodes.length > 0 &&
    Array.from(rec.addedNodes).every(isOverlay) &&
    Array.from(rec.removedNodes).every(isOverlay);

  const Observer = (win as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    let relevant = 0;
    for (const rec of records) if (!ownChange(rec)) relevant++;
    if (relevant === 0) return;
    pendingRecords += relevant;
    schedule('page changed');
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const onNavigate = () => schedule('navigation');
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);

  function stop() {
    if (stopped) return;
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    observer.disconnect();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
    clear();
  }

  run('load');
  return {
    rescan: () => schedule('requested'),
    setDisplay(next) {
      if (stopped) return;
      const same =
        next.enabled === display.enabled &&
        next.highlights === display.highlights &&
        next.badges === display.badges;
      display = next;
      if (!same) run('settings changed');
    },
    stop,
  };
}
