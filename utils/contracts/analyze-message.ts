import { FIGURE_KINDS, type FigureKind, type PartialDate, type Span } from '../engine/figure-types';
import { MAX_BLOCKS, MAX_TEXT_CHARS, type TextBlock } from '../engine/text/text-model';
import { STANDINGS, type Standing } from '../record/standing';
import type { Currency, VerdictStatus } from '../record/verdicts';
import type { Catalogue } from '../wording/catalogue';
import { CURRENCIES, VERDICT_STATUSES } from './checked-figure';
import {
  booleanProblem,
  isPlainObject,
  keysProblem,
  LIMITS,
  numberProblem,
  type Problem,
  partialDateProblem,
  stringProblem,
  urlProblem,
} from './checks';

/**
 * The annotator reads the page into a text model and asks the background to read the figures in it:
 * extraction and comparison run in the extension's long-lived background context, off the page's main
 * thread, with the reference record loaded once instead of in every page.
 */
export const ANALYZE_TEXT = 'factcheck:analyze-text';

/**
 * What the page says of itself, as the annotator reads it from its head (messages.ts,
 * `pageMetaFromDocument`): the background keeps the page's result with them, checked again against
 * the address the browser reports for the frame (own-site.ts).
 */
export interface PageFacts {
  /** From `<link rel=canonical>`, when the page has a usable one on its own site. */
  canonicalUrl: string | null;
  title: string;
  /**
   * The name of a listed news site (utils/sites/outlets.ts), else the page's `og:site_name` unless it
   * names another site, else the host name (own-site.ts).
   */
  publisher: string;
}

export interface AnalyzeTextRequest {
  type: typeof ANALYZE_TEXT;
  url: string;
  page: PageFacts;
  text: string;
  blocks: TextBlock[];
  published: PartialDate;
  truncated: boolean;
  /**
   * The language of the chosen language's catalogue the annotator already holds (a catalogue's
   * `lang`), or null: the answer brings the catalogue only when it is another one.
   */
  wordingHeld: string | null;
}

/**
 * A figure of the answer: what its badge and highlight paint from (data-kind, data-value, data-status,
 * data-currency and the standing, DESIGN.md section 3), and every place in the request's text that
 * states it. The rest of it, in the shared CheckedFigure shape with the records its verdict names,
 * comes when its card first opens (figure-details.ts). The standing is the background's: the page
 * cannot work it out without the latest record.
 */
export interface AnswerFigure {
  value: number;
  kind: FigureKind;
  status: VerdictStatus;
  currency: Currency;
  standing: Standing;
  mentions: Span[];
}

/**
 * What the background found: each figure as the page paints it, and what names the answer. Offsets
 * index the request's text.
 */
export interface AnalyzeTextReply {
  /**
   * This answer's name: the page names it when it paints it (the background then keeps it as the
   * tab's result) and when it asks for a figure's details.
   */
  id: string;
  relevant: boolean;
  score: number;
  published: PartialDate;
  truncated: boolean;
  figures: AnswerFigure[];
  /**
   * A short hash of what the page compares between re-reads (whether the page is relevant, and each
   * figure's value, top, kind, date, status, currency and latest record): the background hears of the
   * page again only when it changes.
   */
  fingerprint: string;
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
   * The language the reader chose, whose catalogue words the cards (a page cannot read the extension's
   * files); null: the browser's language, which the page's own i18n API reads.
   */
  wordingLang: string | null;
  /** That language's catalogue: only when the request said the annotator does not hold it. */
  wording?: Catalogue;
}

/** Figures an answer may hold: far above any page's (the page's result keeps the first LIMITS.figures). */
const MAX_ANSWER_FIGURES = 2000;

/** A catalogue's limits on the way to a page: the whole English one is about 260 messages. */
const WORDING_LIMITS = { messages: 2000, chars: 4000 } as const;

const CATALOGUE_LANG = /^[A-Za-z0-9-]{2,35}$/;

/** An answer's name, as the background makes them (`crypto.randomUUID`). */
const ANSWER_ID = /^[A-Za-z0-9-]{1,64}$/;

export function answerIdProblem(value: unknown, path: string): Problem {
  return typeof value === 'string' && ANSWER_ID.test(value) ? null : `${path}: must name an answer`;
}

