import type { FigureKind, PartialDate, Qualifier, Subject } from '../engine/figure-types';
import { REFERENCE } from './records';
import type { ReferenceRecord } from './reference-record';
import type { VerdictLinks } from './verdicts';

/**
 * The pure parts of a kind's timeline (components/KindTimeline.tsx): the reported figures of a kind
 * as points, this page's figures as marks, and the scales that place them. Dates are days since
 * 1970-01-01 (UTC); a month-dated record sits in the middle of its month. Which figures and records
 * belong on a timeline, a range's top, and which record a page's figure was found to repeat are read
 * from what the figure and the record say of themselves (their `incremental`, `tag` and `high`, the
 * figure's verdict), never guessed from ids or from how near two dates are.
 */

/** The span the record covers, widened to whole months: every timeline shows at least this. */
const COVERAGE = monthsCovering(REFERENCE.coverage);

function monthsCovering(span: { from: string; to: string }): { from: string; to: string } {
  const [y, m] = span.to.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    from: `${span.from.slice(0, 7)}-01`,
    to: `${span.to.slice(0, 7)}-${String(last).padStart(2, '0')}`,
  };
}

export interface TimelinePoint {
  id: string;
  /** As in the record: `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  day: number;
  value: number;
  qualifier: Qualifier;
  official: boolean;
  speaker: string;
  venue: string;
}

export interface TimelineMark {
  date: string;
  day: number;
  value: number;
  /** A range's top ("35-40"), as extraction gave it. */
  high: number | null;
  qualifier: Qualifier;
  /** The record the figure's verdict confirmed it against: the page repeats that record. */
  repeats: string | null;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of `YYYY-MM-DD`, or of the 15th for `YYYY-MM`; null for anything else. */
function dayNumber(date: PartialDate): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 15);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/**
 * The reported figures of a kind, oldest first (official before media-only on one date, then by
 * value): running totals only, and for `other` only those with `tag` (none without a tag).
 */
export function timelineSeries(
  records: readonly ReferenceRecord[],
  kind: FigureKind,
  tag?: string,
): TimelinePoint[] {
  if (kind === 'other' && !tag) return [];
  const points: TimelinePoint[] = [];
  for (const r of records) {
    if (r.kind !== kind || r.incremental) continue;
    if (kind === 'other' && r.tag !== tag) continue;
    const day = dayNumber(r.date);
    if (day === null) continue;
    points.push({
      id: r.id,
      date: r.date,
      day,
      value: r.value,
      qualifier: r.qualifier,
      official: r.official,
      speaker: r.speaker,
      venue: r.venue,
    });
  }
  return points.sort((a, b) => a.day - b.day || Number(b.official) - Number(a.official) || a.value - b.value);
}

/** What a page's figure says of itself that its timeline reads (utils/contracts/checked-figure.ts). */
export interface MarkedFigure {
  value: number;
  high: number | null;
  qualifier: Qualifier;
  kind: FigureKind;
  subject: Subject;
  asOf: PartialDate;
  incremental: boolean;
  tag: string | null;
  verdict: Pick<VerdictLinks, 'status' | 'reference'>;
}

/**
 * This page's figures that go on the timeline of `kind` (and, for `other`, of `tag`), as marks: a
 * running total (not a count of new cases) of Indians, or an `other` count of that sub-label, with a
 * date. A range is marked with its top.
 */
export function timelineMarks(
  figures: readonly MarkedFigure[],
  kind: FigureKind,
  tag?: string,
): TimelineMark[] {
  const marks: TimelineMark[] = [];
  for (const f of figures) {
    if (f.kind !== kind || f.incremental) continue;
    if (kind === 'other' ? !tag || f.tag !== tag : f.subject !== 'indian') continue;
    const day = dayNumber(f.asOf);
    if (day === null || f.asOf === null) continue;
    marks.push({
      date: f.asOf,
      day,
      value: f.value,
      high: f.high,
      qualifier: f.qualifier,
      repeats: f.verdict.status === 'confirmed' ? f.verdict.reference : null,
    });
  }
  return marks.sort((a, b) => a.day - b.day || a.value - b.value);
}

/** The sub-labels of this page's `other` figures, in page order, each once: one timeline each. */
export function markedTags(
  figures: ReadonlyArray<Pick<MarkedFigure, 'kind' | 'tag' | 'incremental'>>,
): string[] {
  const tags: string[] = [];
  for (const f of figures)
    if (f.kind === 'other' && !f.incremental && f.tag && !tags.includes(f.tag)) tags.push(f.tag);
  return tags;
}

/**
 * The point whose value the chart writes beside it: the latest one (official first among those of
 * its date), unless a mark of this page repeats that very record, whose value the page's label gives.
 */
export function labelledPoint(
  points: readonly TimelinePoint[],
  marks: ReadonlyArray<Pick<TimelineMark, 'repeats'>>,
): TimelinePoint | undefined {
  const latest = lastPoint(points);
  return latest && !marks.some((m) => m.repeats === latest.id) ? latest : undefined;
}

/** The last point, official first among those of the last date. */
export function lastPoint(points: readonly TimelinePoint[]): TimelinePoint | undefined {
  const last = points[points.length - 1];
  if (!last) return undefined;
  return points.filter((p) => p.day === last.day && p.official).pop() ?? last;
}

/** A linear map from `domain` to `range`; a domain of one value maps to the middle of the range. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** The days shown: the record's coverage, widened to take in every point and mark. */
export function timeDomain(
  points: ReadonlyArray<{ day: number }>,
  marks: ReadonlyArray<{ day: number }> = [],
): [number, number] {
  let from = dayNumber(COVERAGE.from) as number;
  let to = dayNumber(COVERAGE.to) as number;
  for (const p of [...points, ...marks]) {
    from = Math.min(from, p.day);
    to = Math.max(to, p.day);
  }
  return [from, to];
}

/** The smallest 1, 2, 2.5 or 5 times a power of ten at or above `v` (at least 1). */
function niceCeil(v: number): number {
  if (!(v > 1)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** Values shown: 0 to a round number above the largest point or mark, with evenly spaced ticks. */
export function valueAxis(values: readonly number[], tickCount = 4): { max: number; ticks: number[] } {
  const top = Math.max(1, ...values);
  const step = niceCeil(top / tickCount);
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { max, ticks };
}

/** January and July of each year inside the domain, as `YYYY-MM` with their day number (the 1st). */
export function timeTicks(domain: readonly [number, number]): Array<{ month: string; day: number }> {
  const [from, to] = domain;
  const first = new Date(from * DAY_MS).getUTCFullYear();
  const last = new Date(to * DAY_MS).getUTCFullYear();
  const ticks: Array<{ month: string; day: number }> = [];
  for (let y = first; y <= last; y++) {
    for (const m of [1, 7]) {
      const day = Math.round(Date.UTC(y, m - 1, 1) / DAY_MS);
      if (day >= from && day <= to) ticks.push({ month: `${y}-${String(m).padStart(2, '0')}`, day });
    }
  }
  return ticks;
}
