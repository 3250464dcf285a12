import { describe, expect, it } from 'vitest';
import { REFERENCE_RECORDS } from '../../utils/reference/records';
import type { ComparableFigure } from '../../utils/verdicts';
import { agrees, compareFigures, compareWithRecord, valueRange } from '../../utils/verdicts';

const TODAY = '2026-11-24';
const fig = (
  value: number,
  kind: ComparableFigure['kind'],
  asOf: string | null,
  more: Partial<ComparableFigure> = {},
) => ({ value, kind, qualifier: 'exact', subject: 'indian', asOf, ...more }) as ComparableFigure;

function summary(f: ComparableFigure, today = TODAY) {
  const v = compareWithRecord(f, REFERENCE_RECORDS, today);
  const ref = (r: typeof v.reference) => (r ? `${r.value}@${r.date}${r.official ? '' : ' (media)'}` : null);
  return { status: v.status, reference: ref(v.reference), previous: ref(v.previous), newer: ref(v.newer) };
}

describe('compareWithRecord on real cases', () => {
  it.each([
    // The seed article of 8 Nov 2025.
    [fig(44, 'serving', '2025-11-08'), 'confirmed', '44@2025-11-07', '27@2025-09-26', null],
    [fig(127, 'recruited_total', '2025-07'), 'confirmed', '127@2025-07', '127@2025-02-07', '202@2025-12-18'],
    [fig(98, 'discharged', '2025-07'), 'confirmed', '98@2025-07', '97@2025-02-07', '119@2025-12-18'],
    [fig(13, 'serving', '2025-07'), 'confirmed', '13@2025-07', '18@2025-02-07', '44@2025-11-07'],
    [fig(12, 'missing', '2025-07'), 'confirmed', '12@2025-07', '16@2025-02-07', '7@2025-12-18'],
    [fig(12, 'killed', '2025-01'), 'confirmed', '12@2025-01-17', '8@2024-08-09', '26@2025-12-18'],
    // 22 Oct 2024: 85 discharged, 20 remaining.
    [fig(85, 'discharged', '2024-10-22'), 'confirmed', '85@2024-10-21', '45@2024-09-12', '119@2025-12-18'],
    [fig(20, 'serving', '2024-10-22'), 'confirmed', '20@2024-10-22', '50@2024-09-12', '44@2025-11-07'],
    // 9 Aug 2024: 69 awaiting release.
    [
      fig(69, 'awaiting_discharge', '2024-08-09'),
      'confirmed',
      '69@2024-08-09',
      '63@2024-08-01',
      '50@2025-12-18',
    ],
    // A figure that its period's official record contradicts.
    [fig(16, 'killed', '2025-02-07'), 'conflicts', '12@2025-02-07', '12@2025-01-17', '26@2025-12-18'],
    [fig(10, 'killed', '2025-01-14'), 'conflicts', '12@2025-01-17', '8@2024-08-09', '26@2025-12-18'],
    // No record of that period.
    [fig(30, 'serving', '2025-05'), 'unconfirmed', null, '18@2025-02-07', '44@2025-11-07'],
  ])('%# %j', (f, status, reference, previous, newer) => {
    expect(summary(f)).toEqual({ status, reference, previous, newer });
  });

  it('labels media-only references as such', () => {
    expect(summary(fig(100, 'recruited_total', '2024-02-20', { qualifier: 'approx' })).reference).toBe(
      '100@2024-02-20 (media)',
    );
  });

  it('compares "two more killed" with incremental records only', () => {
    expect(summary(fig(2, 'killed', '2024-06-11', { incremental: true }))).toMatchObject({
      status: 'confirmed',
      reference: '2@2024-06-11',
    });
    // As a running total, 2 on 11 Jun 2024 meets no total of those days (4 came on 21 Jun).
    expect(summary(fig(2, 'killed', '2024-06-11')).status).toBe('unconfirmed');
  });

  it('says no_record for other nationalities and kinds nobody reported', () => {
    expect(summary(fig(200, 'recruited_total', '2025-01', { subject: 'other_nationality' })).status).toBe(
      'no_record',
    );
    expect(summary(fig(3, 'missing', '2024-05-01', { incremental: true })).status).toBe('no_record');
  });

  it('knows only what was published by "today"', () => {
    expect(summary(fig(127, 'recruited_total', '2025-07'), '2025-11-30').newer).toBe(null);
    expect(summary(fig(44, 'serving', '2025-11-08'), '2025-11-01').status).toBe('unconfirmed');
  });

  it('leaves undated figures unconfirmed, naming the latest different figure', () => {
    expect(summary(fig(127, 'recruited_total', null))).toEqual({
      status: 'unconfirmed',
      reference: null,
      previous: null,
      newer: '202@2025-12-18',
    });
  });
});

