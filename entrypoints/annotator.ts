import { analyzeDocument, type PageResult } from '@/utils/analyze-page';
import { buildPageResultMessage, type PageResultMessage, pageMetaFromDocument } from '@/utils/messages';
import { createOverlay } from '@/utils/overlay';
import { type HighlightHost, paintHighlights } from '@/utils/paint-highlights';
import { REFERENCE_RECORDS } from '@/utils/reference/records';
import { compareWithRecord, type Verdict } from '@/utils/verdicts';

/** The one extension API the annotator needs, taken from the global (no polyfill in this script). */
interface RuntimeLike {
  runtime: { sendMessage(message: PageResultMessage): Promise<unknown> | undefined };
}

/** The reader's calendar date, YYYY-MM-DD: records published after it are not yet known. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** What a previous run of the annotator left in this page, so a second run replaces it. */
const CLEANUP = Symbol.for('factcheck.cleanup');

/** Highlights every mention and puts a badge beside each figure; the page's text nodes stay as they are. */
function paint(r: PageResult, verdicts: Verdict[]): void {
  const g = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  g[CLEANUP]?.();
  const css = (globalThis as { CSS?: { highlights?: HighlightHost['registry'] } }).CSS;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  const host: HighlightHost = {
    registry: css?.highlights && HighlightCtor ? css.highlights : null,
    createRange: () => document.createRange(),
    createHighlight: (ranges) => (HighlightCtor ? new HighlightCtor(...ranges) : null),
  };
  const painted = paintHighlights(
    host,
    r.model,
    r.figures.map((f, i) => ({ mentions: f.mentions, status: verdicts[i]?.status ?? 'no_record' })),
  );
  const overlay = createOverlay(
    document,
    window,
    r.figures.map((f, i) => ({ ...f, verdict: verdicts[i] as Verdict })),
    painted.ranges,
  );
  g[CLEANUP] = () => {
    painted.clear();
    overlay.remove();
  };
}

/**
 * Injected by the background into a page the detector flagged. Reads the whole article, compares each
 * figure with the record, and sends the background one page-result message; painting highlights and
 * badges builds on this.
 */
export default defineUnlistedScript(() => {
  try {
    const t0 = performance.now();
    const r = analyzeDocument(document, { url: location.href });
    const day = today();
    const verdicts = r.figures.map((f) => compareWithRecord(f, REFERENCE_RECORDS, day));
    const ms = (performance.now() - t0).toFixed(1);
    const list = r.figures
      .map((f, i) => `${f.value} ${f.kind} (${f.asOf ?? 'undated'}) ${verdicts[i]?.status ?? 'no_record'}`)
      .join('; ');
    console.info(
      `[factcheck] annotator: relevant=${r.relevant} score=${r.score} published=${r.published ?? 'unknown'} figures=${r.figures.length} time=${ms}ms${list ? ` :: ${list}` : ''}`,
    );
    paint(r, verdicts);
    const message = buildPageResultMessage(pageMetaFromDocument(document, location.href), r, verdicts);
    const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
    const api = g.browser ?? g.chrome;
    void api?.runtime.sendMessage(message)?.catch(() => undefined);
  } catch (e) {
    console.warn('[factcheck] annotator failed', e);
  }
});
