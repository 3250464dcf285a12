import { describe, expect, it } from 'vitest';
import { REFERENCE_RECORDS } from '../../utils/record/records';
import type { ComparableFigure } from '../../utils/record/verdicts';
import { compareFigures, compareWithRecord, valueRange } from '../../utils/record/verdicts';

const TODAY = '2026-11-24';
const fig = (
  value: number,
  kind: ComparableFigure['kind'],
  asOf: string | null,
  more: Partial<ComparableFigure> & { range?: { low: number; high: number } } = {},
) =>
  ({ value, kind, qualifier: 'exact', subject: 'indian', asOf, ...more }) as ComparableFigure & {
    range?: { low: number; high: number };
  };

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

  it('never rests a verdict on a figure only the media gave: it is named beside it', () => {
    const v = compareWithRecord(
      fig(100, 'recruited_total', '2024-02-20', { qualifier: 'approx' }),
      REFERENCE_RECORDS,
      TODAY,
    );
    expect(v.status).toBe('unconfirmed');
    expect(v.reference).toBeNull();
    expect(v.media).toMatchObject({ value: 100, date: '2024-02-20', official: false });
    // 24 "stuck" (IANS, 9 Jul 2024) is media only: 60 that day is not "differs".
    const stuck = compareWithRecord(fig(60, 'serving', '2024-07-09'), REFERENCE_RECORDS, TODAY);
    expect(stuck.status).not.toBe('conflicts');
    expect(stuck.media?.value).toBe(24);
  });

  it('takes a figure equal to the latest official figure before it as a match', () => {
    // "At least four killed", a week after the MEA's 4 of 21 Jun 2024.
    expect(summary(fig(4, 'killed', '2024-06-28', { qualifier: 'at_least' }))).toMatchObject({
      status: 'confirmed',
      reference: '4@2024-06-21',
    });
    // A different figure is not.
    expect(summary(fig(6, 'killed', '2024-06-28')).status).toBe('unconfirmed');
  });

  it('compares "two more killed" with incremental records only', () => {
    expect(summary(fig(2, 'killed', '2024-06-11', { incremental: true }))).toMatchObject({
      status: 'confirmed',
      reference: '2@2024-06-11',
    });
    // As a running total, 2 on 11 Jun 2024 meets no total of those days (4 came on 21 Jun); it repeats
    // the MEA's 2 of 15 Mar.
    expect(summary(fig(2, 'killed', '2024-06-11'))).toMatchObject({
      status: 'confirmed',
      reference: '2@2024-03-15',
    });
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
    // Said on the day of the one official record of its kind: it agrees with it, or conflicts.
    const record = { ...r, kind: f.kind, date: '2025-03-10', official: true, incremental: false, notes: '' };
    expect(compareWithRecord({ ...f, asOf: record.date }, [record]).status).toBe(
      expected ? 'confirmed' : 'conflicts',
    );
  });

  it('gives the ranges the design names', () => {
    expect(valueRange(20, 'approx')).toEqual([18, 22]);
    expect(valueRange(20, 'approx', true)).toEqual([20, 29]);
    expect(valueRange(44, 'at_least')).toEqual([44, Number.POSITIVE_INFINITY]);
  });
});

describe('compareFigures: the two ends of a range are one claim', () => {
  // 12 killed, MEA, 17 Jan 2025. "13-20 killed" that day: "at most 20" alone would agree.
  const range = { low: 13, high: 20 };
  const low = fig(13, 'killed', '2025-01-17', { qualifier: 'at_least', range });
  const high = fig(20, 'killed', '2025-01-17', { qualifier: 'at_most', range });
  const statuses = (figures: Parameters<typeof compareFigures>[0]) =>
    compareFigures(figures, REFERENCE_RECORDS, TODAY).map((v) => `${v.status} ${v.reference?.value}`);

  it('taken alone, "at most 20" agrees with 12 and "at least 13" does not', () => {
    expect(statuses([{ ...low, range: undefined }])).toEqual(['conflicts 12']);
    expect(statuses([{ ...high, range: undefined }])).toEqual(['confirmed 12']);
  });

  it('as a range, 13-20 conflicts with 12 at both ends, with one verdict', () => {
    expect(statuses([low, high])).toEqual(['conflicts 12', 'conflicts 12']);
    const [a, b] = compareFigures([low, high], REFERENCE_RECORDS, TODAY);
    expect(a).toBe(b);
  });

  it('a range that holds the record is confirmed at both ends', () => {
    const wide = { low: 10, high: 20 };
    expect(
      statuses([
        { ...low, value: 10, range: wide },
        { ...high, range: wide },
      ]),
    ).toEqual(['confirmed 12', 'confirmed 12']);
  });

  it('two bounds that extraction did not read as one range are two claims', () => {
    expect(
      statuses([
        { ...low, range: undefined },
        { ...high, range: undefined },
      ]),
    ).toEqual(['conflicts 12', 'confirmed 12']);
  });

  it("a range in the record is one claim too: 35-40 serving agrees with the Foreign Secretary's 30 to 40", () => {
    const r = { low: 35, high: 40 };
    const v = compareFigures(
      [
        fig(35, 'serving', '2024-07-05', { qualifier: 'at_least', range: r }),
        fig(40, 'serving', '2024-07-05', { qualifier: 'at_most', range: r }),
      ],
      REFERENCE_RECORDS,
      TODAY,
    );
    expect(v.map((x) => x.status)).toEqual(['confirmed', 'confirmed']);
  });
});

