import type { Attribution, FigureKind, PartialDate, Qualifier } from '../../engine/figure-types';
import type { RecordSet } from '../../record/record-set';
import { REFERENCE } from '../../record/records';
import type { ReferenceFile, ReferenceRecord } from '../../record/reference-record';
import { standingOf } from '../../record/standing';
import { compareWithRecord } from '../../record/verdicts';
import { outletKey, ownPublisher } from '../../sites/own-site';
import type { SightingFigure, SightingsData } from '../sightings/types';

/**
 * Figures newer than the record, from the pages the reader read: a page attributed the figure to an
 * official (the MEA, a minister, a reply in Parliament ...) and dated it after the shipped record ends.
 * Each is a candidate until the reader accepts it into their own record (where it counts like an
 * official figure, on this device, marked as theirs) or rejects it. The same figure from several pages
 * is one candidate, with every report.
 */

interface CandidateReport {
  url: string;
  publisher: string;
  title: string;
  published: PartialDate;
}

export interface Candidate {
  /** What makes two reports the same figure: kind, sub-label, value, range and month. */
  key: string;
  kind: FigureKind;
  tag: string | null;
  incremental: boolean;
  value: number;
  qualifier: Qualifier;
  high: number | null;
  /** The earliest date a page gave it. */
  date: string;
  attribution: Attribution;
  reports: CandidateReport[];
  /** How many different outlets reported it: told apart by their pages' addresses (outletKey). */
  outlets: number;
}

export function candidateKey(
  f: Pick<SightingFigure, 'kind' | 'tag' | 'incremental' | 'value' | 'qualifier' | 'high'>,
  date: string,
): string {
  return [
    f.kind,
    f.tag ?? '',
    f.incremental ? '+' : '',
    f.qualifier,
    f.value,
    f.high ?? '',
    date.slice(0, 7),
  ].join('|');
}

function isNewOfficialFigure(f: SightingFigure, date: PartialDate, set: RecordSet, today: string): boolean {
  if (!f.attribution || f.scope !== 'national' || !date || date <= set.shippedEnd) return false;
  if (f.kind === 'other' ? !f.tag : f.subject !== 'indian') return false;
  const v = compareWithRecord(
    { ...f, asOf: date, tag: f.tag ?? undefined, high: f.high ?? undefined },
    set.records,
    today,
  );
  // Replaced since, or the same as the latest official figure: nothing new to add.
  const standing = standingOf(f, v);
  return standing === 'newer' || standing === 'unknown' || standing === 'differs';
}

/** Every candidate in the sightings, newest first; `rejected` holds the keys the reader turned down. */
export function candidatesFrom(
  data: SightingsData,
  set: RecordSet,
  rejected: ReadonlySet<string>,
  today: string,
): Candidate[] {
  const byKey = new Map<string, Candidate & { outletKeys: Set<string> }>();
  for (const page of data.pages) {
    for (const f of page.figures) {
      const date = f.asOf ?? page.published;
      if (!date || !isNewOfficialFigure(f, date, set, today)) continue;
      const key = candidateKey(f, date);
      if (rejected.has(key)) continue;
      let c = byKey.get(key);
      if (!c) {
        c = {
          key,
          kind: f.kind,
          tag: f.tag,
          incremental: f.incremental,
          value: f.value,
          qualifier: f.qualifier,
          high: f.high,
          date,
          attribution: f.attribution as Attribution,
          reports: [],
          outlets: 0,
          outletKeys: new Set(),
        };
        byKey.set(key, c);
      }
      if (date < c.date) c.date = date;
      if (c.reports.some((r) => r.url === page.url)) continue;
      c.reports.push({
        url: page.url,
        publisher: ownPublisher(page.url, page.publisher),
        title: page.title,
        published: page.published,
      });
      c.outletKeys.add(outletKey(page.url));
      c.outlets = c.outletKeys.size;
    }
  }
  return [...byKey.values()]
    .map(({ outletKeys: _o, ...c }) => c)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.outlets - a.outlets));
}

/** How many outlets the sightings hold that gave the figure of `key` to an official. */
export function outletsOf(data: SightingsData, key: string): number {
  const outlets = new Set<string>();
  for (const page of data.pages)
    for (const f of page.figures) {
      const date = f.asOf ?? page.published;
      if (f.attribution && date && candidateKey(f, date) === key) outlets.add(outletKey(page.url));
    }
  return outlets.size;
}

/** A new record id in the shipped record's style (`DATE-KIND-VALUE`), unique among `taken`. */
function recordId(date: string, label: string, value: number, taken: ReadonlySet<string>): string {
  const base = `${date}-${label}-${value}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The records a candidate becomes once the reader accepts it, in the shipped record's format (a range
 * is two records, its ends): official as the page attributed it, low confidence when one outlet alone
 * reported it, with every page as a source.
 */
export function recordsFromCandidate(
  c: Candidate,
  today: string,
  taken: ReadonlySet<string> = new Set(),
): ReferenceRecord[] {
  const label = c.kind === 'other' ? (c.tag as string) : c.kind;
  const ends: Array<[number, Qualifier]> =
    c.high !== null
      ? [
          [c.value, 'at_least'],
          [c.high, 'at_most'],
        ]
      : [[c.value, c.qualifier]];
  const publishers = [...new Set(c.reports.map((r) => r.publisher))];
  const marks = [
    c.high !== null ? `[range ${c.value}-${c.high}]` : '',
    c.kind === 'other' ? `[${c.tag}]` : '',
    c.incremental ? '[incremental]' : '',
  ].filter(Boolean);
  const ids = new Set(taken);
  return ends.map(([value, qualifier]) => {
    const id = recordId(c.date, label, value, ids);
    ids.add(id);
    const record: ReferenceRecord = {
      id,
      date: c.date,
      kind: c.kind,
      value,
      qualifier,
      incremental: c.incremental,
      speaker: c.attribution.speaker,
      venue: c.attribution.venue ?? `as quoted by ${publishers.join(', ')}`,
      official: true,
      confidence: c.outlets >= 2 ? 'medium' : 'low',
      summary: `${c.attribution.speaker} gave ${c.high !== null ? `${c.value}-${c.high}` : value} (${label.replace(/_/g, ' ')}), as quoted by ${publishers.join(', ')}.`,
      sources: c.reports
        .slice(0, 8)
        .map((r) => ({ url: r.url, publisher: r.publisher || new URL(r.url).hostname })),
      notes: `${marks.join(' ')}${marks.length ? ' ' : ''}Accepted by a reader on ${today} from ${c.reports.length} ${c.reports.length === 1 ? 'page' : 'pages'} (${c.outlets} ${c.outlets === 1 ? 'outlet' : 'outlets'}) that attributed it to an official; not checked against a primary source.`,
    };
    if (c.kind === 'other' && c.tag) record.tag = c.tag;
    return record;
  });
}

/** The reader's records as a file in the shipped record's format, ready to add to `utils/record/`. */
export function readerRecordsFile(records: readonly ReferenceRecord[], today: string): ReferenceFile {
  const clean = records
    .map(({ local: _local, ...r }) => r)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : 1));
  const dates = clean.map((r) => r.date);
  return {
    schema: 1,
    topic: REFERENCE.topic,
    compiled: today,
    coverage: { from: dates[0] ?? today, to: dates[dates.length - 1] ?? today },
    kinds: [...REFERENCE.kinds],
    records: clean,
  };
}
