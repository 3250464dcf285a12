import { describe, expect, it } from 'vitest';
import { REFERENCE_RECORDS } from '../../utils/record/records';
import {
  labelledPoint,
  linearScale,
  type MarkedFigure,
  markedTags,
  timeDomain,
  timelineMarks,
  timelineSeries,
  timeTicks,
  valueAxis,
} from '../../utils/record/timeline';

/** Days since 1970-01-01 (UTC) of a day. */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('the day a figure is marked on', () => {
  /** The day of the mark of a killed figure dated `asOf`, or undefined when it is not marked. */
  const markedOn = (asOf: string | null) => timelineMarks([marked({ asOf })], 'killed').map((m) => m.day)[0];

  it('counts days since 1970 for a day, the 15th for a month, and marks nothing otherwise', () => {
    expect(markedOn('1970-01-02')).toBe(1);
    expect(markedOn('2025-07')).toBe(markedOn('2025-07-15'));
    expect((markedOn('2025-12-18') as number) - (markedOn('2025-12-17') as number)).toBe(1);
    expect(markedOn(null)).toBeUndefined();
    expect(markedOn('July 2025')).toBeUndefined();
  });
});

describe('timelineSeries', () => {
  it('gives the running totals of a kind, oldest first: deaths from 2 (Mar 2024) to 26 (Dec 2025)', () => {
    const killed = timelineSeries(REFERENCE_RECORDS, 'killed');
    expect(killed.length).toBeGreaterThan(5);
    expect(killed[0]).toMatchObject({ date: '2024-03-15', value: 2, official: true });
    expect(killed.at(-1)).toMatchObject({ date: '2025-12-18', value: 26, official: true });
    // "2 more killed" (incremental) and "1 more" are left out.
    expect(killed.some((p) => p.id === '2024-06-11-killed-2')).toBe(false);
    expect(killed.some((p) => p.id === '2025-01-14-killed-1')).toBe(false);
    // Media-only figures stay, marked as such.
    expect(killed.find((p) => p.id === '2025-01-14-killed-10')?.official).toBe(false);
    const days = killed.map((p) => p.day);
    expect(days).toEqual([...days].sort((x, y) => x - y));
  });

  it('shows the rise of recruits from 91 to 202', () => {
    const values = timelineSeries(REFERENCE_RECORDS, 'recruited_total')
      .filter((p) => p.official)
      .map((p) => p.value);
    expect(values).toContain(91);
    expect(values.at(-1)).toBe(202);
  });

  it('puts official records before media-only ones of the same date', () => {
    const points = timelineSeries(REFERENCE_RECORDS, 'serving').filter((p) => p.date === '2025-11-07');
    expect(points.map((p) => [p.value, p.official])).toEqual([
      [44, true],
      [13, false],
    ]);
  });

  it('for `other`, only records with the tag, and none without one', () => {
    const remains = timelineSeries(REFERENCE_RECORDS, 'other', 'remains_repatriated');
    expect(remains.map((p) => p.value)).toEqual([4, 4, 7, 10]);
    expect(timelineSeries(REFERENCE_RECORDS, 'other')).toEqual([]);
    expect(timelineSeries(REFERENCE_RECORDS, 'other', 'no_such_tag')).toEqual([]);
  });
});

/** A page's figure as its timeline reads it: what extraction and its verdict say of it. */
function marked(more: Partial<MarkedFigure>): MarkedFigure {
  return {
    value: 12,
    high: null,
    qualifier: 'exact',
    kind: 'killed',
    subject: 'indian',
    asOf: '2025-07',
    incremental: false,
    tag: null,
    verdict: { status: 'unconfirmed', reference: null },
    ...more,
  };
}

