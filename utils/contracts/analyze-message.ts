import type { Figure, PartialDate } from '../engine/figure-types';
import { MAX_BLOCKS, MAX_TEXT_CHARS, type TextBlock } from '../engine/text/text-model';
import type { Verdict } from '../record/verdicts';
import type { Catalogue } from '../wording/catalogue';
import {
  booleanProblem,
  isPlainObject,
  keysProblem,
  numberProblem,
  type Problem,
  partialDateProblem,
  urlProblem,
} from './messages';

/**
 * The annotator reads the page into a text model and asks the background to read the figures in it:
 * extraction and comparison run in the extension's long-lived background context, off the page's main
 * thread, with the reference record loaded once instead of in every page.
 */
export const ANALYZE_TEXT = 'factcheck:analyze-text';

export interface AnalyzeTextRequest {
  type: typeof ANALYZE_TEXT;
  url: string;
  text: string;
  blocks: TextBlock[];
  published: PartialDate;
  truncated: boolean;
}

/** What the background found: offsets index the request's text. */
export interface AnalyzeTextReply {
  relevant: boolean;
  score: number;
  published: PartialDate;
  truncated: boolean;
  figures: Figure[];
  verdicts: Verdict[];
  /** Each figure's badge's accessible name, worded by the background. */
  labels: string[];
  /**
   * The language the labels are worded in (the catalogue's `htmlLang`), for the badges' `lang`: the page
   * need not read the catalogue to paint them.
   */
  labelsLang?: string;
  /** How far the record runs: what every card says beside the figure's verdict. */
  record: { shippedEnd: string; readerEnd: string | null };
  /** Time the background spent, ms: relevance and figures, then verdicts. */
  timings: { figures: number; verdicts: number };
  /**
   * The messages of the language the reader chose, for the cards (a page cannot read the extension's
   * files); absent or null: the browser's language, which the page's own i18n API reads.
   */
  wording?: Catalogue | null;
}

/** A catalogue's limits on the way to a page: the whole English one is about 260 messages. */
export const WORDING_LIMITS = { messages: 2000, chars: 4000 } as const;

/** The first thing wrong with a reply's catalogue, or null when it is well formed (or absent). */
export function wordingProblem(value: unknown): Problem {
  if (value === undefined || value === null) return null;
  if (!isPlainObject(value) || typeof value.lang !== 'string' || !/^[A-Za-z0-9-]{2,35}$/.test(value.lang))
    return 'wording: must name its language';
  const { messages } = value;
  if (!isPlainObject(messages)) return 'wording.messages: must be an object';
  const entries = Object.values(messages);
  if (entries.length > WORDING_LIMITS.messages)
    return `wording.messages: more than ${WORDING_LIMITS.messages}`;
  if (!entries.every((m) => typeof m === 'string' && m.length <= WORDING_LIMITS.chars))
    return 'wording.messages: each must be a short string';
  return null;
}

/** The first thing wrong with an analyze-text request, or null when it is well formed. */
export function analyzeTextRequestProblem(value: unknown): Problem {
  if (!isPlainObject(value)) return 'message: must be an object';
  if (value.type !== ANALYZE_TEXT) return `type: must be "${ANALYZE_TEXT}"`;
  const keys = keysProblem(value, ['type', 'url', 'text', 'blocks', 'published', 'truncated'], 'message');
  if (keys) return keys;
  const url = urlProblem(value.url, 'url');
  if (url) return url;
  const { text, blocks } = value;
  if (typeof text !== 'string') return 'text: must be a string';
  if (text.length > MAX_TEXT_CHARS + 1000)
    return `text: longer than ${MAX_TEXT_CHARS + 1000} characters (the text model's limit, with room for block breaks)`;
  if (!Array.isArray(blocks)) return 'blocks: must be an array';
  if (blocks.length > MAX_BLOCKS) return `blocks: more than ${MAX_BLOCKS}`;
  let previousEnd = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b: unknown = blocks[i];
    const path = `blocks[${i}]`;
    if (!isPlainObject(b)) return `${path}: must be an object`;
    const p =
      keysProblem(b, ['start', 'end', 'role'], path) ??
      numberProblem(b.start, previousEnd, text.length, `${path}.start`, true) ??
      numberProblem(b.end, b.start as number, text.length, `${path}.end`, true);
    if (p) return p;
    if (b.role !== 'title' && b.role !== 'body') return `${path}.role: must be title or body`;
    previousEnd = b.end as number;
  }
  return partialDateProblem(value.published, 'published') ?? booleanProblem(value.truncated, 'truncated');
}

export function isAnalyzeTextRequest(value: unknown): value is AnalyzeTextRequest {
  return analyzeTextRequestProblem(value) === null;
}

/**
 * The reply is checked before anything is painted from it: every span must lie inside the text the
 * page sent, so a stale or broken reply cannot paint the wrong words.
 */
export function analyzeTextReplyProblem(value: unknown, textLength: number): Problem {
  if (!isPlainObject(value)) return 'reply: must be an object';
  const { figures, verdicts } = value;
  if (typeof value.relevant !== 'boolean') return 'relevant: must be true or false';
  if (!Array.isArray(figures) || !Array.isArray(verdicts)) return 'figures, verdicts: must be arrays';
  if (figures.length !== verdicts.length) return 'verdicts: one per figure';
  const labels = value.labels;
  if (
    !Array.isArray(labels) ||
    labels.length !== figures.length ||
    !labels.every((l) => typeof l === 'string' && l.length <= 500)
  )
    return 'labels: one short string per figure';
  if (
    value.labelsLang !== undefined &&
    (typeof value.labelsLang !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value.labelsLang))
  )
    return 'labelsLang: must be a language tag';
  const record = value.record;
  if (
    !isPlainObject(record) ||
    partialDateProblem(record.shippedEnd, 'record.shippedEnd', false) ||
    partialDateProblem(record.readerEnd, 'record.readerEnd')
  )
    return 'record: must give the dates the record runs to';
  const wording = wordingProblem(value.wording);
  if (wording) return wording;
  const inText = (s: unknown) =>
    isPlainObject(s) &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    (s.start as number) >= 0 &&
    (s.start as number) < (s.end as number) &&
    (s.end as number) <= textLength;
  for (let i = 0; i < figures.length; i++) {
    const f: unknown = figures[i];
    if (!isPlainObject(f) || typeof f.value !== 'number' || typeof f.kind !== 'string')
      return `figures[${i}]: must be a figure`;
    if (!Array.isArray(f.mentions) || f.mentions.length === 0 || !f.mentions.every(inText))
      return `figures[${i}].mentions: must lie inside the text`;
    if (!isPlainObject(verdicts[i]) || typeof (verdicts[i] as { status?: unknown }).status !== 'string')
      return `verdicts[${i}]: must be a verdict`;
  }
  return null;
}
