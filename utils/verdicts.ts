import { addDays, formatDay, parsePartialDate } from './dates';
import type { FigureKind, PartialDate, Qualifier, Subject } from './figure-types';
import type { ReferenceRecord } from './reference/reference-record';

/**
 * How a figure compares with what was reported (DESIGN.md section 3): against the records of its
 * kind from the same period, official ones first, and, independently, the latest official record
 * since then that says something else.
 */

export type VerdictStatus = 'confirmed' | 'conflicts' | 'unconfirmed' | 'no_record';

export interface RecordRef {
  id: string;
  date: string;
  value: number;
  qualifier: Qualifier;
  official: boolean;
  speaker: string;
  venue: string;
  source: { url: string; publisher: string } | null;
}

export interface Verdict {
  status: VerdictStatus;
  /** The record of the figure's period that it was compared with (null when there is none). */
  reference: RecordRef | null;
  /** The latest record of the kind before that period. */
  previous: RecordRef | null;
  /** The latest official record after the period whose value differs ("since then: 202"). */
  newer: RecordRef | null;
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
}

/** Day-dated statements this close count as the same period (a briefing reported a day later). */
export const SAME_PERIOD_DAYS = 3;

/** A record as a verdict names it: who, where, when, and the first source. */
export function recordRef(r: ReferenceRecord): RecordRef {
  const s = r.sources[0];
  return {
    id: r.id,
    date: r.date,
    value: r.value,
    qualifier: r.qualifier,
    official: r.official,
    speaker: r.speaker,
    venue: r.venue,
    source: s ? { url: s.url, publisher: s.publisher } : null,
  };
}

/** The values a figure or record allows: "about 20" is 18 to 22, "at least 44" is 44 and up. */
export function valueRange(value: number, qualifier: Qualifier, odd = false): [number, number] {
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

export function agrees(f: ComparableFigure, r: ReferenceRecord): boolean {
  const [a0, a1] = valueRange(f.value, f.qualifier, f.odd);
  const [b0, b1] = valueRange(r.value, r.qualifier);
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

/** The verdict for one figure. `today` (YYYY-MM-DD) hides records not yet published then. */
export function compareWithRecord(
  figure: ComparableFigure,
  records: readonly ReferenceRecord[],
  today?: string,
): Verdict {
  const none: Verdict = { status: 'no_record', reference: null, previous: null, newer: null };
  if (figure.subject !== 'indian' && figure.kind !== 'other') return none;
  if (figure.kind === 'other' && !figure.tag) return none;
  const incremental = figure.incremental === true;
  const ofKind = recordsOf(
    records,
    figure.kind,
    incremental,
    figure.kind === 'other' ? figure.tag : undefined,
  ).filter((r) => today === undefined || r.date.slice(0, today.length) <= today);
  if (ofKind.length === 0) return none;

  const period = figure.asOf ? periodOf(figure.asOf, SAME_PERIOD_DAYS) : null;
  const recordPeriod = (r: ReferenceRecord) => recordPeriodOf(r.date);

  // Newer: the latest record after the period (official ones first), when it says something else.
  const after = (r: ReferenceRecord) => (period ? recordPeriod(r).from > period.to : true);
  const latestAfter = ofKind.find((r) => r.official && after(r)) ?? ofKind.find(after);
  const newerRecord = latestAfter && !agrees(figure, latestAfter) ? latestAfter : undefined;

  if (!period) {
    return {
      status: 'unconfirmed',
      reference: null,
      previous: null,
      newer: newerRecord ? recordRef(newerRecord) : null,
    };
  }

  const inPeriod = ofKind.filter((r) => overlaps(recordPeriod(r), period));
  const officialInPeriod = inPeriod.filter((r) => r.official);
  const pool = officialInPeriod.length > 0 ? officialInPeriod : inPeriod;
  const before = ofKind.filter((r) => recordPeriod(r).to < period.from);
  const previous = before.find((r) => r.official) ?? before[0];

  let status: VerdictStatus = 'unconfirmed';
  let reference: ReferenceRecord | undefined;
  if (pool.length > 0) {
    const agreeing = pool.filter((r) => agrees(figure, r));
    if (agreeing.length > 0) {
      status = 'confirmed';
      reference = closestTo(figure.asOf as string, agreeing);
    } else {
      status = 'conflicts';
      reference = closestTo(figure.asOf as string, pool);
    }
  }
  return {
    status,
    reference: reference ? recordRef(reference) : null,
    previous: previous ? recordRef(previous) : null,
    newer: newerRecord ? recordRef(newerRecord) : null,
  };
}

/** A figure with its place in the text, as extraction gives it. */
export interface PlacedFigure extends ComparableFigure {
  start: number;
  end: number;
}

/** "35-40", "35 to 40", "between 35 and 40": the two ends of one range, next to each other. */
function isRangePair(low: PlacedFigure, high: PlacedFigure): boolean {
  return (
    low.qualifier === 'at_least' &&
    high.qualifier === 'at_most' &&
    low.kind === high.kind &&
    low.subject === high.subject &&
    low.asOf === high.asOf &&
    low.incremental === high.incremental &&
    high.value > low.value &&
    high.start >= low.end &&
    high.start - low.end <= 9
  );
}

/**
 * The verdicts of a page's figures, in order. The two ends of a range are one claim: a record outside
 * the range conflicts with both ("35-40 stuck" against 24), though "at most 40" alone would agree.
 */
export function compareFigures(
  figures: readonly PlacedFigure[],
  records: readonly ReferenceRecord[],
  today?: string,
): Verdict[] {
  const verdicts = figures.map((f) => compareWithRecord(f, records, today));
  for (let i = 0; i + 1 < figures.length; i++) {
    if (!isRangePair(figures[i] as PlacedFigure, figures[i + 1] as PlacedFigure)) continue;
    const low = verdicts[i] as Verdict;
    const high = verdicts[i + 1] as Verdict;
    if (low.status === 'conflicts' && high.status === 'confirmed')
      verdicts[i + 1] = { ...high, status: 'conflicts', reference: low.reference };
    else if (high.status === 'conflicts' && low.status === 'confirmed')
      verdicts[i] = { ...low, status: 'conflicts', reference: high.reference };
  }
  return verdicts;
}
