import { REFERENCE, REFERENCE_RECORDS } from './records';
import type { ReferenceRecord } from './reference-record';

/**
 * The record the verdicts compare with: the shipped one, and the figures the reader accepted on this
 * device from pages that quoted an official after it (each marked `local`).
 */
export interface RecordSet {
  records: readonly ReferenceRecord[];
  /** The last day of the shipped record. */
  shippedEnd: string;
  /** The last day of the reader's accepted figures, or null when there are none. */
  readerEnd: string | null;
}

export const SHIPPED: RecordSet = {
  records: REFERENCE_RECORDS,
  shippedEnd: REFERENCE.coverage.to,
  readerEnd: null,
};

/** The shipped record with the reader's accepted figures (each one marked as the reader's). */
export function recordSetWith(accepted: readonly ReferenceRecord[]): RecordSet {
  if (accepted.length === 0) return SHIPPED;
  const local = accepted.map((r) => ({ ...r, official: true, local: true }));
  let readerEnd = '';
  for (const r of local) if (r.date > readerEnd) readerEnd = r.date;
  return { records: [...REFERENCE_RECORDS, ...local], shippedEnd: SHIPPED.shippedEnd, readerEnd };
}

/** The last day the whole set runs to. */
export const recordEnd = (set: Pick<RecordSet, 'shippedEnd' | 'readerEnd'>): string =>
  set.readerEnd && set.readerEnd > set.shippedEnd ? set.readerEnd : set.shippedEnd;
