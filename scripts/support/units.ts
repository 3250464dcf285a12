/** How the benchmark commands write their figures. */

/** Milliseconds, with fewer decimals the larger they are: "0.359 ms", "9.1 ms", "1652 ms". */
export const ms = (x: number): string =>
  x >= 100 ? `${x.toFixed(0)} ms` : x >= 1 ? `${x.toFixed(1)} ms` : `${x.toFixed(3)} ms`;

/** A ratio or score to three decimals. */
export const f3 = (x: number): string => x.toFixed(3);

/** A factor: "19×", "4.5×". */
export const times = (x: number): string => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;

/** A long duration in the largest unit that keeps it readable: seconds up to two minutes, then minutes … years. */
export function formatDuration(msValue: number): string {
  const s = msValue / 1000;
  if (s < 120) return `${s.toFixed(1)} s`;
  if (s < 7200) return `${(s / 60).toFixed(0)} min`;
  if (s < 172_800) return `${(s / 3600).toFixed(0)} h`;
  if (s < 3.15e7 * 2) return `${(s / 86_400).toFixed(0)} days`;
  const years = s / 3.15e7;
  return years < 1e4 ? `${years.toFixed(0)} years` : `${years.toExponential(1)} years`;
}
