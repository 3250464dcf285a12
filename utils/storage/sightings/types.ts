import type { CheckedFigure } from '../../contracts/checked-figure';
import type {
  Attribution,
  FigureKind,
  PartialDate,
  Qualifier,
  Scope,
  Subject,
} from '../../engine/figure-types';
import type { Currency, VerdictStatus } from '../../record/verdicts';
import type { Failure } from '../../wording/failure';

/**
 * The reader's sightings: every page on the topic the reader opened, with the figures it stated and
 * how each compared with the record. A second, local source of "earlier reported numbers".
 */

export const SIGHTINGS_KEY = 'local:sightings' as const;
/** The schema version of the stored value and of export files. */
export const SIGHTINGS_VERSION = 4;
/** Pages kept; beyond this the least recently seen are dropped (and counted in `dropped`). */
export const SIGHTINGS_CAP = 3000;
/** Marks an export file, so that another JSON file is recognised as not ours. */
export const SIGHTINGS_FORMAT = 'figures-factcheck-sightings' as const;

/** Schema version 2: a figure with its verdict's status and records. */
export interface SightingFigureV2 {
  value: number;
  kind: FigureKind;
  qualifier: Qualifier;
  subject: Subject;
  asOf: PartialDate;
  status: VerdictStatus;
  /** Ids of the reference records the verdict named (utils/record/official-figures.json). */
  referenceId: string | null;
  previousId: string | null;
  newerId: string | null;
}

/**
 * Schema version 3 adds what extraction knew (a range's top, a count of new cases, an `other` count's
 * sub-label, whose count, who said it) and the figure's currency: what a page that quoted an official
 * after the record needs to become a candidate for the reader's own record.
 */
export interface SightingFigureV3 extends SightingFigureV2 {
  high: number | null;
  incremental: boolean;
  tag: string | null;
  scope: Scope;
  attribution: Attribution | null;
  currency: Currency;
  latestId: string | null;
}

/**
 * Schema version 4: a figure in the one shape the popup and the in-page card read (CheckedFigure),
 * without the text it was written in; its verdict names the records by id, as version 3 did, and the
 * media report of its time too. The records themselves are the record's (utils/record/records.ts,
 * with the reader's own): the sightings do not copy them.
 */
export type SightingFigure = Omit<CheckedFigure, 'text'>;

export interface Sighting {
  /** The canonical URL without its fragment: one entry per article. */
  url: string;
  publisher: string;
  title: string;
  published: PartialDate;
  figures: SightingFigure[];
  /** ISO timestamps. */
  firstSeen: string;
  lastSeen: string;
}

/** The stored value (the version itself is kept in the item's metadata). */
export interface SightingsData {
  /** Least recently seen first. */
  pages: Sighting[];
  /** How many pages were dropped over the cap, ever. */
  dropped: number;
}

/** An export file: the whole store with its schema version. */
export interface SightingsFile extends SightingsData {
  format: typeof SIGHTINGS_FORMAT;
  version: typeof SIGHTINGS_VERSION;
}

export type Result = { ok: true } | Failure;

export const emptySightings = (): SightingsData => ({ pages: [], dropped: 0 });