describe('agreement under both qualifiers', () => {
  const rec = (value: number, qualifier: 'exact' | 'approx' | 'at_least' | 'at_most') =>
    ({ ...REFERENCE_RECORDS[0], value, qualifier }) as (typeof REFERENCE_RECORDS)[number];
  it.each([
    [fig(44, 'serving', null, { qualifier: 'at_least' }), rec(44, 'exact'), true],
    [fig(44, 'serving', null, { qualifier: 'at_least' }), rec(50, 'exact'), true],
    [fig(44, 'serving', null, { qualifier: 'at_least' }), rec(40, 'exact'), false],
    [fig(20, 'serving', null, { qualifier: 'approx' }), rec(18, 'exact'), true],
    [fig(20, 'serving', null, { qualifier: 'approx' }), rec(22, 'exact'), true],
    [fig(20, 'serving', null, { qualifier: 'approx' }), rec(24, 'exact'), false],
    [fig(20, 'serving', null, { qualifier: 'approx', odd: true }), rec(29, 'exact'), true],
    [fig(20, 'serving', null, { qualifier: 'approx', odd: true }), rec(30, 'exact'), false],
    [fig(25, 'serving', null, { qualifier: 'at_most' }), rec(20, 'at_least'), true],
    [fig(12, 'killed', null), rec(12, 'exact'), true],
    [fig(12, 'killed', null), rec(13, 'exact'), false],
  ])('case %#', (f, r, expected) => {
    expect(agrees(f, r)).toBe(expected);
  });

  it('gives the ranges the design names', () => {
    expect(valueRange(20, 'approx')).toEqual([18, 22]);
    expect(valueRange(20, 'approx', true)).toEqual([20, 29]);
    expect(valueRange(44, 'at_least')).toEqual([44, Number.POSITIVE_INFINITY]);
  });
});

describe('compareFigures: the two ends of a range are one claim', () => {
  // "35-40 Indians are still stuck", 9 Jul 2024, against the MEA's 24 of that day.
  const low = { ...fig(35, 'serving', '2024-07-09', { qualifier: 'at_least' }), start: 100, end: 102 };
  const high = { ...fig(40, 'serving', '2024-07-09', { qualifier: 'at_most' }), start: 103, end: 105 };
  const statuses = (figures: Parameters<typeof compareFigures>[0]) =>
    compareFigures(figures, REFERENCE_RECORDS, TODAY).map((v) => `${v.status} ${v.reference?.value}`);

  it('taken alone, "at most 40" agrees with 24 and "at least 35" does not', () => {
    expect(statuses([low])).toEqual(['conflicts 24']);
    expect(statuses([high])).toEqual(['confirmed 24']);
  });

  it('as a range, 35-40 conflicts with 24 at both ends', () => {
    expect(statuses([low, high])).toEqual(['conflicts 24', 'conflicts 24']);
  });

  it('a range that holds the record is confirmed at both ends', () => {
    const wide = { ...low, value: 20 };
    expect(statuses([wide, high])).toEqual(['confirmed 24', 'confirmed 24']);
  });

  it('two bounds far apart in the text are two claims', () => {
    expect(statuses([low, { ...high, start: 400, end: 402 }])).toEqual(['conflicts 24', 'confirmed 24']);
  });
});
