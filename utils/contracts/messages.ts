import { isPartialDate } from '../engine/dates';
import {
  type Attribution,
  FIGURE_KINDS,
  type Figure,
  type PageAnalysis,
  type PartialDate,
  QUALIFIERS,
  SCOPES,
  SUBJECTS,
} from '../engine/figure-types';
import {
  type Currency,
  noVerdict,
  type RecordRef,
  type Verdict,
  type VerdictStatus,
} from '../record/verdicts';
import { ownCanonical, ownPublisher } from '../sites/own-site';

/**
 * Messages between the extension's parts. Everything received is checked before it is used: shape,
 * types, enum values and sizes. Page text travels as data and is never treated as markup.
 */

export const TOPIC_HIT = 'factcheck:topic-hit';
export const PAGE_RESULT = 'factcheck:page-result';

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

export const VERDICT_STATUSES = [
  'confirmed',
  'conflicts',
  'unconfirmed',
  'no_record',
] as const satisfies readonly VerdictStatus[];
// Fails to compile when verdicts.ts gains a status this list lacks.
type MissingStatus = Exclude<VerdictStatus, (typeof VERDICT_STATUSES)[number]>;
const _everyStatusListed: [MissingStatus] extends [never] ? true : never = true;
void _everyStatusListed;

export const CURRENCIES = ['current', 'superseded', 'unknown'] as const satisfies readonly Currency[];
type MissingCurrency = Exclude<Currency, (typeof CURRENCIES)[number]>;
const _everyCurrencyListed: [MissingCurrency] extends [never] ? true : never = true;
void _everyCurrencyListed;

/** Sizes past which a message is refused; the annotator clips its strings to them before sending. */
export const LIMITS = {
  url: 4096,
  title: 1000,
  publisher: 200,
  figureText: 1000,
  figures: 200,
  recordId: 200,
  speaker: 500,
  venue: 500,
  tag: 60,
  /** Largest figure value accepted: far above any count the topic has. */
  value: 1e12,
} as const;

/**
 * A figure as the page-result message carries it: the contract's fields, what extraction knows of it
 * (a range's top, a count of new cases, an `other` count's sub-label, whose count, who said it), and
 * its verdict. A range ("35-40") is one figure, with `high`.
 */
export interface PageResultFigure
  extends Pick<Figure, 'value' | 'kind' | 'qualifier' | 'subject' | 'asOf' | 'text'> {
  high: number | null;
  incremental: boolean;
  tag: string | null;
  scope: NonNullable<Figure['scope']>;
  attribution: Attribution | null;
  verdict: Verdict;
}

/** Sent once by the annotator with everything it found on the page. */
export interface PageResultMessage {
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
  figures: PageResultFigure[];
}

// ---------------------------------------------------------------------------------------------------
// Checks shared by the message validators and the sightings import. Each returns the first problem
// found, as "path: what is wrong", or null.

export type Problem = string | null;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Exactly these keys: none missing, none extra. */
export function keysProblem(v: Record<string, unknown>, keys: readonly string[], path: string): Problem {
  for (const k of keys) if (!Object.hasOwn(v, k)) return `${path}: missing field "${k}"`;
  const allowed = new Set(keys);
  for (const k of Object.keys(v)) if (!allowed.has(k)) return `${path}: unexpected field "${k.slice(0, 40)}"`;
  return null;
}

export function stringProblem(v: unknown, max: number, path: string, nonEmpty = false): Problem {
  if (typeof v !== 'string') return `${path}: must be a string`;
  if (v.length > max) return `${path}: longer than ${max} characters`;
  if (nonEmpty && v.trim() === '') return `${path}: must not be empty`;
  return null;
}

export function enumProblem<T extends string>(v: unknown, values: readonly T[], path: string): Problem {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
    return `${path}: must be one of ${values.join(', ')}`;
  return null;
}

export function partialDateProblem(v: unknown, path: string, nullable = true): Problem {
  if (v === null && nullable) return null;
  if (!isPartialDate(v)) return `${path}: must be a date YYYY-MM-DD or YYYY-MM${nullable ? ', or null' : ''}`;
  return null;
}

