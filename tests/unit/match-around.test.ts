import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH_MONTH_PATTERN } from '../../utils/engine/dates';
import { matchAround } from '../../utils/engine/text/match-around';

/**
 * A pattern of the shape of the English time expressions that utils/engine/figure-dates.ts looks for
 * around its anchors: alternatives that overlap, optional words before the month, look-aheads, each
 * starting with `\b` before a word character.
 */
const M = `(${ENGLISH_MONTH_PATTERN})`;
const PATTERN = new RegExp(
  [
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M},?\\s+(\\d{4})\\b`,
    `\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
    `\\b(?:early |mid-|mid |late |end of |the end of )?${M},?\\s+(?:of\\s+)?(\\d{4})\\b`,
    `\\b${M}\\s+(this|last|previous)\\s+year\\b`,
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?![a-z])`,
    `\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`,
    `\\b(?:in|since|during|by|until|early|mid-|late|of|last|this)\\s+(?:early |mid-|late |the month of )?${M}(?!,?\\s+(?:of\\s+)?\\d{4})(?!\\s+\\d{1,2}(?!\\d))(?![a-z])`,
    `\\b(?:on|last|this|since|by)\\s+(monday|friday)\\b`,
    `\\b(yesterday|last week|last month|this month|earlier this year|this year|last year|previously|earlier(?=\\s*,)|(?:said|told) earlier|in (?:20\\d\\d))\\b`,
    `\\bhad\\s+(?:also\\s+)?(?:said|told)\\b`,
    `\\bthe\\s+${M}\\s+(?:reply|figures?)\\b`,
  ].join('|'),
  'i',
);
/** The same pattern, tried at one position only. */
const STICKY = new RegExp(PATTERN.source, 'iy');

describe('matchAround', () => {
  /** The scan it replaces: the pattern run over the whole window, left to right. */
  function scan(win: string, anchor: number): [number, string] | null {
    const re = new RegExp(PATTERN.source, 'gi');
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
        const m = matchAround(STICKY, win, anchor);
        expect(m ? [m.index, m[0]] : null).toEqual(scan(win, anchor));
      }),
      { numRuns: 3000 },
    );
  });
});
