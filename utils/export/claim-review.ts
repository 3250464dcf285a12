import { type CheckedFigure, verdictOf } from '../contracts/checked-figure';
import type { PartialDate } from '../engine/figure-types';
import { type Standing, standingOf } from '../record/standing';
import type { RecordRef, RecordTable } from '../record/verdicts';
import { headline, type Messages, standingLabel } from '../wording/figure-wording';

/**
 * A figure's verdict as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), with the
 * properties Google's ClaimReview guidelines ask for: `claimReviewed`, `reviewRating` with
 * `alternateName`, `itemReviewed` (a Claim with its `appearance`, `author` and `datePublished`),
 * `author`, `datePublished` and `url`. The rating's words are the card's and the popup's: the standing,
 * then the headline sentence.
 */

/** The page a figure was read on. */
export interface ReviewedPage {
  url: string;
  title: string;
  /** The outlet's name, or empty when unknown. */
  publisher: string;
  published: PartialDate;
}

/** The page a figure was read on, named by its canonical address when it has one, as the popup names it. */
export const reviewedPage = (page: ReviewedPage & { canonicalUrl?: string | null }): ReviewedPage => ({
  url: page.canonicalUrl ?? page.url,
  title: page.title,
  publisher: page.publisher,
  published: page.published,
});

/**
 * The rating scale: 1 (worst) to 5 (best), from the standing. `differs` 1 (the official figure of its
 * time said otherwise), `superseded` 2 (true once, out of date now), `newer` 3 (later than the record,
 * which said otherwise: neither borne out nor refuted), `current` 5 (the latest official figure says
 * the same). A figure with nothing to compare it with (`unknown`) gets no number, only its words.
 */
const RATING_SCALE: Readonly<Record<Standing, number | null>> = {
  differs: 1,
  superseded: 2,
  newer: 3,
  unknown: null,
  current: 5,
};
const WORST_RATING = 1;
const BEST_RATING = 5;

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;
export type JsonLd = { [key: string]: Json };

const BODY = /\b(ministry|MEA|embassy|government|office|department|parliament|sabha|committee|CBI|police)\b/i;

/**
 * Who said it: an official body ("Ministry of External Affairs") as an Organization, anyone else as a
 * Person. A name with a title after it ("Randhir Jaiswal, MEA spokesperson") is a person, whatever the
 * title names.
 */
function speakerNode(speaker: string): JsonLd {
  const name = speaker.split(',')[0] ?? speaker;
  return { '@type': BODY.test(name) ? 'Organization' : 'Person', name: speaker };
}

/** The record a figure was compared with: the latest official figure, else that of its own time. */
function comparedRecord(figure: Pick<CheckedFigure, 'verdict'>, records: RecordTable): RecordRef | null {
  const v = verdictOf(figure, records);
  return v.latest ?? v.reference;
}

/** The rating's words: "Out of date: Now 202 recruited in all, 18 Dec 2025, Rajya Sabha written reply". */
function ratingWords(m: Messages, figure: CheckedFigure, records: RecordTable, recordEnd: string): string {
  const v = verdictOf(figure, records);
  const standing = standingOf(figure, v);
  const sentence = headline(m, figure, v, standing, recordEnd).replace(/[.।]$/, '');
  return m('claimReviewRating', [standingLabel(m, standing), sentence]);
}

/** One figure's ClaimReview; `records` holds the records its verdict names. */
export function claimReview(
  m: Messages,
  figure: CheckedFigure,
  records: RecordTable,
  page: ReviewedPage,
  recordEnd: string,
  today: string,
): JsonLd {
  const standing = standingOf(figure, verdictOf(figure, records));
  const rating = RATING_SCALE[standing];
  const record = comparedRecord(figure, records);
  const appearance: JsonLd = { '@type': 'NewsArticle' };
  if (page.url) appearance.url = page.url;
  if (page.title) {
    appearance.headline = page.title;
    appearance.name = page.title;
  }
  if (page.published) appearance.datePublished = page.published;
  if (page.publisher) appearance.publisher = { '@type': 'Organization', name: page.publisher };
  const claim: JsonLd = { '@type': 'Claim', appearance };
  if (figure.attribution) claim.author = speakerNode(figure.attribution.speaker);
  if (figure.asOf) claim.datePublished = figure.asOf;
  const review: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: figure.text,
    itemReviewed: claim,
    reviewRating: {
      '@type': 'Rating',
      alternateName: ratingWords(m, figure, records, recordEnd),
      ...(rating === null ? {} : { ratingValue: rating, bestRating: BEST_RATING, worstRating: WORST_RATING }),
    },
    author: { '@type': 'Organization', name: m('extName') },
    datePublished: today,
  };
  if (record?.source) {
    review.url = record.source.url;
    review.citation = {
      '@type': 'CreativeWork',
      url: record.source.url,
      publisher: { '@type': 'Organization', name: record.source.publisher },
      ...(record.date ? { datePublished: record.date } : {}),
      ...(record.speaker ? { author: speakerNode(record.speaker) } : {}),
    };
  }
  return review;
}