export function isHttpUrl(v: unknown, max: number = LIMITS.url): v is string {
  if (typeof v !== 'string' || v.length > max) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export function urlProblem(v: unknown, path: string, nullable = false): Problem {
  if (v === null && nullable) return null;
  if (!isHttpUrl(v)) return `${path}: must be an http(s) URL of at most ${LIMITS.url} characters`;
  return null;
}

export function numberProblem(v: unknown, min: number, max: number, path: string, integer = false): Problem {
  if (typeof v !== 'number' || !Number.isFinite(v)) return `${path}: must be a number`;
  if (v < min || v > max) return `${path}: must be between ${min} and ${max}`;
  if (integer && !Number.isInteger(v)) return `${path}: must be a whole number`;
  return null;
}

export function booleanProblem(v: unknown, path: string): Problem {
  return typeof v === 'boolean' ? null : `${path}: must be true or false`;
}

function firstProblem(...checks: Array<() => Problem>): Problem {
  for (const check of checks) {
    const p = check();
    if (p) return p;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------

export function isTopicHitMessage(value: unknown): value is TopicHitMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.type === TOPIC_HIT && typeof v.url === 'string' && v.url.length <= LIMITS.url;
}

const RECORD_REF_KEYS = [
  'id',
  'date',
  'kind',
  'value',
  'qualifier',
  'official',
  'local',
  'speaker',
  'venue',
  'source',
] as const;

function recordRefProblem(v: unknown, path: string): Problem {
  if (v === null) return null;
  if (!isPlainObject(v)) return `${path}: must be an object or null`;
  return firstProblem(
    () => keysProblem(v, RECORD_REF_KEYS, path),
    () => stringProblem(v.id, LIMITS.recordId, `${path}.id`, true),
    () => partialDateProblem(v.date, `${path}.date`, false),
    () => enumProblem(v.kind, FIGURE_KINDS, `${path}.kind`),
    () => numberProblem(v.value, 0, LIMITS.value, `${path}.value`),
    () => enumProblem(v.qualifier, QUALIFIERS, `${path}.qualifier`),
    () => booleanProblem(v.official, `${path}.official`),
    () => booleanProblem(v.local, `${path}.local`),
    () => stringProblem(v.speaker, LIMITS.speaker, `${path}.speaker`),
    () => stringProblem(v.venue, LIMITS.venue, `${path}.venue`),
    () => {
      const s = v.source;
      if (s === null) return null;
      if (!isPlainObject(s)) return `${path}.source: must be an object or null`;
      return firstProblem(
        () => keysProblem(s, ['url', 'publisher'], `${path}.source`),
        () => urlProblem(s.url, `${path}.source.url`),
        () => stringProblem(s.publisher, LIMITS.publisher, `${path}.source.publisher`),
      );
    },
  );
}

/**
 * What compareWithRecord guarantees of a verdict's links: it names the compared record exactly when
 * the status says there was one, and a figure of no recorded kind names no earlier or later record.
 */
export function verdictLinksProblem(
  status: unknown,
  reference: unknown,
  previous: unknown,
  newer: unknown,
  path: string,
  referenceName: string,
): Problem {
  const compared = status === 'confirmed' || status === 'conflicts';
  if (compared !== (reference !== null))
    return `${path}.${referenceName}: ${compared ? 'required' : 'must be null'} when the status is ${String(status)}`;
  if (status === 'no_record' && (previous !== null || newer !== null))
    return `${path}: no_record names no previous or newer record`;
  return null;
}

function verdictProblem(v: unknown, path: string): Problem {
  if (!isPlainObject(v)) return `${path}: must be an object`;
  return firstProblem(
    () => keysProblem(v, ['status', 'reference', 'previous', 'newer', 'currency', 'latest', 'media'], path),
    () => enumProblem(v.status, VERDICT_STATUSES, `${path}.status`),
    () => recordRefProblem(v.reference, `${path}.reference`),
    () => recordRefProblem(v.previous, `${path}.previous`),
    () => recordRefProblem(v.newer, `${path}.newer`),
    () => verdictLinksProblem(v.status, v.reference, v.previous, v.newer, path, 'reference'),
    () => enumProblem(v.currency, CURRENCIES, `${path}.currency`),
    () => recordRefProblem(v.latest, `${path}.latest`),
    () =>
      v.currency !== 'unknown' && v.latest === null
        ? `${path}.latest: required when current or superseded`
        : null,
    () => recordRefProblem(v.media, `${path}.media`),
    () =>
      isPlainObject(v.media) && v.media.official !== false ? `${path}.media: must be a media report` : null,
  );
}

export function attributionProblem(v: unknown, path: string): Problem {
  if (v === null) return null;
  if (!isPlainObject(v)) return `${path}: must be an object or null`;
  return firstProblem(
    () => keysProblem(v, ['speaker', 'venue'], path),
    () => stringProblem(v.speaker, LIMITS.speaker, `${path}.speaker`, true),
    () => (v.venue === null ? null : stringProblem(v.venue, LIMITS.venue, `${path}.venue`, true)),
  );
}

const FIGURE_KEYS = [
  'value',
  'kind',
  'qualifier',
  'subject',
  'asOf',
  'text',
  'high',
  'incremental',
  'tag',
  'scope',
  'attribution',
  'verdict',
] as const;

/**
 * What extraction knew of a figure, as the page-result message and the sightings keep it: a range's
 * top, a count of new cases, an `other` count's sub-label, whose count, who said it.
 */
export function figureExtrasProblem(v: Record<string, unknown>, path: string): Problem {
  return firstProblem(
    () =>
      v.high === null
        ? null
        : (numberProblem(v.high, 0, LIMITS.value, `${path}.high`) ??
          ((v.high as number) > (v.value as number) ? null : `${path}.high: must be above the value`)),
    () => booleanProblem(v.incremental, `${path}.incremental`),
    () => (v.tag === null ? null : stringProblem(v.tag, LIMITS.tag, `${path}.tag`, true)),
    () => enumProblem(v.scope, SCOPES, `${path}.scope`),
    () => attributionProblem(v.attribution, `${path}.attribution`),
  );
}

function figureProblem(v: unknown, path: string): Problem {
  if (!isPlainObject(v)) return `${path}: must be an object`;
  return firstProblem(
    () => keysProblem(v, FIGURE_KEYS, path),
    () => numberProblem(v.value, 0, LIMITS.value, `${path}.value`),
    () => enumProblem(v.kind, FIGURE_KINDS, `${path}.kind`),
    () => enumProblem(v.qualifier, QUALIFIERS, `${path}.qualifier`),
    () => enumProblem(v.subject, SUBJECTS, `${path}.subject`),
    () => partialDateProblem(v.asOf, `${path}.asOf`),
    () => stringProblem(v.text, LIMITS.figureText, `${path}.text`),
    () => figureExtrasProblem(v, path),
    () => verdictProblem(v.verdict, `${path}.verdict`),
  );
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
        const p = figureProblem(figures[i], `figures[${i}]`);
        if (p) return p;
      }
      return null;
    },
  );
}

