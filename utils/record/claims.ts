import type { Figure, Qualifier, Span } from '../engine/figure-types';
import type { ComparableFigure } from './verdicts';

/**
 * A range ("35-40", "between 30 and 40") is one claim: extraction gives its two ends as two figures
 * (DESIGN.md section 3), marked with the range they belong to; here they become one figure whose
 * `value` is the low end and `high` the top, with one mention per place the range is written.
 */

type RangeFigure = ComparableFigure &
  Pick<Figure, 'range'> & { mentions?: Span[]; start?: number; end?: number };

export interface Claim<F> {
  claim: F;
  /** The indexes of the figures the claim stands for: one, or the two ends of a range. */
  parts: number[];
}

/** Between a range's two numbers ("35-40", "35 to 40", "between 35 and 40"), at most this much text. */
const RANGE_GAP = 12;

function isOtherEnd(low: RangeFigure, high: RangeFigure): boolean {
  const r = low.range;
  return (
    r !== undefined &&
    high.range?.low === r.low &&
    high.range.high === r.high &&
    low.value === r.low &&
    high.value === r.high &&
    high.kind === low.kind &&
    high.subject === low.subject &&
    high.asOf === low.asOf &&
    high.incremental === low.incremental &&
    high.tag === low.tag
  );
}

/** Each place the range is written, low end to top; an end written alone stays as it is. */
function joinMentions(low: readonly Span[], high: readonly Span[]): Span[] {
  const used = new Set<Span>();
  const out: Span[] = [];
  for (const l of low) {
    const h = high.find((x) => !used.has(x) && x.start >= l.end && x.start - l.end <= RANGE_GAP);
    if (h) used.add(h);
    out.push(h ? { start: l.start, end: h.end } : l);
  }
  for (const h of high) if (!used.has(h)) out.push(h);
  return out.sort((a, b) => a.start - b.start);
}

/** The figures as claims, in order: a range's two ends become one claim at the place of its low end. */
export function rangeClaims<F extends RangeFigure>(figures: readonly F[]): Array<Claim<F>> {
  const claims: Array<Claim<F>> = [];
  const paired = new Set<number>();
  for (let i = 0; i < figures.length; i++) {
    if (paired.has(i)) continue;
    const f = figures[i] as F;
    let j = -1;
    if (f.range)
      for (let k = i + 1; k < figures.length; k++)
        if (!paired.has(k) && isOtherEnd(f, figures[k] as F)) {
          j = k;
          break;
        }
    if (j < 0) {
      claims.push({ claim: f, parts: [i] });
      continue;
    }
    paired.add(j);
    const top = figures[j] as F;
    const qualifier: Qualifier = f.qualifier === 'approx' || top.qualifier === 'approx' ? 'approx' : 'exact';
    const claim: F = { ...f, qualifier, high: top.value };
    if (f.mentions && top.mentions) {
      const mentions = joinMentions(f.mentions, top.mentions);
      const first = mentions[0] as Span;
      Object.assign(claim, { mentions, start: first.start, end: first.end });
    }
    claims.push({ claim, parts: [i, j] });
  }
  return claims;
}
