import { type CheckedFigure, recordTableOf, verdictOf } from '../../../utils/contracts/checked-figure';
import type { FigureDetails } from '../../../utils/contracts/figure-details';
import { namedBy, PAGE_RESULT, type StoredPageResult } from '../../../utils/contracts/messages';
import type { ReviewedPage } from '../../../utils/export/claim-review';
import type { BadgeFigures } from '../../../utils/page/overlay';
import { standingOf } from '../../../utils/record/standing';
import {
  type RecordRef,
  type RecordTable,
  type Verdict,
  type VerdictLinks,
  verdictLinks,
} from '../../../utils/record/verdicts';
import type { SightingFigure } from '../../../utils/storage/sightings/types';
import { badgeLabel, type Messages } from '../../../utils/wording/figure-wording';
import { getMessageEn } from './i18n-en';

/**
 * Well-formed page-result messages for the message, background and sightings tests. A figure is made
 * with its verdict in full (`figure({ verdict })`); it keeps the verdict's records by id, as every
 * holder does, and `recordsFor` gives the records the figures name, as `figure` was given them.
 */

export const REF_44: RecordRef = {
  id: '2025-11-07-serving-44',
  date: '2025-11-07',
  kind: 'serving',
  value: 44,
  qualifier: 'exact',
  official: true,
  local: false,
  speaker: 'Randhir Jaiswal, MEA spokesperson',
  venue: 'weekly briefing',
  source: { url: 'https://www.mea.gov.in/briefing', publisher: 'MEA' },
};

/** The Rajya Sabha's written reply of 18 Dec 2025: 202 Indians recruited in all. */
export const RS_202: RecordRef = {
  ...REF_44,
  id: '2025-12-18-recruited_total-202',
  date: '2025-12-18',
  kind: 'recruited_total',
  value: 202,
  speaker: 'Kirti Vardhan Singh, Minister of State for External Affairs',
  venue: 'Rajya Sabha written reply',
  source: { url: 'https://sansad.example/rs-reply-202', publisher: 'Rajya Sabha' },
};

/** The record a figure of 202 recruited in all is compared with: the Rajya Sabha's reply. */
const REF_202 = RS_202;

/** The news page a figure was read on, as "Copy with source" and the ClaimReview export name it. */
export const EXAMPLE_PAGE: ReviewedPage = {
  url: 'https://www.example-news.in/india-russia-44-serving.html',
  title: 'Centre says 44 Indians still serve in the Russian army',
  publisher: 'Example News',
  published: '2025-11-08',
};

/** A verdict with the currency fields: current against its own reference unless said. */
export function verdict(
  v: Pick<Verdict, 'status' | 'reference' | 'previous' | 'newer'> & Partial<Verdict>,
): Verdict {
  const latest = v.latest !== undefined ? v.latest : (v.newer ?? v.reference ?? v.previous);
  return {
    currency: latest === null ? 'unknown' : v.newer ? 'superseded' : 'current',
    latest,
    media: null,
    ...v,
  };
}

/** Every record a figure's verdict was given in, by id. */
const GIVEN = new Map<string, RecordRef>();

/** The records the figures' verdicts name, as `figure` was given them. */
export function recordsFor(figures: ReadonlyArray<Pick<CheckedFigure, 'verdict'>>): RecordTable {
  return namedBy(figures as CheckedFigure[], Object.fromEntries(GIVEN));
}

/** A checked figure (44 still serving, confirmed by the MEA's 44, unless said), its verdict given in full. */
export function figure(
  more: Partial<Omit<CheckedFigure, 'verdict'>> & { verdict?: Verdict } = {},
): CheckedFigure {
  const { verdict: given, ...fields } = more;
  const v = given ?? verdict({ status: 'confirmed', reference: REF_44, previous: null, newer: null });
  for (const r of Object.values(recordTableOf([v]))) GIVEN.set(r.id, r);
  return {
    value: 44,
    kind: 'serving',
    qualifier: 'exact',
    subject: 'indian',
    asOf: '2025-11-08',
    text: '44 Indian nationals are currently serving',
    high: null,
    incremental: false,
    tag: null,
    scope: 'national',
    attribution: null,
    ...fields,
    verdict: verdictLinks(v),
  };
}

