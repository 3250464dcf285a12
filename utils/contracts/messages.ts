import type { PartialDate } from '../engine/figure-types';
import { LINK_FIELDS, namedRecord, type RecordRef, type RecordTable } from '../record/verdicts';
import { ownCanonical, ownPublisher } from '../sites/own-site';
import { answerIdProblem } from './analyze-message';
import {
  type CheckedFigure,
  checkedFigureProblem,
  recordRefProblem,
  recordTableProblem,
} from './checked-figure';
import {
  booleanProblem,
  clip,
  firstProblem,
  isHttpUrl,
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
 * Messages between the extension's parts. Everything received is checked before it is used: shape,
 * types, enum values and sizes. Page text travels as data and is never treated as markup.
 */

export const TOPIC_HIT = 'factcheck:topic-hit';
export const PAGE_RESULT = 'factcheck:page-result';
/** Sent by the annotator when it painted an answer (and the page's result changed): keep it. */
export const PAGE_PAINTED = 'factcheck:page-painted';

/**
 * The page painted the background's answer `answer` (its id): the background keeps the result it
 * made from it as the tab's result and records the sighting. It carries nothing the background has:
 * the figures, the records and the page's own facts came and went with the analyze request.
 */
export interface PagePaintedMessage {
  type: typeof PAGE_PAINTED;
  answer: string;
}

export function isPagePaintedMessage(value: unknown): value is PagePaintedMessage {
  return (
    isPlainObject(value) &&
    value.type === PAGE_PAINTED &&
    keysProblem(value, ['type', 'answer'], 'message') === null &&
    answerIdProblem(value.answer, 'answer') === null
  );
}

export interface TopicHitMessage {
  type: typeof TOPIC_HIT;
  url: string;
}

/** Sent by the popup ("Check this page"): inject the annotator into that tab, on any site. */
export const CHECK_TAB = 'factcheck:check-tab';

export interface CheckTabMessage {
  type: typeof CHECK_TAB;
  tabId: number;
}

/** The background's answer to a check-tab message. `site_off`: the reader turned that site off. */
export type CheckTabReply = { ok: true } | { ok: false; reason: 'site_off' | 'failed'; error?: string };

export function isCheckTabMessage(value: unknown): value is CheckTabMessage {
  if (!isPlainObject(value)) return false;
  return (
    value.type === CHECK_TAB &&
    keysProblem(value, ['type', 'tabId'], 'message') === null &&
    typeof value.tabId === 'number' &&
    Number.isSafeInteger(value.tabId) &&
    value.tabId >= 0
  );
}

/**
 * A page's result: what the popup shows of a tab and the sightings record of a page. The background
 * makes it from its own answer to the page's analyze request, when the page says it painted that
 * answer (`PAGE_PAINTED`); `type` names the shape, which the popup checks a stored result against.
 */
export interface StoredPageResult {
  type: typeof PAGE_RESULT;
  url: string;
  /** From `<link rel=canonical>`, when the page has a usable one on its own site. */
  canonicalUrl: string | null;
  title: string;
  /**
   * The name of a listed news site (utils/sites/outlets.ts), else the page's `og:site_name` unless it
   * names another site, else the host name (own-site.ts).
   */
  publisher: string;
  published: PartialDate;
  relevant: boolean;
  score: number;
  truncated: boolean;
  figures: CheckedFigure[];
  /** The records the figures' verdicts name, each once. */
  records: RecordTable;
}

// ---------------------------------------------------------------------------------------------------

export function isTopicHitMessage(value: unknown): value is TopicHitMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.type === TOPIC_HIT && typeof v.url === 'string' && v.url.length <= LIMITS.url;
}

const PAGE_RESULT_KEYS = [
  'type',
  'url',
  'canonicalUrl',
  'title',
  'publisher',
  'published',
  'relevant',
  'score',
  'truncated',
  'figures',
  'records',
] as const;