export function isPageResultMessage(value: unknown): value is PageResultMessage {
  return pageResultProblem(value) === null;
}

// ---------------------------------------------------------------------------------------------------
// Building the page-result message in the annotator (pure: the document is passed in).

/** Whitespace collapsed, trimmed, at most `max` characters, never ending in half a surrogate pair. */
export function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  let out = t.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

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

/** The message the annotator sends: figures capped, strings clipped to what the validator accepts. */
export function buildPageResultMessage(
  meta: PageMeta,
  analysis: PageAnalysis,
  verdicts: readonly Verdict[],
): PageResultMessage {
  const figures = analysis.figures.slice(0, LIMITS.figures).map(
    (f, i): PageResultFigure => ({
      value: f.value,
      kind: f.kind,
      qualifier: f.qualifier,
      subject: f.subject,
      asOf: f.asOf,
      text: clip(f.text, LIMITS.figureText),
      high: f.high !== undefined && f.high > f.value ? f.high : null,
      incremental: f.incremental === true,
      tag: f.tag ? clip(f.tag, LIMITS.tag) || null : null,
      scope: f.scope ?? 'national',
      attribution: f.attribution
        ? {
            speaker: clip(f.attribution.speaker, LIMITS.speaker),
            venue: f.attribution.venue ? clip(f.attribution.venue, LIMITS.venue) : null,
          }
        : null,
      verdict: verdictForMessage(verdicts[i]),
    }),
  );
  return {
    type: PAGE_RESULT,
    url: meta.url,
    canonicalUrl: meta.canonicalUrl,
    title: meta.title,
    publisher: meta.publisher,
    published: analysis.published,
    relevant: analysis.relevant,
    score: analysis.score,
    truncated: analysis.truncated || analysis.figures.length > LIMITS.figures,
    figures: analysis.relevant ? figures : [],
  };
}

function verdictForMessage(v: Verdict | undefined): Verdict {
  if (!v) return noVerdict();
  return {
    status: v.status,
    reference: recordRefForMessage(v.reference),
    previous: recordRefForMessage(v.previous),
    newer: recordRefForMessage(v.newer),
    currency: v.currency,
    latest: recordRefForMessage(v.latest),
    media: recordRefForMessage(v.media),
  };
}

/** A reference cut to the fields the message carries (RecordRef may grow; the message stays strict). */
function recordRefForMessage(r: RecordRef | null): RecordRef | null {
  if (!r) return null;
  return {
    id: r.id,
    date: r.date,
    kind: r.kind,
    value: r.value,
    qualifier: r.qualifier,
    official: r.official,
    local: r.local,
    speaker: clip(r.speaker, LIMITS.speaker),
    venue: clip(r.venue, LIMITS.venue),
    source: r.source ? { url: r.source.url, publisher: clip(r.source.publisher, LIMITS.publisher) } : null,
  };
}