/**
 * What the overlay paints, as the background's answer gives it: each figure's value, kind, status,
 * currency and standing, each badge's name (given, or worded by `labels`: English unless said), and a card's details, the
 * figure whole with the records it names, as the background gives them (`details`: instead, or null
 * for a refusal). `asked` lists the figures whose details were asked for, in order.
 */
export function badgeFigures(
  figures: readonly CheckedFigure[],
  labels: readonly string[] | Messages = getMessageEn,
  details?: (i: number) => Promise<FigureDetails | null>,
): BadgeFigures & { asked: number[] } {
  const records = recordsFor(figures);
  const standings = figures.map((f) => standingOf(f, verdictOf(f, records)));
  const asked: number[] = [];
  return {
    figures: figures.map((f, i) => ({
      value: f.value,
      kind: f.kind,
      status: f.verdict.status,
      currency: f.verdict.currency,
      standing: standings[i] as (typeof standings)[number],
    })),
    labels:
      typeof labels === 'function'
        ? figures.map((f, i) => badgeLabel(labels, f, standings[i] as (typeof standings)[number]))
        : labels,
    asked,
    details: (i) => {
      asked.push(i);
      if (details) return details(i);
      const f = figures[i];
      return Promise.resolve(f ? { figure: f, records: namedBy([f], records) } : null);
    },
  };
}

/** A figure with the given status and a consistent verdict. */
export function figureWith(status: Verdict['status'], value = 44): CheckedFigure {
  switch (status) {
    case 'confirmed':
      return figure({ value });
    case 'conflicts':
      return figure({
        value,
        verdict: verdict({ status, reference: REF_44, previous: null, newer: REF_202 }),
      });
    case 'unconfirmed':
      return figure({
        value,
        asOf: '2025-03',
        verdict: verdict({ status, reference: null, previous: REF_44, newer: null }),
      });
    case 'no_record':
      return figure({
        value,
        subject: 'other_nationality',
        verdict: verdict({ status, reference: null, previous: null, newer: null }),
      });
  }
}

/** A page-result message; its records are those its figures name unless said. */
export function pageResult(more: Partial<StoredPageResult> = {}): StoredPageResult {
  const figures = more.figures ?? [figure()];
  return {
    type: PAGE_RESULT,
    url: 'https://www.business-standard.com/news/india-presses-russia-to-free-44.html',
    canonicalUrl: null,
    title: 'India presses Russia to free 44 Indians',
    publisher: 'Business Standard',
    published: '2025-11-08',
    relevant: true,
    score: 0.93,
    truncated: false,
    figures,
    records: recordsFor(figures),
    ...more,
  };
}

/**
 * A stored sighting's figure (schema 4): 44 serving, confirmed against the MEA's 44 and current, with
 * no attribution unless said; `verdict` changes those of its verdict's fields it gives.
 */
export function sightingFigure(
  more: Partial<Omit<SightingFigure, 'verdict'>> & { verdict?: Partial<VerdictLinks> } = {},
): SightingFigure {
  const { verdict: links, ...fields } = more;
  return {
    value: 44,
    kind: 'serving',
    qualifier: 'exact',
    subject: 'indian',
    asOf: '2025-11-08',
    high: null,
    incremental: false,
    tag: null,
    scope: 'national',
    attribution: null,
    verdict: {
      status: 'confirmed',
      reference: REF_44.id,
      previous: null,
      newer: null,
      currency: 'current',
      latest: REF_44.id,
      media: null,
      ...links,
    },
    ...fields,
  };
}