function pageFactsProblem(value: unknown): Problem {
  if (!isPlainObject(value)) return 'page: must be an object';
  return (
    keysProblem(value, ['canonicalUrl', 'title', 'publisher'], 'page') ??
    urlProblem(value.canonicalUrl, 'page.canonicalUrl', true) ??
    stringProblem(value.title, LIMITS.title, 'page.title') ??
    stringProblem(value.publisher, LIMITS.publisher, 'page.publisher')
  );
}

/** The first thing wrong with a reply's catalogue, or null when it is well formed (or absent). */
function wordingProblem(value: unknown): Problem {
  if (value === undefined) return null;
  if (!isPlainObject(value) || typeof value.lang !== 'string' || !CATALOGUE_LANG.test(value.lang))
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
function analyzeTextRequestProblem(value: unknown): Problem {
  if (!isPlainObject(value)) return 'message: must be an object';
  if (value.type !== ANALYZE_TEXT) return `type: must be "${ANALYZE_TEXT}"`;
  const keys = keysProblem(
    value,
    ['type', 'url', 'page', 'text', 'blocks', 'published', 'truncated', 'wordingHeld'],
    'message',
  );
  if (keys) return keys;
  const url = urlProblem(value.url, 'url') ?? pageFactsProblem(value.page);
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
  if (
    value.wordingHeld !== null &&
    (typeof value.wordingHeld !== 'string' || !CATALOGUE_LANG.test(value.wordingHeld))
  )
    return 'wordingHeld: must be a language or null';
  return partialDateProblem(value.published, 'published') ?? booleanProblem(value.truncated, 'truncated');
}

export function isAnalyzeTextRequest(value: unknown): value is AnalyzeTextRequest {
  return analyzeTextRequestProblem(value) === null;
}

const FINGERPRINT = /^[0-9a-z]{1,32}$/;

/**
 * The reply is checked before anything is painted from it (the page runs this on every answer, cold):
 * each figure's value, kind, status, currency and standing; every span lies inside the text the page
 * sent (a stale or broken reply cannot paint the wrong words); and the cards' words are the chosen
 * language's: brought along, or the catalogue of `held`, the one the annotator already holds. A card's
 * details are checked whole when they come (figure-details.ts).
 */
export function analyzeTextReplyProblem(
  value: unknown,
  textLength: number,
  held: string | null = null,
): Problem {
  if (!isPlainObject(value)) return 'reply: must be an object';
  const { figures } = value;
  const id = answerIdProblem(value.id, 'id');
  if (id) return id;
  if (typeof value.relevant !== 'boolean') return 'relevant: must be true or false';
  if (typeof value.fingerprint !== 'string' || !FINGERPRINT.test(value.fingerprint))
    return 'fingerprint: must be a short hash';
  if (!Array.isArray(figures)) return 'figures: must be an array';
  if (figures.length > MAX_ANSWER_FIGURES) return `figures: more than ${MAX_ANSWER_FIGURES}`;
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
  const { wordingLang, wording } = value;
  if (wordingLang !== null && (typeof wordingLang !== 'string' || !CATALOGUE_LANG.test(wordingLang)))
    return 'wordingLang: must be a language or null';
  const catalogue = wordingProblem(wording);
  if (catalogue) return catalogue;
  if (wording !== undefined && (wording as Catalogue).lang !== wordingLang)
    return 'wording: must be the catalogue of wordingLang';
  if (wording === undefined && wordingLang !== null && wordingLang !== held)
    return `wording: the catalogue of "${wordingLang}" is missing`;
  const inText = (s: unknown) =>
    isPlainObject(s) &&
    Object.keys(s).length === 2 &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    (s.start as number) >= 0 &&
    (s.start as number) < (s.end as number) &&
    (s.end as number) <= textLength;
  for (let i = 0; i < figures.length; i++) {
    const f: unknown = figures[i];
    if (!isPlainObject(f) || typeof f.value !== 'number' || !FIGURE_KINDS.includes(f.kind as FigureKind))
      return `figures[${i}]: must be a figure`;
    if (!Array.isArray(f.mentions) || f.mentions.length === 0 || !f.mentions.every(inText))
      return `figures[${i}].mentions: must lie inside the text`;
    if (!(VERDICT_STATUSES as readonly unknown[]).includes(f.status))
      return `figures[${i}].status: must be a verdict's status`;
    if (!(CURRENCIES as readonly unknown[]).includes(f.currency))
      return `figures[${i}].currency: must be a verdict's currency`;
    if (!STANDINGS.includes(f.standing as Standing)) return `figures[${i}].standing: must be a standing`;
  }
  return null;
}
