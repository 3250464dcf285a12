import type { AnalyzeTextReply, AnalyzeTextRequest } from './analyze-message';
import { analyzeModel } from './analyze-page';
import { REFERENCE_RECORDS } from './reference/records';
import { compareFigures } from './verdicts';

/**
 * The background's side of an analyze-text request: relevance, figures and a verdict for each, on
 * the text model the page sent. `today` is the reader's date (records after it are not known yet).
 */
export function answerAnalyzeRequest(
  request: AnalyzeTextRequest,
  today: string,
  now: () => number = () => performance.now(),
): AnalyzeTextReply {
  const t0 = now();
  const model = { text: request.text, blocks: request.blocks, nodes: [], truncated: request.truncated };
  const r = analyzeModel(model, request.published, { url: request.url });
  const t1 = now();
  const verdicts = compareFigures(r.figures, REFERENCE_RECORDS, today);
  const t2 = now();
  return {
    relevant: r.relevant,
    score: r.score,
    published: r.published,
    truncated: r.truncated,
    figures: r.figures,
    verdicts,
    timings: { figures: t1 - t0, verdicts: t2 - t1 },
  };
}