describe('marks and tags, from what the figures say of themselves', () => {
  it('marks the dated figures of the kind, in date order', () => {
    expect(
      timelineMarks(
        [
          marked({ value: 12, asOf: '2025-07' }),
          marked({ value: 3, asOf: null }),
          marked({ value: 8, qualifier: 'approx', asOf: '2024-08-09' }),
          marked({ value: 98, kind: 'discharged' }),
        ],
        'killed',
      ),
    ).toEqual([
      {
        date: '2024-08-09',
        day: day('2024-08-09'),
        value: 8,
        high: null,
        qualifier: 'approx',
        repeats: null,
      },
      {
        date: '2025-07',
        day: day('2025-07-15'),
        value: 12,
        high: null,
        qualifier: 'exact',
        repeats: null,
      },
    ]);
  });

  it('leaves out counts of new cases and of other nationals, as the figures say they are', () => {
    const figures = [
      marked({ value: 2, incremental: true }),
      marked({ value: 40, subject: 'other_nationality' }),
      marked({ value: 12 }),
    ];
    expect(timelineMarks(figures, 'killed').map((m) => m.value)).toEqual([12]);
  });

  it('marks a range with its top, as extraction gave it', () => {
    const [mark] = timelineMarks(
      [marked({ value: 35, high: 40, kind: 'serving', asOf: '2024-07' })],
      'serving',
    );
    expect(mark).toMatchObject({ value: 35, high: 40 });
  });

  it('marks an `other` count on the timeline of its own sub-label only, and lists each sub-label once', () => {
    const figures = [
      marked({ kind: 'other', value: 10, tag: 'remains_repatriated' }),
      marked({ kind: 'other', value: 4, tag: 'cbi_arrests' }),
      marked({ kind: 'other', value: 7, tag: 'remains_repatriated', asOf: '2025-02' }),
      marked({ kind: 'other', value: 17, tag: null }),
      marked({ kind: 'other', value: 2, tag: 'cbi_arrests', incremental: true }),
    ];
    expect(markedTags(figures)).toEqual(['remains_repatriated', 'cbi_arrests']);
    expect(timelineMarks(figures, 'other', 'remains_repatriated').map((m) => m.value)).toEqual([7, 10]);
    expect(timelineMarks(figures, 'other', 'cbi_arrests').map((m) => m.value)).toEqual([4]);
    expect(timelineMarks(figures, 'other')).toEqual([]);
  });

  it("writes the latest figure's value unless a figure of the page repeats that very record", () => {
    const points = timelineSeries(REFERENCE_RECORDS, 'killed');
    const latest = points.at(-1);
    expect(latest?.id).toBe('2025-12-18-killed-26');
    // The page's 26 of the same day, confirmed against that reply: the page's label says it.
    const repeating = timelineMarks(
      [
        marked({
          value: 26,
          asOf: '2025-12-19',
          verdict: { status: 'confirmed', reference: '2025-12-18-killed-26' },
        }),
      ],
      'killed',
    );
    expect(labelledPoint(points, repeating)).toBeUndefined();
    // A 26 of a fortnight earlier that the record has nothing to say of is not that reply: both show.
    const near = timelineMarks([marked({ value: 26, asOf: '2025-12-04' })], 'killed');
    expect(labelledPoint(points, near)?.id).toBe('2025-12-18-killed-26');
  });
});

describe('scales and axes', () => {
  it('maps linearly, and a single value to the middle', () => {
    const s = linearScale([0, 100], [10, 210]);
    expect(s(0)).toBe(10);
    expect(s(50)).toBe(110);
    expect(s(100)).toBe(210);
    const y = linearScale([0, 200], [120, 20]);
    expect(y(200)).toBe(20);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it('covers Feb 2024 to Dec 2025, widened for a page figure outside it', () => {
    expect(timeDomain([])).toEqual([day('2024-02-01'), day('2025-12-31')]);
    const late = day('2026-03-01');
    expect(timeDomain([], [{ day: late }])).toEqual([day('2024-02-01'), late]);
  });

  it('rounds the value axis up, from 0', () => {
    // With one tick, the top is the round number itself: 1, 2, 2.5 or 5 times a power of ten, at least 1.
    expect(valueAxis([0], 1)).toEqual({ max: 1, ticks: [0, 1] });
    expect(valueAxis([3], 1)).toEqual({ max: 5, ticks: [0, 5] });
    expect(valueAxis([51], 1)).toEqual({ max: 100, ticks: [0, 100] });
    expect(valueAxis([20], 1)).toEqual({ max: 20, ticks: [0, 20] });
    expect(valueAxis([24], 1)).toEqual({ max: 25, ticks: [0, 25] });
    expect(valueAxis([2, 26])).toEqual({ max: 30, ticks: [0, 10, 20, 30] });
    expect(valueAxis([91, 202])).toEqual({ max: 300, ticks: [0, 100, 200, 300] });
    expect(valueAxis([])).toEqual({ max: 1, ticks: [0, 1] });
    for (const v of [7, 44, 127, 5_000_000]) {
      const a = valueAxis([v]);
      expect(a.max).toBeGreaterThanOrEqual(v);
      expect(a.ticks[0]).toBe(0);
      expect(a.ticks.at(-1)).toBe(a.max);
      expect(a.ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it('ticks January and July inside the domain', () => {
    expect(timeTicks(timeDomain([])).map((t) => t.month)).toEqual(['2024-07', '2025-01', '2025-07']);
  });
});
