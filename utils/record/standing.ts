import type { Qualifier } from '../engine/figure-types';
import { type Currency, type RecordRef, type Verdict, type VerdictStatus, valueRange } from './verdicts';

/**
 * What a reader sees first of a figure: its currency, then whether it matched its own date. One value
 * per figure for the badge's look, the card's and the popup's headline, the highlight and the toolbar
 * colour. A superseded figure is never green; a figure that only media reports contradict is never red.
 *
 * - `current`: the latest official figure says the same.
 * - `superseded`: a later official figure says otherwise.
 * - `differs`: the official figure of its own time says otherwise, and none came since.
 * - `newer`: newer than the latest official figure, which said otherwise.
 * - `unknown`: nothing to compare it with.
 */
export type Standing = 'current' | 'superseded' | 'differs' | 'newer' | 'unknown';

/** Most serious first: the toolbar takes the colour of the first one present. */
export const STANDINGS: readonly Standing[] = ['differs', 'superseded', 'newer', 'unknown', 'current'];

export interface StandingFigure {
  value: number;
  qualifier: Qualifier;
  high?: number | null;
}

/** The latest record's values meet the figure's: "at least 44" and 50 do. */
function meets(f: StandingFigure, r: RecordRef): boolean {
  const [a0, a1] = valueRange(f.value, f.qualifier, false, f.high ?? undefined);
  const [b0, b1] = valueRange(r.value, r.qualifier);
  return a0 <= b1 && b0 <= a1;
}

export function standingOf(
  figure: StandingFigure,
  verdict: Pick<Verdict, 'status' | 'currency' | 'latest'>,
): Standing {
  const currency: Currency = verdict.currency;
  if (currency === 'superseded') return 'superseded';
  if (currency === 'unknown' || !verdict.latest) return 'unknown';
  if (meets(figure, verdict.latest) || verdict.status === 'confirmed') return 'current';
  const status: VerdictStatus = verdict.status;
  return status === 'conflicts' ? 'differs' : 'newer';
}

/** Colours of each standing, as the toolbar badge, the pills and the in-page badges draw them. */
export const STANDING_COLORS: Record<Standing, string> = {
  differs: '#b3261e',
  superseded: '#8a4b00',
  newer: '#1a56c4',
  unknown: '#5f6368',
  current: '#1e6b35',
};

/** A symbol beside every colour, so that a standing never rests on colour alone. */
export const STANDING_SYMBOLS: Record<Standing, string> = {
  differs: '!',
  superseded: '↻',
  newer: '+',
  unknown: '?',
  current: '✓',
};