describe('currency: is the figure still current?', () => {
  const TODAY_NOW = '2026-12-06';
  const currency = (f: ComparableFigure, today = TODAY_NOW) => {
    const v = compareWithRecord(f, REFERENCE_RECORDS, today);
    return {
      currency: v.currency,
      latest: v.latest ? `${v.latest.value} ${v.latest.kind}@${v.latest.date}` : null,
    };
  };

  it.each([
    // The reference article of 8 Nov 2025, read in December 2026: every figure has been replaced.
    [fig(44, 'serving', '2025-11-08'), 'superseded', '50 awaiting_discharge@2025-12-18'],
    [fig(127, 'recruited_total', '2025-07'), 'superseded', '202 recruited_total@2025-12-18'],
    [fig(98, 'discharged', '2025-07'), 'superseded', '119 discharged@2025-12-18'],
    [fig(13, 'serving', '2025-07'), 'superseded', '50 awaiting_discharge@2025-12-18'],
    [fig(12, 'missing', '2025-07'), 'superseded', '7 missing@2025-12-18'],
    [fig(12, 'killed', '2025-01'), 'superseded', '26 killed@2025-12-18'],
    // The 18 Dec 2025 reply itself: current.
    [fig(202, 'recruited_total', '2025-12-18'), 'current', '202 recruited_total@2025-12-18'],
    [fig(50, 'awaiting_discharge', '2025-12-19'), 'current', '50 awaiting_discharge@2025-12-18'],
    [fig(26, 'killed', '2025-12-19'), 'current', '26 killed@2025-12-18'],
    // "Still serving" is superseded by a later "awaiting discharge", and the other way round.
    [fig(20, 'serving', '2024-10-22'), 'superseded', '50 awaiting_discharge@2025-12-18'],
    [fig(69, 'awaiting_discharge', '2024-08-09'), 'superseded', '50 awaiting_discharge@2025-12-18'],
    // "Still 50 in the army" a year later agrees with the latest: current.
    [fig(50, 'serving', '2026-10'), 'current', '50 awaiting_discharge@2025-12-18'],
    // Newer than the record and different: no later official figure says otherwise.
    [fig(30, 'killed', '2026-03-10'), 'current', '26 killed@2025-12-18'],
    // Undated and different: nothing says which came first.
    [fig(127, 'recruited_total', null), 'unknown', '202 recruited_total@2025-12-18'],
    // Nothing to compare with: another nation's men, a count of new cases.
    [fig(200, 'recruited_total', '2025-01', { subject: 'other_nationality' }), 'unknown', null],
    [fig(2, 'killed', '2024-06-11', { incremental: true }), 'unknown', null],
  ])('%# %j', (f, expected, latest) => {
    expect(currency(f)).toEqual({ currency: expected, latest });
  });

  it('judges against what was known by "today"', () => {
    expect(currency(fig(44, 'serving', '2025-11-08'), '2025-12-01')).toEqual({
      currency: 'current',
      latest: '44 serving@2025-11-07',
    });
    // Its own period's figure differs and nothing came since: current in time, and "conflicts".
    const v = compareWithRecord(fig(16, 'killed', '2025-02-07'), REFERENCE_RECORDS, '2025-02-10');
    expect([v.status, v.currency, v.latest?.value]).toEqual(['conflicts', 'current', 12]);
  });

  it('never compares a count of one group with national totals', () => {
    const v = compareWithRecord(
      fig(14, 'serving', '2025-11-08', { scope: 'group' }),
      REFERENCE_RECORDS,
      TODAY_NOW,
    );
    expect(v).toMatchObject({ status: 'no_record', currency: 'unknown', latest: null, reference: null });
  });

  it('counts a figure the reader accepted like an official one, and names it as theirs', () => {
    const accepted = {
      ...(REFERENCE_RECORDS.find(
        (r) => r.id === '2025-12-18-killed-26',
      ) as (typeof REFERENCE_RECORDS)[number]),
      id: '2026-03-10-killed-30',
      date: '2026-03-10',
      value: 30,
      local: true,
    };
    const records = [...REFERENCE_RECORDS, accepted];
    const old = compareWithRecord(fig(26, 'killed', '2025-12-19'), records, TODAY_NOW);
    expect([old.currency, old.latest?.value, old.latest?.local]).toEqual(['superseded', 30, true]);
    const same = compareWithRecord(fig(30, 'killed', '2026-03-11'), records, TODAY_NOW);
    expect([same.status, same.currency, same.reference?.local]).toEqual(['confirmed', 'current', true]);
  });
});
