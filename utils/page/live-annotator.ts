import {
  ANALYZE_TEXT,
  type AnalyzeTextReply,
  type AnalyzeTextRequest,
  analyzeTextReplyProblem,
} from '../contracts/analyze-message';
import { LIMITS } from '../contracts/checks';
import {
  FIGURE_DETAILS,
  type FigureDetails,
  type FigureDetailsRequest,
  figureDetailsPaintProblem,
} from '../contracts/figure-details';
import type { FigureTarget } from '../contracts/focus-figure';
import { clipUrl, PAGE_PAINTED, type PagePaintedMessage, pageMetaFromDocument } from '../contracts/messages';
import { publicationDateFromDocument } from '../engine/text/publication-date';
import { type TextModel, textModelFromDocument } from '../engine/text/text-model';
import { reviewedPage } from '../export/claim-review';
import { sameDocument } from '../sites/same-document';
import { type Display, FULL_DISPLAY } from '../storage/settings-shape';
import { type Catalogue, catalogueReader } from '../wording/catalogue';
import type { Messages } from '../wording/figure-wording';
import { createOverlay, OVERLAY_TAG, type Overlay } from './overlay';
import { backgroundBehind } from './page-background';
import { isDarkBackground } from './page-colours';
import { type HighlightHost, paintHighlights } from './paint-highlights';
import { readRegions, touchesRegions } from './read-regions';
import { rereadDue } from './reread-timing';
import type { StageTimeline } from './stage-timeline';

/**
 * Keeps a page's figures painted while the page changes: reads the page and has its figures read
 * (by the background: `analyze`), paints them, then re-reads after changes to what it read settle
 * (utils/page/reread-timing.ts: debounced, with a longest wait and at most one read a second; a burst of
 * thousands of mutations is one coarse re-read; changes outside the headline and the article are
 * ignored), after in-app navigation, and stops cleanly when the extension goes away. The same text
 * read again (a page that re-renders its article) is repainted from the last answer, without asking
 * the background again; so is a change of what to show (highlights, badges, the site turned off and
 * on), without even reading the page, unless it changed meanwhile. The chosen language's catalogue
 * comes with the first answer worded in it and is kept: the requests say which one the annotator holds.
 * Everything page-specific is passed in.
 */

export interface LiveAnnotatorDeps {
  doc: Document;
  win: Window;
  highlightHost: HighlightHost;
  /** Figures and verdicts for the page's text; null when no answer came. */
  analyze: (request: AnalyzeTextRequest) => Promise<AnalyzeTextReply | null>;
  /** A card's details, from the answer the background keeps for the tab; null when no answer came. */
  details: (request: FigureDetailsRequest) => Promise<unknown>;
  /** Tells the background the page painted an answer: it keeps the result it made of it. */
  send: (message: PagePaintedMessage) => void;
  /** False once the extension has been reloaded or updated under this page. */
  alive: () => boolean;
  log?: (line: string) => void;
  /** What to paint (the reader's settings for this page); everything when not given. */
  display?: Display;
  /**
   * The extension's message catalogue in the browser's language, for the cards' wording; an answer
   * that brings the catalogue of the language the reader chose is worded in that one.
   */
  messages: Messages;
  /** The timing build's stage timeline (utils/page/stage-timeline.ts); none in a release build. */
  timeline?: StageTimeline;
}

export interface LiveAnnotator {
  rescan(): void;
  /**
   * The reader changed the settings: repaint from the last answer, or clear, at once and without a
   * reload; the page is read again only if it changed since it was last read.
   */
  setDisplay(display: Display): void;
  /**
   * The reader chose another language: read the page again at once and ask the background anew (its
   * answer brings the words), even for the same text; the toolbar hears of the page again.
   */
  reread(): void;
  /** Moves the reader to a figure's badge (utils/page/overlay.ts); false when no badge of it is in the page. */
  focusFigure(target: FigureTarget): boolean;
  stop(): void;
}

/** Past this many mutation records in one burst, the page is re-read once, coarsely, as a whole. */
const BURST_LIMIT = 1000;

