import type { FigureKind, PartialDate } from './figure-types';
import type { Verdict } from './verdicts';

/**
 * Neutral, sourced wording for a figure's verdict, in English, for the in-page card. The popup words
 * the same verdicts through the extension's messages (components/wording.ts).
 */

// Kept out of utils/badge.ts, which uses the extension API: the annotator carries no polyfill.
/** A symbol per status, beside its colour wherever a status is shown, so status never rests on colour alone. */
export const STATUS_SYMBOLS: Record<VerdictStatus, string> = {
  confirmed: '✓',
  conflicts: '!',
  unconfirmed: '?',
  no_record: '·',
};

export const KIND_LABELS: Record<FigureKind, string> = {
  recruited_total: 'recruited in all',
  serving: 'still serving',
  awaiting_discharge: 'awaiting discharge',
  discharged: 'discharged or returned',
  killed: 'killed',
  missing: 'missing',
  other: 'other count',
};

export const STATUS_LABELS: Record<Verdict['status'], string> = {
  confirmed: 'Matches the record',
  conflicts: 'Differs from the record',
  unconfirmed: 'No record for that time',
  no_record: 'No record of this kind',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "8 Nov 2025", "Jul 2025", or "date not given". */
export function formatDate(d: PartialDate): string {
  if (!d) return 'date not given';
  const [y, m, day] = d.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

/** The verdict in one short neutral sentence; the record it rests on is shown beside it, in parts. */
export function verdictLead(v: Verdict, asOf: PartialDate): string {
  const when = formatDate(asOf);
  switch (v.status) {
    case 'confirmed':
      return `The figure reported for ${when} matches the record.`;
    case 'conflicts':
      return `The figure reported for ${when} was different.`;
    case 'unconfirmed':
      return `No figure on record for ${when}.`;
    case 'no_record':
      return 'No reported figure of this kind is on record.';
  }
}
