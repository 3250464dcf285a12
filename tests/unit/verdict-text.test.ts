import { describe, expect, it } from 'vitest';
import { REFERENCE_RECORDS } from '../../utils/reference/records';
import { formatDate, newerSentence, verdictSentence } from '../../utils/verdict-text';
import { compareWithRecord } from '../../utils/verdicts';

const verdict = (value: number, kind: 'serving' | 'killed', asOf: string) =>
  compareWithRecord(
    { value, kind, qualifier: 'exact', subject: 'indian', asOf },
    REFERENCE_RECORDS,
    '2026-11-24',
  );

describe('verdict wording', () => {
  it.each([
    ['2025-11-08', '8 Nov 2025'],
    ['2025-07', 'Jul 2025'],
    [null, 'date not given'],
  ])('formats %s as %s', (d, expected) => {
    expect(formatDate(d)).toBe(expected);
  });

  it('names who said the matching figure, where and when', () => {
    expect(verdictSentence(verdict(12, 'killed', '2025-01'), '2025-01')).toBe(
      'The figure reported for Jan 2025 matches: 12 (17 Jan 2025, Randhir Jaiswal, MEA official spokesperson, MEA weekly briefing).',
    );
  });

  it('says what changed since', () => {
    expect(newerSentence(verdict(12, 'killed', '2025-01'))).toBe(
      'Since then: 26 (18 Dec 2025, Kirti Vardhan Singh, Minister of State for External Affairs, Rajya Sabha written reply).',
    );
    expect(newerSentence(verdict(44, 'serving', '2025-11-08'))).toBe(null);
  });

  it('states a difference neutrally', () => {
    expect(verdictSentence(verdict(16, 'killed', '2025-02-07'), '2025-02-07')).toMatch(
      /^The figure reported for 7 Feb 2025 was different: 12 \(7 Feb 2025, Kirti Vardhan Singh/,
    );
  });
});