/** The marks and measures of one read, in the timing build's stage timeline (`npm run bench:browser`). */
const TIMELINE_NAMES = [
  'factcheck-annotate-start',
  'factcheck-model-end',
  'factcheck-extract-end',
  'factcheck-annotate-end',
  'factcheck-text-model',
  'factcheck-relevance-figures',
  'factcheck-verdicts',
  'factcheck-extract',
  'factcheck-paint',
  'factcheck-answer',
];

export function startLiveAnnotator(deps: LiveAnnotatorDeps): LiveAnnotator {
  const { doc, win, timeline } = deps;
  let clearPaint: (() => void) | null = null;
  let lastSignature = '';
  let lastUrl = '';
  let lastRun = 0;
  /** The first change not yet read, ms (0: none). */
  let firstPending = 0;
  /** Where the last read came from, and the address the page last said it was at. */
  let regions: Node[] = [];
  let seenUrl = win.location.href;
  /** The last answer, and the text model it was for. */
  let lastReply: AnalyzeTextReply | null = null;
  let lastModel: TextModel | null = null;
  /** The page changed (or moved) since its last read: what was read then may be gone. */
  let changedSinceRead = false;
  /** The latest read's answer is on its way: it will paint as the settings say when it comes. */
  let awaiting = false;
  /** The chosen language's catalogue, as the first answer worded in it brought it, and its reader. */
  let held: { catalogue: Catalogue; messages: Messages } | null = null;
  let overlay: Overlay | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingRecords = 0;
  let stopped = false;
  let display: Display = deps.display ?? FULL_DISPLAY;
  /**
   * The cards' details the background gave for one answer (its id), by figure: kept until another
   * answer is painted. A failure is not kept: the card asks again when it next opens.
   */
  let cards: { answer: string; details: Map<number, Promise<FigureDetails | null>> } = {
    answer: '',
    details: new Map(),
  };
  const detailsOf = (answer: string, figure: number): Promise<FigureDetails | null> => {
    if (cards.answer !== answer) cards = { answer, details: new Map() };
    const kept = cards.details.get(figure);
    if (kept) return kept;
    const { details } = cards;
    const asked = deps
      .details({ type: FIGURE_DETAILS, answer, figure })
      .catch(() => null)
      .then((reply): FigureDetails | null => {
        const problem = reply == null ? 'no answer' : figureDetailsPaintProblem(reply);
        const ok = problem === null && (reply as { ok: boolean }).ok;
        if (!ok) {
          details.delete(figure);
          deps.log?.(`[factcheck] annotator: no details for figure ${figure}, ${problem ?? 'refused'}`);
          return null;
        }
        return reply as FigureDetails;
      });
    details.set(figure, asked);
    return asked;
  };

  /**
   * The page's address, title, outlet and canonical address. After an in-app navigation a page often
   * leaves its head as it was: a canonical address unchanged since the first story is that story's,
   * not this one's, and is dropped (the new story would be stored as the first one, in its place); a
   * title unchanged since then gives way to the new story's headline.
   */
  let first: { url: string; canonicalUrl: string | null; title: string } | null = null;
  const currentMeta = (url: string) => {
    const meta = pageMetaFromDocument(doc, url);
    first ??= { url, canonicalUrl: meta.canonicalUrl, title: meta.title };
    if (sameDocument(url, first.url)) return meta;
    const headline = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return {
      ...meta,
      canonicalUrl: meta.canonicalUrl === first.canonicalUrl ? null : meta.canonicalUrl,
      title: meta.title === first.title && headline ? headline.slice(0, LIMITS.title) : meta.title,
    };
  };

  const clear = () => {
    clearPaint?.();
    clearPaint = null;
    overlay = null;
    // Overlays left by an earlier copy of the extension (reloaded or updated) go too.
    for (const stale of Array.from(doc.querySelectorAll(OVERLAY_TAG))) stale.remove();
  };

  /** Bumped by every read: an answer for an earlier read is dropped. */
  let generation = 0;

  const run = (reason: string) => {
    if (stopped) return;
    if (!deps.alive()) {
      stop();
      return;
    }
    const current = ++generation;
    firstPending = 0;
    awaiting = false;
    // On a site the reader turned off, nothing is read, painted or sent until it is turned on again.
    if (!display.enabled) {
      clear();
      lastSignature = '';
      return;
    }
    lastRun = Date.now();
    const perf = win.performance;
    const t0 = perf.now();
    // The timeline keeps the latest read's entries only (a living page is read again and again).
    if (timeline) {
      for (const name of TIMELINE_NAMES) {
        timeline.clearMarks(name);
        timeline.clearMeasures(name);
      }
    }
    timeline?.mark('factcheck-annotate-start');
    const model = textModelFromDocument(doc);
    const published = publicationDateFromDocument(doc);
    const url = win.location.href;
    changedSinceRead = false;
    timeline?.mark('factcheck-model-end');
    timeline?.measure('factcheck-text-model', 'factcheck-annotate-start', 'factcheck-model-end');
    const modelMs = perf.now() - t0;
    regions = readRegions(model);
    seenUrl = url;
    // The page re-rendered the same article: its new nodes painted with the answer already had.
    if (lastReply && lastModel && model.text === lastModel.text && url === lastUrl) {
      lastModel = model;
      paint(lastReply, model, url, `${reason}, same text`, modelMs, t0);
      return;
    }
    const meta = currentMeta(url);
    const request: AnalyzeTextRequest = {
      type: ANALYZE_TEXT,
      // A request with an address past the message's limit would be refused whole.
      url: clipUrl(url),
      // What the page's result says of the page, kept by the background with its answer.
      page: { canonicalUrl: meta.canonicalUrl, title: meta.title, publisher: meta.publisher },
      text: model.text,
      blocks: model.blocks,
      published,
      truncated: model.truncated,
      wordingHeld: held?.catalogue.lang ?? null,
    };
    awaiting = true;
    deps
      .analyze(request)
      .catch(() => null)
      .then((reply) => {
        if (stopped || current !== generation) return;
        awaiting = false;
        if (!reply) {
          deps.log?.(`[factcheck] annotator: no answer from the extension (${reason})`);
          return;
        }
        const problem = analyzeTextReplyProblem(reply, model.text.length, request.wordingHeld);
        if (problem) {
          deps.log?.(`[factcheck] annotator: unusable answer, ${problem} (${reason})`);
          return;
        }
        if (reply.wording) held = { catalogue: reply.wording, messages: catalogueReader(reply.wording) };
        lastReply = reply;
        lastModel = model;
        paint(reply, model, url, reason, modelMs, t0);
        // The answer's size as it came over, after the paint (the timing build's bench prints it).
        timeline?.mark('factcheck-answer', {
          detail: {
            bytes: new TextEncoder().encode(JSON.stringify(reply)).length,
            figures: reply.figures.length,
          },
        });
      })
      .catch((e: unknown) => console.warn('[factcheck] annotator could not paint', e));
  };

  /** A repaint from the last answer, the page not read again: nothing of a read to time. */
  const repaint = (reason: string) => {
    if (!lastReply || !lastModel) return;
    paint(lastReply, lastModel, lastUrl, `${reason}, from the last answer`, 0, win.performance.now(), false);
  };

  const paint = (
    r: AnalyzeTextReply,
    model: TextModel,
    url: string,
    reason: string,
    modelMs: number,
    t0: number,
    read = true,
  ) => {
    const perf = win.performance;
    // What the background spent, as measures of the timeline (they ran off the page's main thread).
    const timeline = read ? deps.timeline : undefined;
    if (timeline) {
      timeline.mark('factcheck-extract-end');
      const end = perf.now();
      timeline.measure('factcheck-relevance-figures', {
        start: end - r.timings.figures - r.timings.verdicts,
        duration: r.timings.figures,
      });
      timeline.measure('factcheck-verdicts', {
        start: end - r.timings.verdicts,
        duration: r.timings.verdicts,
      });
      timeline.measure('factcheck-extract', 'factcheck-annotate-start', 'factcheck-extract-end');
    }
    const paintStart = perf.now();
    clear();
    const meta = currentMeta(url);
    if (r.relevant && r.figures.length > 0) {
      const { figures, labels } = r;
      // Inks that stand out on the page's own background, behind its article (utils/page/page-colours.ts).
      const article = regions[regions.length - 1];
      const onDark = isDarkBackground(
        backgroundBehind(
          win,
          article?.nodeType === 1 ? (article as Element) : (article?.parentElement ?? null),
        ),
      );
      const painted = paintHighlights(
        display.highlights ? deps.highlightHost : { ...deps.highlightHost, registry: null },
        model,
        figures,
        onDark,
      );
      const made = display.badges
        ? createOverlay(doc, win, { figures, labels, details: (i) => detailsOf(r.id, i) }, painted.ranges, {
            // The chosen language's words, held since an answer brought them; else the browser's.
            messages: r.wordingLang !== null && held ? held.messages : deps.messages,
            lang: (r.wordingLang !== null ? held?.catalogue.lang : undefined) ?? r.labelsLang,
            shippedEnd: r.record.shippedEnd,
            readerEnd: r.record.readerEnd,
            outlet: meta.publisher,
            published: r.published,
            timeline,
            onDark,
            // The page as the popup names it (by its canonical address when it has one).
            copy: () => reviewedPage({ ...meta, published: r.published }),
          })
        : null;
      overlay = made;
      clearPaint = () => {
        painted.clear();
        made?.remove();
      };
    }
    timeline?.mark('factcheck-annotate-end');
    timeline?.measure('factcheck-paint', 'factcheck-extract-end', 'factcheck-annotate-end');
    // Work done in the page, and in all (the background's share ran meanwhile, elsewhere).
    const pageMs = (modelMs + perf.now() - paintStart).toFixed(1);
    const ms = (perf.now() - t0).toFixed(1);
    const list = r.figures.map((f) => `${f.value} ${f.kind} ${f.status} ${f.standing}`).join('; ');
    deps.log?.(
      `[factcheck] annotator: relevant=${r.relevant} score=${r.score} published=${r.published ?? 'unknown'} figures=${r.figures.length} time=${ms}ms page=${pageMs}ms (${reason})${list ? ` :: ${list}` : ''}`,
    );
    // The background hears of a page only when what it would show changes: it keeps the result it
    // made of the answer the page painted.
    const sig = r.fingerprint;
    if (sig !== lastSignature || url !== lastUrl) {
      lastSignature = sig;
      lastUrl = url;
      deps.send({ type: PAGE_PAINTED, answer: r.id });
    }
  };

  const schedule = (reason: string) => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    const now = Date.now();
    if (firstPending === 0) firstPending = now;
    changedSinceRead = true;
    const wait = Math.max(0, rereadDue(now, firstPending, lastRun) - now);
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
    // An in-app navigation (history.pushState) shows as the page's address changing.
    const href = win.location.href;
    if (href !== seenUrl) {
      seenUrl = href;
      pendingRecords += records.length;
      schedule('navigation');
      return;
    }
    let relevant = 0;
    for (const rec of records) if (!ownChange(rec) && touchesRegions(rec, regions)) relevant++;
    if (relevant === 0) return;
    pendingRecords += relevant;
    // Badges whose figures the change took away hide at once, before the re-read.
    overlay?.refresh();
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
      if (same) return;
      // Turned off: cleared, and nothing read. Otherwise the last answer is painted again as the
      // settings now say, unless the page changed since it was read (or there is no answer yet): then it
      // is read. An answer still on its way paints as they say when it comes.
      const unchanged = !changedSinceRead && win.location.href === seenUrl;
      if (display.enabled && unchanged && awaiting) return;
      if (display.enabled && unchanged && lastReply && seenUrl === lastUrl) repaint('settings changed');
      else run('settings changed');
    },
    reread() {
      if (stopped) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      lastReply = null;
      lastSignature = '';
      run('language changed');
    },
    focusFigure: (target) => (!stopped && overlay?.focusFigure(target)) === true,
    stop,
  };
}
