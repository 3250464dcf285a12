import { describe, expect, it } from 'vitest';
import { ADVERSARIAL } from '../../scripts/bench/adversarial-cases';
import { addValueCounts, type Prf, prf } from '../../scripts/bench/value-only';
import { median } from '../../scripts/support/median';
import { ReportTable, verdictOf } from '../../scripts/support/report-table';
import { formatDuration, ms, times } from '../../scripts/support/units';

/** The pure parts of the benchmark commands: what they compute and how they print it. */

describe('median', () => {
  it.each([
    [[], Number.NaN],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, -1, 10, 10, 0], 10],
  ])('of %j is %d', (xs, expected) => {
    expect(median(xs)).toBe(expected);
  });

  it('leaves its input in its order', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('the report table', () => {
  const columns = { metric: 10, value: 6, against: 8 };

  it('puts the metric left, the value right, then peer or limit and the verdict', () => {
    const lines: string[] = [];
    const table = new ReportTable(columns, (line) => lines.push(line));
    table.row('speed', '4.5×', '≥ 20×', 'FAIL');
    table.row('size', '812 B', '', '');
    expect(lines).toEqual(['  speed        4.5×   ≥ 20×    FAIL', `  size        812 B   ${' '.repeat(8)} `]);
  });

  it('counts the rows that pass and fail, not those that inform', () => {
    const lines: string[] = [];
    const table = new ReportTable(columns, (line) => lines.push(line));
    table.section('a) Part');
    table.note('how it is measured');
    table.row('one', '1', 'limit 2', verdictOf(true));
    table.row('two', '3', 'limit 2', verdictOf(false));
    table.row('three', '3', '', 'info');
    table.row('four', '4', '');
    expect(table.count()).toEqual({ fails: 1, passes: 1 });
    expect(lines).toEqual([
      '\na) Part\n-------',
      '  metric      value   peer / limit verdict',
      '  · how it is measured',
      '  one             1   limit 2  PASS',
      '  two             3   limit 2  FAIL',
      '  three           3            info',
      '  four            4            ',
    ]);
  });
});

describe('units', () => {
  it.each([
    [0.3594, '0.359 ms'],
    [9.12, '9.1 ms'],
    [1652.4, '1652 ms'],
  ])('ms(%d) is %s', (x, text) => expect(ms(x)).toBe(text));

  it.each([
    [4.54, '4.5×'],
    [19.4, '19×'],
  ])('times(%d) is %s', (x, text) => expect(times(x)).toBe(text));

  it.each([
    [1_500, '1.5 s'],
    [600_000, '10 min'],
    [36_000_000, '10 h'],
    [864_000_000, '10 days'],
    [3.15e11, '10 years'],
    [3.15e15, '1.0e+5 years'],
  ])('formatDuration(%d) is %s', (x, text) => expect(formatDuration(x)).toBe(text));
});

describe('value-only scores', () => {
  it('match each gold value at most as often as it is predicted', () => {
    const acc: Prf = { tp: 0, fp: 0, fn: 0 };
    addValueCounts(acc, [44, 44, 12], [44, 7, 12, 12]);
    expect(acc).toEqual({ tp: 2, fp: 2, fn: 1 });
    addValueCounts(acc, [5], []);
    expect(acc).toEqual({ tp: 2, fp: 2, fn: 2 });
  });

  it('give precision, recall and F1, and 1 where there was nothing to get wrong', () => {
    expect(prf({ tp: 2, fp: 2, fn: 2 })).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(prf({ tp: 3, fp: 1, fn: 0 })).toEqual({ p: 0.75, r: 1, f1: 6 / 7 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 1, r: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 1, fn: 1 })).toEqual({ p: 0, r: 0, f1: 0 });
  });
});

describe('adversarial inputs', () => {
  /** The input of the case whose name starts with `name`, `n` characters long. */
  const made = (name: string, n: number) => {
    const c = ADVERSARIAL.find((a) => a.name.startsWith(name));
    if (!c) throw new Error(`no case ${name}`);
    return c.make(n);
  };

  it('are made to exactly the length asked', () => {
    // A unit repeated, cut inside the unit.
    expect(made('digit run', 13)).toBe('1234567890123');
    expect(made('hyphen-joined words', 10)).toBe('twenty-twe');
    // Counting up, past 9, cut inside a number.
    expect(made('chain', 9)).toBe('1-2-3-4-5');
    expect(made('comma chain', 25)).toBe('1,2,3,4,5,6,7,8,9,10,11,1');
    // Where the numbers joined end one short of the length asked, one more is taken.
    expect(made('chain', 12)).toBe('1-2-3-4-5-6-');
    expect(made('comma chain', 11)).toBe('1,2,3,4,5,6');
    // One sentence after another, cut inside a sentence.
    expect(made('distinct figures on one line', 20)).toBe('10 Indians died. 11 ');
    for (const c of ADVERSARIAL)
      for (const n of [100, 1_001]) expect(c.make(n).length, `${c.name} at ${n}`).toBe(n);
  });
});
