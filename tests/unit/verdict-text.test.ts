import { describe, expect, it } from 'vitest';
import { REFERENCE_RECORDS } from '../../utils/reference/records';
import { formatDate, verdictLead } from '../../utils/verdict-text';
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

  it.each([
    [verdict(12, 'killed', '2025-01'), '2025-01', 'The figure reported for Jan 2025 matches the record.'],
    [verdict(16, 'killed', '2025-02-07'), '2025-02-07', 'The figure reported for 7 Feb 2025 was different.'],
    [verdict(30, 'serving', '2025-05'), '2025-05', 'No figure on record for May 2025.'],
  ])('states each status neutrally (%#)', (v, asOf, expected) => {
    expect(verdictLead(v, asOf)).toBe(expected);
  });
});
