import { median } from './median';

let sink = 0; // keeps the measured work observable so nothing is optimised away

/** The sum of every measured call's result: printed, so that the work cannot be optimised away. */
export const checksum = (): number => sink;

export interface Timing {
  perPass: number;
  min: number;
  max: number;
  passes: number;
}

/** Median over `rounds` rounds of the time of one call, each round repeating the call for at least minMs. */
export function measure(fn: () => number, minMs = 200, rounds = 5): Timing {
  const warmUntil = performance.now() + minMs;
  let warm = 0;
  while (warm < 2 || performance.now() < warmUntil) {
    sink += fn();
    warm++;
  }
  const perRound: number[] = [];
  let passes = 0;
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      sink += fn();
      n++;
      elapsed = performance.now() - t0;
    } while (elapsed < minMs);
    perRound.push(elapsed / n);
    passes += n;
  }
  return { perPass: median(perRound), min: Math.min(...perRound), max: Math.max(...perRound), passes };
}
