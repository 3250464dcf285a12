import { describe, expect, it } from 'vitest';
import type { CheckedFigure } from '../../utils/contracts/checked-figure';
import { claimReview } from '../../utils/export/claim-review';
import type { Standing } from '../../utils/record/standing';
import type { RecordRef } from '../../utils/record/verdicts';
import { getMessageEn } from './support/i18n-en';
import { EXAMPLE_PAGE, figure, REF_44, RS_202, recordsFor, verdict } from './support/page-results';

const t = (key: string, subs?: string[]) => getMessageEn(key, subs);
const END = '2025-12-18';
const TODAY = '2026-12-07';

const RS_127: RecordRef = {
  ...RS_202,
  id: '2025-07-24-recruited_total-127',
  date: '2025-07-24',
  value: 127,
  source: { url: 'https://sansad.example/rs-reply-127', publisher: 'Rajya Sabha' },
};

/** 127 recruited, Jul 2025, attributed to the ministry: right then, out of date since 202. */
const SUPERSEDED = figure({
  value: 127,
  kind: 'recruited_total',
  asOf: '2025-07',
  text: '127 Indian nationals had been recruited by the Russian army',
  attribution: { speaker: 'Ministry of External Affairs', venue: null },
  verdict: verdict({ status: 'confirmed', reference: RS_127, previous: null, newer: RS_202 }),
});

/** Each standing, a figure of it, and its rating from 1 (worst) to 5 (best), none for `unknown`. */
const CASES: Array<[Standing, CheckedFigure, number | null]> = [
  ['current', figure(), 5],
  ['superseded', SUPERSEDED, 2],
  [
    'differs',
    figure({
      value: 40,
      text: '40 Indian nationals are currently serving',
      verdict: verdict({ status: 'conflicts', reference: REF_44, previous: null, newer: null }),
    }),
    1,
  ],
  [
    'unknown',
    figure({
      subject: 'other_nationality',
      verdict: verdict({ status: 'no_record', reference: null, previous: null, newer: null }),
    }),
    null,
  ],
];

describe('ClaimReview JSON-LD of a figure', () => {
  it.each(CASES)('%s: has the properties Google asks for', (_, f, value) => {
    const r = claimReview(t, f, recordsFor([f]), EXAMPLE_PAGE, END, TODAY);
    expect(r['@context']).toBe('https://schema.org');
    expect(r['@type']).toBe('ClaimReview');
    expect(r.claimReviewed).toBe(f.text);
    expect(r.datePublished).toBe(TODAY);
    expect(r.author).toEqual({
      '@type': 'Organization',
      name: 'Figures fact-check: Indians in the Russian army',
    });
    expect(r.itemReviewed).toMatchObject({
      '@type': 'Claim',
      datePublished: f.asOf,
      appearance: {
        '@type': 'NewsArticle',
        url: EXAMPLE_PAGE.url,
        headline: EXAMPLE_PAGE.title,
        name: EXAMPLE_PAGE.title,
        datePublished: '2025-11-08',
        publisher: { '@type': 'Organization', name: 'Example News' },
      },
    });
    const rating = r.reviewRating as Record<string, unknown>;
    expect(rating['@type']).toBe('Rating');
    expect(rating.alternateName).toMatch(/^[A-Z][^:]+: \S.*\S$/);
    if (value === null) expect(Object.keys(rating)).toEqual(['@type', 'alternateName']);
    else expect(rating).toMatchObject({ ratingValue: value, bestRating: 5, worstRating: 1 });
  });

  it('words the rating as the popup does: standing, then what the record says now', () => {
    const r = claimReview(t, SUPERSEDED, recordsFor([SUPERSEDED]), EXAMPLE_PAGE, END, TODAY);
    expect((r.reviewRating as Record<string, unknown>).alternateName).toBe(
      'Out of date: Now 202 recruited in all, 18 Dec 2025, Rajya Sabha written reply',
    );
  });

  it('names the claim’s speaker and cites the record it was compared with', () => {
    const r = claimReview(t, SUPERSEDED, recordsFor([SUPERSEDED]), EXAMPLE_PAGE, END, TODAY);
    expect((r.itemReviewed as Record<string, unknown>).author).toEqual({
      '@type': 'Organization',
      name: 'Ministry of External Affairs',
    });
    expect(r.url).toBe('https://sansad.example/rs-reply-202');
    expect(r.citation).toEqual({
      '@type': 'CreativeWork',
      url: 'https://sansad.example/rs-reply-202',
      publisher: { '@type': 'Organization', name: 'Rajya Sabha' },
      datePublished: '2025-12-18',
      author: { '@type': 'Person', name: 'Kirti Vardhan Singh, Minister of State for External Affairs' },
    });
  });

  it('leaves out what is not known: no speaker, no record, no page title or date', () => {
    const [, unknown] = CASES[3] as [Standing, CheckedFigure, null];
    const r = claimReview(
      t,
      { ...unknown, asOf: null },
      recordsFor([unknown]),
      { url: '', title: '', publisher: '', published: null },
      END,
      TODAY,
    );
    expect(r.itemReviewed).toEqual({ '@type': 'Claim', appearance: { '@type': 'NewsArticle' } });
    expect(r).not.toHaveProperty('url');
    expect(r).not.toHaveProperty('citation');
  });
});

describe('a speaker in ClaimReview', () => {
  it.each([
    ['Ministry of External Affairs', 'Organization'],
    ['Indian Embassy in Moscow', 'Organization'],
    ['Randhir Jaiswal, MEA spokesperson', 'Person'],
    ['Kirti Vardhan Singh, Minister of State for External Affairs', 'Person'],
    ['S Jaishankar', 'Person'],
  ])('%s is a %s', (speaker, type) => {
    const f = { ...SUPERSEDED, attribution: { speaker, venue: null } };
    const r = claimReview(t, f, recordsFor([f]), EXAMPLE_PAGE, END, TODAY);
    expect((r.itemReviewed as Record<string, unknown>).author).toEqual({ '@type': type, name: speaker });
  });
});
