import type { AnalyzeTextReply, AnalyzeTextRequest, AnswerFigure } from '../contracts/analyze-message';
import { checkedFigure, recordTableOf } from '../contracts/checked-figure';
import { analyzeModel } from '../engine/analyze-page';
import { rangeClaims } from '../record/claims';
import { type RecordSet, SHIPPED } from '../record/record-set';
import { standingOf } from '../record/standing';
import { compareWithRecord } from '../record/verdicts';
import { badgeLabel, type Messages } from '../wording/figure-wording';
import { catalogueLang } from '../wording/locale-format';
import type { TabAnswer } from './tab-answers';

/**
 * The background's side of an analyze-text request: relevance, figures and a verdict for each, on
 * the text model the page sent. `today` is the reader's date (records after it are not known yet);
 * `set` the shipped record with the figures the reader accepted. A range's two ends come back as
 * one figure, one claim: one highlight, one badge, one verdict. Each record a verdict names is named
 * once, in `records`; a figure carries only what the page reads of it. With `messages`, each figure's
 * badge gets its accessible name here, so that the page reads no message catalogue until a card opens.
 * The words of the cards (`wordingLang`, `wording`) are the caller's to add.
 */
export function answerAnalyzeRequest(
  request: AnalyzeTextRequest,
  today: string,
  set: RecordSet = SHIPPED,
  messages?: Messages,
  now: () => number = () => performance.now(),
): AnalyzeTextReply {
  return analyzeInFull(request, today, set, messages, now).reply;
}

/**
 * The answer, and the same in full as the background keeps it for the tab (tab-answers.ts): every
 * figure with its verdict, the records they name, the page's own facts. `id` names both.
 */
export function analyzeInFull(
  request: AnalyzeTextRequest,
  today: string,
  set: RecordSet = SHIPPED,
  messages?: Messages,
  now: () => number = () => performance.now(),
  id: string = crypto.randomUUID(),
): { reply: AnalyzeTextReply; kept: TabAnswer } {
  const t0 = now();
  const model = { text: request.text, blocks: request.blocks, nodes: [], truncated: request.truncated };
  const r = analyzeModel(model, request.published, { url: request.url });
  const t1 = now();
  const claims = rangeClaims(r.figures).map((c) => c.claim);
  const verdicts = claims.map((f) => compareWithRecord(f, set.records, today));
  const figures = claims.map(
    (f, i): AnswerFigure => ({
      ...checkedFigure(f, verdicts[i] as (typeof verdicts)[number]),
      mentions: f.mentions.map((m) => ({ start: m.start, end: m.end })),
    }),
  );
  const labels = claims.map((f, i) =>
    messages ? badgeLabel(messages, f, standingOf(f, verdicts[i] as (typeof verdicts)[number])) : '',
  );
  const t2 = now();
  const records = recordTableOf(verdicts);
  const kept: TabAnswer = {
    id,
    url: request.url,
    page: request.page,
    relevant: r.relevant,
    score: r.score,
    published: r.published,
    truncated: r.truncated,
    figures: figures.map(({ mentions: _mentions, ...f }) => f),
    records,
  };
  const reply: AnalyzeTextReply = {
    id,
    relevant: r.relevant,
    score: r.score,
    published: r.published,
    truncated: r.truncated,
    figures,
    records,
    labels,
    ...(messages ? { labelsLang: catalogueLang(messages) } : {}),
    record: { shippedEnd: set.shippedEnd, readerEnd: set.readerEnd },
    timings: { figures: t1 - t0, verdicts: t2 - t1 },
    wordingLang: null,
  };
  return { reply, kept };
}
