import {
  PAGE_RESULT,
  type PageResultFigure,
  type PageResultMessage,
} from '../../../utils/contracts/messages';
import type { ReviewedPage } from '../../../utils/export/claim-review';
import type { RecordRef, Verdict } from '../../../utils/record/verdicts';
import type { SightingFigure } from '../../../utils/storage/sightings/types';

/** Well-formed page-result messages for the message, background and sightings tests. */

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

const REF_202: RecordRef = {
  ...REF_44,
  id: '2025-12-18-recruited_total-202',
  date: '2025-12-18',
  kind: 'recruited_total',
  value: 202,
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

export function figure(more: Partial<PageResultFigure> = {}): PageResultFigure {
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
    verdict: verdict({ status: 'confirmed', reference: REF_44, previous: null, newer: null }),
    ...more,
  };
}

/** A figure with the given status and a consistent verdict. */
export function figureWith(status: PageResultFigure['verdict']['status'], value = 44): PageResultFigure {
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

export function pageResult(more: Partial<PageResultMessage> = {}): PageResultMessage {
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
    figures: [figure()],
    ...more,
  };
}

/** A stored sighting's figure (schema 3): 44 serving, confirmed, current, with no attribution unless said. */
export function sightingFigure(more: Partial<SightingFigure> = {}): SightingFigure {
  return {
    value: 44,
    kind: 'serving',
    qualifier: 'exact',
    subject: 'indian',
    asOf: '2025-11-08',
    status: 'confirmed',
    referenceId: null,
    previousId: null,
    newerId: null,
    high: null,
    incremental: false,
    tag: null,
    scope: 'national',
    attribution: null,
    currency: 'current',
    latestId: null,
    ...more,
  };
}
