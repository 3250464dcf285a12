/**
 * The stages' times as marks and measures named `factcheck-…` in the page's performance timeline, for
 * `npm run bench:browser` and `npm run demo` to read from the page. A page reads its own timeline
 * too, and would learn from them that its reader uses this extension: only the timing build
 * (`wxt build --mode timing`, written to .output/<browser>-timing) records them.
 */

/** The part of `Performance` the stages' times are recorded with. */
export type StageTimeline = Pick<Performance, 'mark' | 'measure' | 'clearMarks' | 'clearMeasures'>;

/** The WXT (Vite) mode of the timing build. */
export const TIMING_MODE = 'timing';

/** The page's timeline in the timing build; nothing in any other build. */
export function stageTimeline(perf: Performance): StageTimeline | undefined {
  return import.meta.env.MODE === TIMING_MODE ? perf : undefined;
}
