import {
  type Attribution,
  FIGURE_KINDS,
  type Figure,
  QUALIFIERS,
  SCOPES,
  type Scope,
  SUBJECTS,
} from '../engine/figure-types';
import {
  type Currency,
  LINK_FIELDS,
  type RecordRef,
  type RecordTable,
  resolveVerdict,
  type Verdict,
  type VerdictLinks,
  type VerdictStatus,
  verdictLinks,
} from '../record/verdicts';
import {
  booleanProblem,
  clip,
  enumProblem,
  firstProblem,
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
 * A figure with its verdict: the one shape the in-page card, the popup and the sightings read. What
 * extraction knew of it travels with it (a range's top, a count of new cases, an `other` count's
 * sub-label, whose count, who said it), so nothing downstream guesses them again; its verdict names
 * records by id, and the records themselves are named once beside the figures (`RecordTable`).
 * A range ("35-40") is one figure, with `high`.
 */
export interface CheckedFigure
  extends Pick<Figure, 'value' | 'kind' | 'qualifier' | 'subject' | 'asOf' | 'text'> {
  high: number | null;
  incremental: boolean;
  tag: string | null;
  scope: Scope;
  attribution: Attribution | null;
  verdict: VerdictLinks;
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

/** At most this many records beside the figures: each verdict names five at most. */
const MAX_RECORDS = LIMITS.figures * LINK_FIELDS.length;

/** A figure's verdict with its records in full, from the table beside the figures. */
export function verdictOf(figure: Pick<CheckedFigure, 'verdict'>, records: RecordTable): Verdict {
  return resolveVerdict(figure.verdict, records);
}

/** What a checked figure is made from: a claim (utils/record/claims.ts), as extraction gave it. */
export type ClaimFigure = Pick<
  Figure,
  'value' | 'kind' | 'qualifier' | 'subject' | 'asOf' | 'text' | 'high' | 'incremental' | 'tag'
> &
  Pick<Figure, 'scope' | 'attribution'>;

/** A claim and its verdict as they are passed on: strings clipped to what a message carries. */
export function checkedFigure(f: ClaimFigure, verdict: Verdict): CheckedFigure {
  return {
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
    verdict: verdictLinks(verdict),
  };
}

/** A record cut to the fields a message carries (RecordRef may grow; the message stays strict). */
function recordForMessage(r: RecordRef): RecordRef {
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

/** The records the verdicts name, each once, keyed by id. */
export function recordTableOf(verdicts: readonly Verdict[]): Record<string, RecordRef> {
  const entries = new Map<string, RecordRef>();
  for (const v of verdicts)
    for (const field of LINK_FIELDS) {
      const r = v[field];
      if (r && !entries.has(r.id)) entries.set(r.id, recordForMessage(r));
    }
  // Object.fromEntries makes each id an own property, whatever it is called.
  return Object.fromEntries(entries);
}

// ---------------------------------------------------------------------------------------------------
// Checks of the shape, for every message and stored value that holds figures.

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

/** The first thing wrong with a record as a message carries it, every field checked. */
export function recordRefProblem(v: unknown, path: string): Problem {
  if (!isPlainObject(v)) return `${path}: must be an object`;
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

const VERDICT_KEYS = ['status', 'reference', 'previous', 'newer', 'currency', 'latest', 'media'] as const;

function idProblem(v: unknown, path: string): Problem {
  return v === null ? null : stringProblem(v, LIMITS.recordId, path, true);
}

/**
 * The first thing wrong with a verdict's links. What compareWithRecord guarantees holds: it names the
 * compared record exactly when the status says there was one, a figure of no recorded kind names no
 * earlier or later record, and a figure judged current or superseded names the latest record.
 */
function verdictLinksProblem(v: unknown, path: string): Problem {
  if (!isPlainObject(v)) return `${path}: must be an object`;
  return firstProblem(
    () => keysProblem(v, VERDICT_KEYS, path),
    () => verdictEssentialsProblem(v, path),
    () => {
      const compared = v.status === 'confirmed' || v.status === 'conflicts';
      if (compared !== (v.reference !== null))
        return `${path}.reference: ${compared ? 'required' : 'must be null'} when the status is ${String(v.status)}`;
      if (v.status === 'no_record' && (v.previous !== null || v.newer !== null))
        return `${path}: no_record names no previous or newer record`;
      return null;
    },
    () =>
      v.currency !== 'unknown' && v.latest === null
        ? `${path}.latest: required when current or superseded`
        : null,
  );
}

/** What the badges paint from a verdict: its status and currency, and its records' ids, or null. */
export function verdictEssentialsProblem(v: Record<string, unknown>, path: string): Problem {
  // Run on every figure of every answer, in the page: no work beyond the checks until one fails.
  if (!(VERDICT_STATUSES as readonly unknown[]).includes(v.status))
    return enumProblem(v.status, VERDICT_STATUSES, `${path}.status`);
  if (!(CURRENCIES as readonly unknown[]).includes(v.currency))
    return enumProblem(v.currency, CURRENCIES, `${path}.currency`);
  for (const field of LINK_FIELDS) {
    const id = v[field];
    if (id !== null && (typeof id !== 'string' || id.length > LIMITS.recordId || id.trim() === ''))
      return idProblem(id, `${path}.${field}`);
  }
  return null;
}

function attributionProblem(v: unknown, path: string): Problem {
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
 * The first thing wrong with a checked figure. `without`: fields a holder leaves out (the sightings
 * keep no text); `more`: fields a holder adds, which it checks itself (the answer's mentions).
 */
export function checkedFigureProblem(
  v: unknown,
  path: string,
  shape: { without?: ReadonlyArray<'text'>; more?: readonly string[] } = {},
): Problem {
  if (!isPlainObject(v)) return `${path}: must be an object`;
  const without = new Set<string>(shape.without ?? []);
  const keys = [...FIGURE_KEYS.filter((k) => !without.has(k)), ...(shape.more ?? [])];
  return firstProblem(
    () => keysProblem(v, keys, path),
    () => numberProblem(v.value, 0, LIMITS.value, `${path}.value`),
    () => enumProblem(v.kind, FIGURE_KINDS, `${path}.kind`),
    () => enumProblem(v.qualifier, QUALIFIERS, `${path}.qualifier`),
    () => enumProblem(v.subject, SUBJECTS, `${path}.subject`),
    () => partialDateProblem(v.asOf, `${path}.asOf`),
    () => (without.has('text') ? null : stringProblem(v.text, LIMITS.figureText, `${path}.text`)),
    () =>
      v.high === null
        ? null
        : (numberProblem(v.high, 0, LIMITS.value, `${path}.high`) ??
          ((v.high as number) > (v.value as number) ? null : `${path}.high: must be above the value`)),
    () => booleanProblem(v.incremental, `${path}.incremental`),
    () => (v.tag === null ? null : stringProblem(v.tag, LIMITS.tag, `${path}.tag`, true)),
    () => enumProblem(v.scope, SCOPES, `${path}.scope`),
    () => attributionProblem(v.attribution, `${path}.attribution`),
    () => verdictLinksProblem(v.verdict, `${path}.verdict`),
  );
}

/** That a record is an object: all the page's check of the background's answer needs (it paints text). */
export const recordObjectProblem = (v: unknown, path: string): Problem =>
  isPlainObject(v) ? null : `${path}: must be an object`;

/**
 * The first thing wrong with the records beside checked figures (each figure's links already checked):
 * an object of records keyed by their ids, at most MAX_RECORDS, each passing `recordProblem`
 * (recordRefProblem, or, for the page's check of the background's answer, recordObjectProblem),
 * holding every record a verdict names and no other, a media report where a verdict names one.
 */
export function recordTableProblem(
  records: unknown,
  figures: ReadonlyArray<Pick<CheckedFigure, 'verdict'>>,
  recordProblem: (record: unknown, path: string) => Problem,
  path = 'records',
): Problem {
  if (!isPlainObject(records)) return `${path}: must be an object`;
  const ids = Object.keys(records);
  if (ids.length > MAX_RECORDS) return `${path}: more than ${MAX_RECORDS}`;
  for (const id of ids) {
    const record = records[id];
    const at = () => `${path}[${JSON.stringify(id.slice(0, 60))}]`;
    const p = recordProblem(record, at());
    if (p) return p;
    if ((record as RecordRef).id !== id) return `${at()}.id: must be the key it is kept under`;
  }
  const named = new Set<string>();
  for (let i = 0; i < figures.length; i++) {
    const links = (figures[i] as Pick<CheckedFigure, 'verdict'>).verdict;
    for (const field of LINK_FIELDS) {
      const id = links[field];
      if (id === null) continue;
      if (!Object.hasOwn(records, id))
        return `figures[${i}].verdict.${field}: names record "${id.slice(0, 60)}", which ${path} lacks`;
      named.add(id);
      if (field === 'media' && (records[id] as RecordRef).official !== false)
        return `figures[${i}].verdict.media: must be a media report`;
    }
  }
  const unnamed = ids.find((id) => !named.has(id));
  return unnamed === undefined ? null : `${path}: "${unnamed.slice(0, 60)}" is named by no figure`;
}
