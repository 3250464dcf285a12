import { analyzeDocument } from '@/utils/analyze-page';

/**
 * Injected by the background into a page the detector flagged. Reads the whole article; painting
 * highlights and badges builds on this.
 */
export default defineUnlistedScript(() => {
  try {
    const t0 = performance.now();
    const r = analyzeDocument(document, { url: location.href });
    const ms = (performance.now() - t0).toFixed(1);
    const list = r.figures.map((f) => `${f.value} ${f.kind} (${f.asOf ?? 'undated'})`).join('; ');
    console.info(
      `[factcheck] annotator: relevant=${r.relevant} score=${r.score} published=${r.published ?? 'unknown'} figures=${r.figures.length} time=${ms}ms${list ? ` :: ${list}` : ''}`,
    );
  } catch (e) {
    console.warn('[factcheck] annotator failed', e);
  }
});
