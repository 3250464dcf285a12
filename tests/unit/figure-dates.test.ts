import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expressionAround,
  findTimeExpressions,
  resolveAsOf,
  TIME_EXPRESSION,
} from '../../utils/figure-dates';

function firstValue(text: string, published: string | null) {
  return findTimeExpressions(text, published).map((e) => e.value);
}

describe('findTimeExpressions', () => {
  it.each([
    ['In July, the minister said', '2025-11-08', ['2025-07']],
    ['In December, the minister said', '2025-01-20', ['2024-12']],
    ['In January this year, the MEA said', '2025-11-08', ['2025-01']],
    ['in August 2024 the reply', '2025-11-08', ['2024-08']],
    ['on 9 August 2024 he said', '2025-11-08', ['2024-08-09']],
    ['on August 9, 2024 he said', '2025-11-08', ['2024-08-09']],
    ['said on Friday that', '2025-11-08', ['2025-11-07']],
    ['said on Saturday that', '2025-11-08', ['2025-11-08']],
    ['By December 2025, the toll', '2026-02-20', ['2025-12']],
    ['last year the CBI', '2025-11-08', [null]],
    ['the ministry had said', '2025-11-08', [null]],
    ['फरवरी में सरकार ने', '2025-12-18', ['2025-02']],
  ])('%j published %s', (text, published, expected) => {
    expect(firstValue(text, published)).toEqual(expected);
  });

  it.each([
    ["ahead of Putin's planned visit to India in early December", '2025-11-08'],
    ['since 2022', '2025-12-18'],
    ['It may rise', '2025-11-08'],
  ])('ignores %j', (text, published) => {
    expect(firstValue(text, published)).toEqual([]);
  });
});

describe('resolveAsOf', () => {
  const text =
    'In July, the minister told the Rajya Sabha that 127 were in. 13 remain. The MEA said 44 serve.';
  const published = '2025-11-08';
  const times = findTimeExpressions(text, published);
  const paragraph = { start: 0, end: text.length };
  it('carries a time expression to later sentences of the paragraph', () => {
    const s2 = { start: text.indexOf('13'), end: text.indexOf('The MEA') };
    expect(resolveAsOf(text.indexOf('13'), s2, paragraph, times, published)).toBe('2025-07');
  });
  it('uses the publication date when nothing places the figure elsewhere', () => {
    expect(resolveAsOf(10, { start: 0, end: 5 }, { start: 0, end: 5 }, [], published)).toBe(published);
  });
});

describe('expressionAround', () => {
  /** The scan it replaces: the pattern run over the whole window, left to right. */
  function scan(win: string, anchor: number): [number, string] | null {
    const re = new RegExp(TIME_EXPRESSION.source, 'gi');
    let m = re.exec(win);
    while (m && m.index + m[0].length <= anchor) m = re.exec(win);
    return m && m.index <= anchor ? [m.index, m[0]] : null;
  }
  const token = fc.constantFrom(
    'in',
    'on',
    'last',
    'this',
    'early',
    'mid-',
    'the end of',
    'the',
    'of',
    'since',
    'had',
    'also',
    'said',
    'told',
    'July',
    'Dec',
    'December',
    'may',
    'Monday',
    'friday',
    'year',
    'week',
    'month',
    'reply',
    'yesterday',
    'earlier',
    'previously',
    '9',
    '21st',
    '2024',
    '2025',
    '44',
    'Indians',
    'were',
    'killed',
    'फरवरी',
    'में',
    'को',
    'शुक्रवार',
    'इस महीने',
    '2024जनवरी',
    'x9',
    'mid',
    'holiday',
  );
  const sep = fc.constantFrom(' ', ' ', ', ', '. ', '-', '', '\n', '  ');
  const window = fc
    .array(fc.tuple(token, sep), { minLength: 1, maxLength: 14 })
    .map((parts) => parts.map(([t, s]) => t + s).join(''));

  it('finds what a left-to-right scan of the window finds, at every anchor', () => {
    fc.assert(
      fc.property(window, fc.nat(), (win, n) => {
        const anchor = n % (win.length + 1);
        const m = expressionAround(win, anchor);
        expect(m ? [m.index, m[0]] : null).toEqual(scan(win, anchor));
      }),
      { numRuns: 3000 },
    );
  });
});