/** The first thing wrong with a page-result message, or null when it is well formed. */
export function pageResultProblem(value: unknown): Problem {
  if (!isPlainObject(value)) return 'message: must be an object';
  const v = value;
  return firstProblem(
    () => (v.type === PAGE_RESULT ? null : `type: must be "${PAGE_RESULT}"`),
    () => keysProblem(v, PAGE_RESULT_KEYS, 'message'),
    () => urlProblem(v.url, 'url'),
    () => urlProblem(v.canonicalUrl, 'canonicalUrl', true),
    () => stringProblem(v.title, LIMITS.title, 'title'),
    () => stringProblem(v.publisher, LIMITS.publisher, 'publisher'),
    () => partialDateProblem(v.published, 'published'),
    () => booleanProblem(v.relevant, 'relevant'),
    () => numberProblem(v.score, 0, 1, 'score'),
    () => booleanProblem(v.truncated, 'truncated'),
    () => {
      const figures = v.figures;
      if (!Array.isArray(figures)) return 'figures: must be an array';
      if (figures.length > LIMITS.figures) return `figures: more than ${LIMITS.figures}`;
      if (v.relevant === false && figures.length > 0) return 'figures: a page off the topic has none';
      for (let i = 0; i < figures.length; i++) {
        const p = checkedFigureProblem(figures[i], `figures[${i}]`);
        if (p) return p;
      }
      return recordTableProblem(v.records, figures as CheckedFigure[], recordRefProblem);
    },
  );
}

// ---------------------------------------------------------------------------------------------------
// Building the page-result message in the annotator (pure: the document is passed in).

/**
 * A page's address cut to what a message may carry: a topic page whose address runs past it (tracking
 * parameters) is still read and answered, under its first LIMITS.url characters, fragment dropped.
 */
export function clipUrl(url: string): string {
  if (url.length <= LIMITS.url) return url;
  const noHash = url.split('#')[0] ?? url;
  return noHash.slice(0, LIMITS.url);
}

export interface PageMeta {
  url: string;
  canonicalUrl: string | null;
  title: string;
  publisher: string;
}

/**
 * URL, canonical URL, title and publisher of a page, read from its head. The canonical URL and the
 * site name are the page's claims: each is kept only when it belongs to the page's own site
 * (own-site.ts); the background checks them again against the address the browser reports.
 */
export function pageMetaFromDocument(doc: Document, url: string): PageMeta {
  let canonicalUrl: string | null = null;
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  if (href) {
    try {
      const abs = new URL(href.trim(), url).href;
      if (isHttpUrl(abs)) canonicalUrl = ownCanonical(url, abs);
    } catch {
      // An unusable canonical link is as good as none.
    }
  }
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  return {
    url: clipUrl(url),
    canonicalUrl,
    title: clip(doc.title || ogTitle, LIMITS.title),
    publisher: clip(ownPublisher(url, clip(siteName, LIMITS.publisher)), LIMITS.publisher),
  };
}

/** What the page-result message takes from the background's answer. */
export type AnsweredFigures = Pick<
  StoredPageResult,
  'relevant' | 'score' | 'published' | 'truncated' | 'records'
> & { figures: readonly CheckedFigure[] };

/**
 * The message the annotator sends: the answer's figures as they came (the background clipped their
 * strings), at most LIMITS.figures of them, and the records those name.
 */
export function buildPageResultMessage(meta: PageMeta, answer: AnsweredFigures): StoredPageResult {
  const figures = answer.relevant
    ? answer.figures.slice(0, LIMITS.figures).map(
        (f): CheckedFigure => ({
          value: f.value,
          kind: f.kind,
          qualifier: f.qualifier,
          subject: f.subject,
          asOf: f.asOf,
          text: f.text,
          high: f.high,
          incremental: f.incremental,
          tag: f.tag,
          scope: f.scope,
          attribution: f.attribution,
          verdict: f.verdict,
        }),
      )
    : [];
  return {
    type: PAGE_RESULT,
    url: meta.url,
    canonicalUrl: meta.canonicalUrl,
    title: meta.title,
    publisher: meta.publisher,
    published: answer.published,
    relevant: answer.relevant,
    score: answer.score,
    truncated: answer.truncated || answer.figures.length > LIMITS.figures,
    figures,
    records: namedBy(figures, answer.records),
  };
}

/** The records of `records` that the figures name, each once. */
export function namedBy(figures: readonly CheckedFigure[], records: RecordTable): RecordTable {
  const out = new Map<string, RecordRef>();
  for (const f of figures)
    for (const field of LINK_FIELDS) {
      const r = namedRecord(records, f.verdict[field]);
      if (r) out.set(r.id, r);
    }
  return Object.fromEntries(out);
}
