import { clip, isHttpUrl, LIMITS } from '../../contracts/checks';
import { isPartialDate } from '../../engine/dates';
import {
  FIGURE_KINDS,
  type FigureKind,
  QUALIFIERS,
  type Qualifier,
  SUBJECTS,
  type Subject,
} from '../../engine/figure-types';
import { REFERENCE_RECORDS } from '../../record/records';
import type { ReferenceRecord } from '../../record/reference-record';
import { compareWithRecord } from '../../record/verdicts';
import { capSightings, mergeSightings, sightingUrl } from './record';
import {
  SIGHTINGS_CAP,
  SIGHTINGS_VERSION,
  type Sighting,
  type SightingFigure,
  type SightingFigureV2,
  type SightingFigureV3,
  type SightingsData,
} from './types';
import { isIsoTimestamp } from './validate';

/**
 * Migrations of the stored sightings, keyed by the version they produce (the shape
 * `storage.defineItem({ migrations })` takes). An update must never lose the reader's sightings: a
 * migration keeps every page it can read, and throws on a value it cannot read at all, which leaves
 * the stored value untouched (the store then refuses to write over it; see store.ts).
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isV2Page(p: Record<string, unknown>): boolean {
  return typeof p.firstSeen === 'string' && typeof p.lastSeen === 'string' && !('seen' in p);
}

function figureV1ToV2(f: unknown, seenDay: string | undefined): SightingFigureV2 | null {
  if (!isObject(f)) return null;
  if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value < 0 || f.value > LIMITS.value)
    return null;
  if (!FIGURE_KINDS.includes(f.kind as FigureKind)) return null;
  const qualifier = QUALIFIERS.includes(f.qualifier as Qualifier) ? (f.qualifier as Qualifier) : 'exact';
  const subject = SUBJECTS.includes(f.subject as Subject) ? (f.subject as Subject) : 'unknown';
  const asOf = isPartialDate(f.asOf) ? f.asOf : null;
  const figure = { value: f.value, kind: f.kind as FigureKind, qualifier, subject, asOf };
  // Version 1 kept no verdicts: give each the verdict the record gives as of the day it was seen.
  const v = compareWithRecord(figure, REFERENCE_RECORDS, seenDay);
  return {
    ...figure,
    status: v.status,
    referenceId: v.reference?.id ?? null,
    previousId: v.previous?.id ?? null,
    newerId: v.newer?.id ?? null,
  };
}

function pageV1ToV2(p: unknown): Sighting | null {
  if (!isObject(p) || typeof p.url !== 'string') return null;
  const url = sightingUrl({ url: p.url, canonicalUrl: null });
  if (!isHttpUrl(url)) return null;
  const seen = isIsoTimestamp(p.seen) ? p.seen : new Date(0).toISOString();
  const figures = (Array.isArray(p.figures) ? p.figures : [])
    .map((f) => figureV1ToV2(f, seen.slice(0, 10)))
    .filter((f): f is SightingFigureV2 => f !== null)
    .slice(0, LIMITS.figures);
  return {
    url,
    publisher: typeof p.publisher === 'string' ? clip(p.publisher, LIMITS.publisher) : '',
    title: typeof p.title === 'string' ? clip(p.title, LIMITS.title) : '',
    published: isPartialDate(p.published) ? p.published : null,
    // Version 2's figures, in a page of the shape every version keeps.
    figures: figures as unknown as SightingFigure[],
    firstSeen: seen,
    lastSeen: seen,
  };
}

/** Version 1 → 2: verdicts for every figure; `seen` becomes `firstSeen` and `lastSeen`; a `dropped` count. */
function migrateSightingsV1ToV2(old: unknown): SightingsData {
  if (!isObject(old) || !Array.isArray(old.pages))
    throw new Error('sightings version 1: expected an object with a "pages" array');
  let unreadable = 0;
  const pages: Sighting[] = [];
  for (const p of old.pages) {
    // Already version 2 (a version written without its metadata): keep it as it is.
    const page = isObject(p) && isV2Page(p) ? (p as unknown as Sighting) : pageV1ToV2(p);
    if (page) pages.push(page);
    else unreadable++;
  }
  const dropped =
    typeof old.dropped === 'number' && Number.isSafeInteger(old.dropped) && old.dropped >= 0
      ? old.dropped
      : 0;
  // Through merge: two version-1 entries for one URL become one, ordered by when they were seen.
  const merged = mergeSightings({ pages: [], dropped: 0 }, { pages, dropped: 0 }, Number.POSITIVE_INFINITY);
  return capSightings({ pages: merged.pages, dropped: dropped + unreadable }, SIGHTINGS_CAP);
}

