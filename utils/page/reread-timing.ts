/**
 * When the live annotator reads a changing page again (DESIGN.md section 1): once the page has been
 * quiet for a moment, but never later than a longest wait after the first change it has not read, so
 * that a page that never stops moving is still read; and never sooner than a least interval after
 * the last read, so that a page that re-renders all the time is read at most once a second.
 */

interface RereadTiming {
  /** Quiet time after the latest change. */
  debounceMs: number;
  /** Longest wait after the first change not yet read. */
  maxWaitMs: number;
  /** Least time between two reads. */
  minIntervalMs: number;
}

const REREAD_TIMING: RereadTiming = { debounceMs: 400, maxWaitMs: 1000, minIntervalMs: 1000 };

/**
 * When a re-read is due: `now` is the latest change, `firstPending` the first change not yet read,
 * `lastRun` the start of the last read (all in ms on one clock).
 */
export function rereadDue(
  now: number,
  firstPending: number,
  lastRun: number,
  timing = REREAD_TIMING,
): number {
  const settled = Math.min(now + timing.debounceMs, firstPending + timing.maxWaitMs);
  return Math.max(settled, lastRun + timing.minIntervalMs);
}
