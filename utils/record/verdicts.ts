import { addDays, formatDay, parsePartialDate } from '../engine/dates';
import type { Figure, FigureKind, PartialDate, Qualifier, Scope, Subject } from '../engine/figure-types';
import { rangeClaims } from './claims';
import { sameQuestion } from './questions';
import type { ReferenceRecord } from './reference-record';

/**
 * How a figure compares with what was reported (DESIGN.md section 3): against the records of its
 * kind from the same period, official ones first, and, independently, the latest official record
 * since then that says something else.
 */

export type VerdictStatus = 'confirmed' | 'conflicts' | 'unconfirmed' | 'no_record';

/**
 * Is the figure still current? `current`: no later official figure answering the same question says
 * otherwise; `superseded`: one does (`latest` names it); `unknown`: nothing to compare with.
 */
export type Currency = 'current' | 'superseded' | 'unknown';

export interface RecordRef {
  id: string;
  date: string;
  /** The record's own kind: a figure of one still-there kind may be judged against the other. */
  kind: FigureKind;
  value: number;
  qualifier: Qualifier;
  official: boolean;
  /** A figure the reader accepted into the record on this device, from a page that quoted it. */
  local: boolean;
  speaker: string;
  venue: string;
  source: { url: string; publisher: string } | null;
}

export interface Verdict {
  status: VerdictStatus;
  /** The official record that the figure was compared with (null when there is none). */
  reference: RecordRef | null;
  /** The latest record of the kind before that period. */
  previous: RecordRef | null;
  /** The latest official record after the period whose value differs ("since then: 202"). */
  newer: RecordRef | null;
  currency: Currency;
  /** The latest official figure answering the same question, that currency is judged against. */
  latest: RecordRef | null;
  /** A figure only the media gave, of the figure's period: shown, never a verdict's ground. */
  media: RecordRef | null;
}

/**
 * A verdict as it is passed on and kept: the records it names, by their ids. The answer to a page, the
 * page's result and the sightings all hold this; the records themselves are named once beside the
 * figures (a `RecordTable`), or, in the sightings, are the record's own.
 */
export interface VerdictLinks {
  status: VerdictStatus;
  reference: string | null;
  previous: string | null;
  newer: string | null;
  currency: Currency;
  latest: string | null;
  media: string | null;
}

/** The records some verdicts name, each once, by id. */
export type RecordTable = Readonly<Record<string, RecordRef>>;

/** The records a verdict names, in the order of its fields. */
export const LINK_FIELDS = ['reference', 'previous', 'newer', 'latest', 'media'] as const;

/** A verdict with its records named by id. */
export function verdictLinks(v: Verdict): VerdictLinks {
  return {
    status: v.status,
    reference: v.reference?.id ?? null,
    previous: v.previous?.id ?? null,
    newer: v.newer?.id ?? null,
    currency: v.currency,
    latest: v.latest?.id ?? null,
    media: v.media?.id ?? null,
  };
}

/** The record of `id` in `records`, or null (no id, or none of that id: own properties only). */
export function namedRecord(records: RecordTable, id: string | null): RecordRef | null {
  return id !== null && Object.hasOwn(records, id) ? (records[id] as RecordRef) : null;
}

/** A verdict with its records in full, from its links and the table that names them. */
export function resolveVerdict(links: VerdictLinks, records: RecordTable): Verdict {
  return {
    status: links.status,
    reference: namedRecord(records, links.reference),
    previous: namedRecord(records, links.previous),
    newer: namedRecord(records, links.newer),
    currency: links.currency,
    latest: namedRecord(records, links.latest),
    media: namedRecord(records, links.media),
  };
}

export interface ComparableFigure {
  value: number;
  kind: FigureKind;
  qualifier: Qualifier;
  subject: Subject;
  asOf: PartialDate;
  /** "20-odd": 20 to 29. */
  odd?: boolean;
  /** "two more killed": a count of new cases, compared only with other such counts. */
  incremental?: boolean;
  /** What an `other` figure counts; without it an `other` figure is compared with nothing. */
  tag?: string;
  /** A count of one group: never compared with national totals. */
  scope?: Scope;
  /** "35-40": the top of a range whose bottom is `value`; the claim is the whole range. */
  high?: number;
}

/** Day-dated statements this close count as the same period (a briefing reported a day later). */
const SAME_PERIOD_DAYS = 3;

/** A record as a verdict names it: who, where, when, and the first source. */
export function recordRef(r: ReferenceRecord): RecordRef {
  const s = r.sources[0];
  return {
    id: r.id,
    date: r.date,
    kind: r.kind,
    value: r.value,
    qualifier: r.qualifier,
    official: r.official,
    local: r.local === true,
    speaker: r.speaker,
    venue: r.venue,
    source: s ? { url: s.url, publisher: s.publisher } : null,
  };
}

