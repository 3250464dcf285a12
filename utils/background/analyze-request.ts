import type { AnalyzeTextReply, AnalyzeTextRequest, AnswerFigure } from '../contracts/analyze-message';
import { type CheckedFigure, checkedFigure, recordTableOf } from '../contracts/checked-figure';
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
 * once, in the answer kept for the tab; the page's answer carries only what badges and highlights
 * paint. With `messages`, each figure's badge gets its accessible name here, so that the page reads
 * no message catalogue until a card opens.
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
 * What the page compares between re-reads, as a short hash (FNV-1a, twice over, 64 bits in all): whether
 * the page is relevant, and each figure's value, top, kind, date, status, currency and latest record.
 */
function answerFingerprint(relevant: boolean, figures: readonly CheckedFigure[]): string {
  const text = `${relevant}|${figures.map((f) => `${f.value}:${f.high ?? ''}:${f.kind}:${f.asOf}:${f.verdict.status}:${f.verdict.currency}:${f.verdict.latest ?? ''}`).join(',')}`;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return [a, b].map((h) => (h >>> 0).toString(36).padStart(7, '0')).join('');
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
  const full = claims.map((f, i) => checkedFigure(f, verdicts[i] as (typeof verdicts)[number]));
  const standings = claims.map((f, i) => standingOf(f, verdicts[i] as (typeof verdicts)[number]));
  const figures = claims.map(
    (f, i): AnswerFigure => ({
      value: f.value,
      kind: f.kind,
      status: (verdicts[i] as (typeof verdicts)[number]).status,
      currency: (verdicts[i] as (typeof verdicts)[number]).currency,
      standing: standings[i] as (typeof standings)[number],
      mentions: f.mentions.map((m) => ({ start: m.start, end: m.end })),
    }),
  );
  const labels = claims.map((f, i) =>
    messages ? badgeLabel(messages, f, standings[i] as (typeof standings)[number]) : '',
  );
  const t2 = now();
  const kept: TabAnswer = {
    id,
    url: request.url,
    page: request.page,
    relevant: r.relevant,
    score: r.score,
    published: r.published,
    truncated: r.truncated,
    figures: full,
    records: recordTableOf(verdicts),
  };
  const reply: AnalyzeTextReply = {
    id,
    relevant: r.relevant,
    score: r.score,
    published: r.published,
    truncated: r.truncated,
    figures,
    fingerprint: answerFingerprint(r.relevant, full),
    labels,
    ...(messages ? { labelsLang: catalogueLang(messages) } : {}),
    record: { shippedEnd: set.shippedEnd, readerEnd: set.readerEnd },
    timings: { figures: t1 - t0, verdicts: t2 - t1 },
    wordingLang: null,
  };
  return { reply, kept };
}