/**
 * The records a version-2 figure's verdict named, from the record. Version 2 kept no sub-label nor
 * whether a figure counted new cases: the records its verdict was compared with say theirs (a verdict
 * compares a figure only with records of its own sub-label, and new cases only with new cases).
 */
function recordsNamed(
  ids: ReadonlyArray<string | null>,
  records: readonly ReferenceRecord[],
): ReferenceRecord[] {
  return ids.flatMap((id) => records.find((r) => id !== null && r.id === id) ?? []);
}

/**
 * A version-2 figure as version 3 has it: the sub-label and the count of new cases as the records its
 * verdict named give them, national scope, no attribution (version 2 kept none), and its currency as
 * the record gave it on the day the page was last seen.
 */
function figureV2ToV3(f: SightingFigureV2, seenDay: string): SightingFigureV3 {
  if ('currency' in f) return f as SightingFigureV3;
  const named = recordsNamed([f.referenceId, f.previousId, f.newerId], REFERENCE_RECORDS);
  const tag = f.kind === 'other' ? (named.find((r) => r.tag)?.tag ?? null) : null;
  const incremental = named.some((r) => r.incremental);
  const v = compareWithRecord({ ...f, tag: tag ?? undefined, incremental }, REFERENCE_RECORDS, seenDay);
  return {
    ...f,
    high: null,
    incremental,
    tag,
    scope: 'national',
    attribution: null,
    currency: v.currency,
    latestId: v.latest?.id ?? null,
  };
}

/** Version 2 → 3: every figure gains what version 3 keeps (figureV2ToV3). */
/**
 * Each figure of each page migrated by `figure`, given the day its page was last seen (the day its
 * verdict is recomputed as of); a page or a figure of the wrong shape is left for validation to refuse.
 */
function migrateFigures(
  old: unknown,
  version: number,
  figure: (f: Record<string, unknown>, seenDay: string) => unknown,
): SightingsData {
  if (!isObject(old) || !Array.isArray(old.pages))
    throw new Error(`sightings version ${version}: expected an object with a "pages" array`);
  const pages = (old.pages as unknown[]).map((p) => {
    if (!isObject(p) || !Array.isArray(p.figures)) return p;
    const seenDay = typeof p.lastSeen === 'string' ? p.lastSeen.slice(0, 10) : undefined;
    return { ...p, figures: p.figures.map((f) => (isObject(f) && seenDay ? figure(f, seenDay) : f)) };
  });
  return { ...(old as unknown as SightingsData), pages: pages as Sighting[] };
}

function migrateSightingsV2ToV3(old: unknown): SightingsData {
  return migrateFigures(old, 2, (f, day) => figureV2ToV3(f as unknown as SightingFigureV2, day));
}

/**
 * A version-3 figure as version 4 keeps it: the figure's fields as they were, its verdict gathered in
 * the shape the popup and the card read (`reference`, `previous`, `newer`, `latest` for the ids version 3
 * kept), and the media report of its time, which version 3 did not keep, as the record gives it on the
 * day the page was last seen.
 */
function figureV3ToV4(f: SightingFigureV3, seenDay: string): SightingFigure {
  if ('verdict' in f) return f as unknown as SightingFigure;
  const { status, referenceId, previousId, newerId, currency, latestId, ...figure } = f;
  const v = compareWithRecord(
    { ...figure, tag: figure.tag ?? undefined, high: figure.high ?? undefined },
    REFERENCE_RECORDS,
    seenDay,
  );
  return {
    ...figure,
    verdict: {
      status,
      reference: referenceId,
      previous: previousId,
      newer: newerId,
      currency,
      latest: latestId,
      media: v.media?.id ?? null,
    },
  };
}

/** Version 3 → 4: every figure's verdict in one object, as the popup and the card read it (figureV3ToV4). */
function migrateSightingsV3ToV4(old: unknown): SightingsData {
  return migrateFigures(old, 3, (f, day) => figureV3ToV4(f as unknown as SightingFigureV3, day));
}

export const SIGHTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateSightingsV1ToV2,
  3: migrateSightingsV2ToV3,
  4: migrateSightingsV3ToV4,
};

/** A value of schema version `from` (1 or later) as this version keeps it, through each migration. */
export function migrateSightingsFrom(from: number, old: unknown): unknown {
  let value = old;
  for (let v = from + 1; v <= SIGHTINGS_VERSION; v++) {
    const migrate = SIGHTINGS_MIGRATIONS[v];
    if (!migrate) throw new Error(`no migration to sightings version ${v}`);
    value = migrate(value);
  }
  return value;
}