/** The values a figure or record allows: "about 20" is 18 to 22, "at least 44" is 44 and up. */
export function valueRange(
  value: number,
  qualifier: Qualifier,
  odd = false,
  high?: number,
): [number, number] {
  if (high !== undefined) return [value, high];
  switch (qualifier) {
    case 'exact':
      return [value, value];
    case 'at_least':
      return [value, Number.POSITIVE_INFINITY];
    case 'at_most':
      return [0, value];
    case 'approx':
      if (odd) return [value, value + 9];
      return [Math.floor(value * 0.9), Math.ceil(value * 1.1)];
  }
}

/** "[range 30-40]" in a record's notes: the record is one end of a range, which is its claim. */
const RANGE_NOTE = /^\s*\[range (\d+)-(\d+)\b/;
const RECORD_RANGES = new WeakMap<ReferenceRecord, [number, number]>();

/** The values a record allows: its range when it is one end of one ("30 to 40"), else its own. */
function recordRange(r: ReferenceRecord): [number, number] {
  let range = RECORD_RANGES.get(r);
  if (!range) {
    const m = RANGE_NOTE.exec(r.notes);
    range = m ? [Number(m[1]), Number(m[2])] : valueRange(r.value, r.qualifier);
    RECORD_RANGES.set(r, range);
  }
  return range;
}

function agrees(f: ComparableFigure, r: ReferenceRecord): boolean {
  const [a0, a1] = valueRange(f.value, f.qualifier, f.odd, f.high);
  const [b0, b1] = recordRange(r);
  return a0 <= b1 && b0 <= a1;
}

interface Period {
  /** First and last day, inclusive, as YYYY-MM-DD. */
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthPeriod(y: number, m: number): Period {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(last)}` };
}

/** A day-dated figure means a few days around it; a month-dated one, the month. */
function periodOf(date: string, days: number): Period | null {
  const d = parsePartialDate(date);
  if (!d) return null;
  if (d.d === 0) return monthPeriod(d.y, d.m);
  return { from: formatDay(addDays(d, -days)), to: formatDay(addDays(d, days)) };
}

const RECORD_PERIODS = new Map<string, Period>();

/** A record's own period: its day, or its month. Cached, as every verdict asks for the same few. */
function recordPeriodOf(date: string): Period {
  let p = RECORD_PERIODS.get(date);
  if (!p) {
    p = periodOf(date, 0) as Period;
    RECORD_PERIODS.set(date, p);
  }
  return p;
}

function overlaps(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Latest first; among records of one date, official ones first. */
function byRecency(a: ReferenceRecord, b: ReferenceRecord): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return Number(b.official) - Number(a.official);
}

function closestTo(date: string, records: ReferenceRecord[]): ReferenceRecord | undefined {
  const target = Date.parse(`${date.length === 7 ? `${date}-15` : date}T00:00:00Z`);
  let best: ReferenceRecord | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const r of records) {
    const gap = Math.abs(Date.parse(`${r.date.length === 7 ? `${r.date}-15` : r.date}T00:00:00Z`) - target);
    if (gap < bestGap || (gap === bestGap && best && r.official && !best.official)) {
      best = r;
      bestGap = gap;
    }
  }
  return best;
}

/** Records by kind (and incremental flag, and tag for `other`), latest first, built once per record list. */
const INDEX = new WeakMap<readonly ReferenceRecord[], Map<string, ReferenceRecord[]>>();

function recordsOf(
  records: readonly ReferenceRecord[],
  kind: FigureKind,
  incremental: boolean,
  tag: string | undefined,
): ReferenceRecord[] {
  let index = INDEX.get(records);
  if (!index) {
    index = new Map();
    for (const r of records) {
      const key = `${r.kind}|${r.incremental}|${r.kind === 'other' ? (r.tag ?? '') : ''}`;
      const list = index.get(key) ?? [];
      list.push(r);
      index.set(key, list);
    }
    for (const list of index.values()) list.sort(byRecency);
    INDEX.set(records, index);
  }
  return index.get(`${kind}|${incremental}|${kind === 'other' ? (tag ?? '') : ''}`) ?? [];
}

const ref = (r: ReferenceRecord | undefined): RecordRef | null => (r ? recordRef(r) : null);

/**
 * The latest official figure answering the figure's question, known by `today`, and whether the
 * figure still holds against it. A count of new cases ("two more killed") has no running total to be
 * current against.
 */
function currencyOf(
  figure: ComparableFigure,
  records: readonly ReferenceRecord[],
  period: Period | null,
  known: (r: ReferenceRecord) => boolean,
): { currency: Currency; latest: ReferenceRecord | undefined } {
  if (figure.incremental) return { currency: 'unknown', latest: undefined };
  let latest: ReferenceRecord | undefined;
  // The figure's own kind first: on one date, its record is the one to name.
  for (const kind of sameQuestion(figure.kind)) {
    for (const r of recordsOf(records, kind, false, figure.kind === 'other' ? figure.tag : undefined)) {
      if (!r.official || !known(r)) continue;
      if (!latest || r.date > latest.date) latest = r;
      break;
    }
  }
  if (!latest) return { currency: 'unknown', latest };
  if (agrees(figure, latest)) return { currency: 'current', latest };
  if (!period) return { currency: 'unknown', latest };
  return { currency: recordPeriodOf(latest.date).from > period.to ? 'superseded' : 'current', latest };
}

/** The latest official record of the figure's question before its period, its own kind first on a date. */
function latestOfficialBefore(
  figure: ComparableFigure,
  records: readonly ReferenceRecord[],
  period: Period,
  known: (r: ReferenceRecord) => boolean,
): ReferenceRecord | undefined {
  let latest: ReferenceRecord | undefined;
  for (const kind of sameQuestion(figure.kind)) {
    const list = recordsOf(
      records,
      kind,
      figure.incremental === true,
      figure.kind === 'other' ? figure.tag : undefined,
    );
    const r = list.find((x) => x.official && known(x) && recordPeriodOf(x.date).to < period.from);
    if (r && (!latest || r.date > latest.date)) latest = r;
  }
  return latest;
}

/** The verdict of a figure compared with nothing. */
function noVerdict(): Verdict {
  return {
    status: 'no_record',
    reference: null,
    previous: null,
    newer: null,
    currency: 'unknown',
    latest: null,
    media: null,
  };
}

/**
 * The verdict for one figure. `today` (YYYY-MM-DD) hides records not yet published then. Only official
 * records decide the status; a figure only the media gave is named beside it (`media`).
 */
export function compareWithRecord(
  figure: ComparableFigure,
  records: readonly ReferenceRecord[],
  today?: string,
): Verdict {
  const none = noVerdict();
  if (figure.scope === 'group') return none;
  if (figure.subject !== 'indian' && figure.kind !== 'other') return none;
  if (figure.kind === 'other' && !figure.tag) return none;
  const known = (r: ReferenceRecord) => today === undefined || r.date.slice(0, today.length) <= today;
  const ofKind = recordsOf(
    records,
    figure.kind,
    figure.incremental === true,
    figure.kind === 'other' ? figure.tag : undefined,
  ).filter(known);
  const period = figure.asOf ? periodOf(figure.asOf, SAME_PERIOD_DAYS) : null;
  const { currency, latest } = currencyOf(figure, records, period, known);
  if (ofKind.length === 0) return { ...none, currency, latest: ref(latest) };

  const official = ofKind.filter((r) => r.official);
  // Newer: the latest official record after the period, when it says something else.
  const latestAfter = official.find((r) => (period ? recordPeriodOf(r.date).from > period.to : true));
  const newer = latestAfter && !agrees(figure, latestAfter) ? latestAfter : undefined;

  if (!period) {
    return {
      status: 'unconfirmed',
      reference: null,
      previous: null,
      newer: ref(newer),
      currency,
      latest: ref(latest),
      media: null,
    };
  }

  const inPeriod = ofKind.filter((r) => overlaps(recordPeriodOf(r.date), period));
  const officialInPeriod = inPeriod.filter((r) => r.official);
  const before = ofKind.filter((r) => recordPeriodOf(r.date).to < period.from);
  const previous = before.find((r) => r.official) ?? before[0];

  let status: VerdictStatus = 'unconfirmed';
  let reference: ReferenceRecord | undefined;
  if (officialInPeriod.length > 0) {
    const agreeing = officialInPeriod.filter((r) => agrees(figure, r));
    status = agreeing.length > 0 ? 'confirmed' : 'conflicts';
    reference = closestTo(figure.asOf as string, agreeing.length > 0 ? agreeing : officialInPeriod);
  } else {
    // Nothing new was said in its period, and it repeats the latest official figure before it (of its
    // question: "44 still serving" after "50 awaiting discharge" does not).
    const before = latestOfficialBefore(figure, records, period, known);
    if (before && agrees(figure, before)) {
      status = 'confirmed';
      reference = before;
    }
  }
  return {
    status,
    reference: ref(reference),
    previous: ref(previous),
    newer: ref(newer),
    currency,
    latest: ref(latest),
    media: ref(
      closestTo(
        figure.asOf as string,
        inPeriod.filter((r) => !r.official),
      ),
    ),
  };
}

/**
 * The verdicts of a page's figures, in order. The two ends of a range are one claim (utils/record/claims.ts):
 * "35-40 stuck" against the record's 24 conflicts at both ends, though "at most 40" alone would agree.
 */
export function compareFigures(
  figures: readonly (ComparableFigure & Pick<Figure, 'range'>)[],
  records: readonly ReferenceRecord[],
  today?: string,
): Verdict[] {
  const verdicts: Verdict[] = new Array(figures.length);
  for (const { claim, parts } of rangeClaims(figures)) {
    const v = compareWithRecord(claim, records, today);
    for (const i of parts) verdicts[i] = v;
  }
  return verdicts;
}
