/**
 * The value-only score of the accuracy part of `npm run bench` (accuracy.ts): per page, the multiset of
 * gold figure values against the values a tool reports, summed over the pages, as precision, recall
 * and F1.
 */

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts (1 where nothing was predicted or nothing was to be found). */
export const prf = (c: Prf) => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

/** Multiset match of values: each gold value is matched at most as often as it is predicted. */
export function addValueCounts(acc: Prf, gold: number[], predicted: number[]): void {
  const left = new Map<number, number>();
  for (const v of gold) left.set(v, (left.get(v) ?? 0) + 1);
  let tp = 0;
  for (const v of predicted) {
    const k = left.get(v) ?? 0;
    if (k > 0) {
      tp++;
      left.set(v, k - 1);
    }
  }
  acc.tp += tp;
  acc.fp += predicted.length - tp;
  acc.fn += gold.length - tp;
}
