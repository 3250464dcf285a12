/**
 * Unicode format characters that a page may put anywhere and no reader sees: the soft hyphen
 * (U+00AD), the zero-width space (U+200B), the word joiner and invisible operators (U+2060–U+2064),
 * the byte-order mark (U+FEFF), the Mongolian vowel separator (U+180E), and the bidirectional marks,
 * embeddings and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+206F). Inside "44" one makes
 * it read as two numbers, so the text is read through them. The zero-width non-joiner and joiner
 * (U+200C, U+200D) choose how the letters of Indic words join and are part of the word: they are read
 * through only between two digits, where they join nothing.
 */
const INVISIBLE =
  /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]|[\u200c\u200d](?<=\p{Nd}[\u200c\u200d])(?=\p{Nd})/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

export function hasInvisible(s: string): boolean {
  return INVISIBLE.test(s);
}

/** `s` without its invisible characters. */
export function withoutInvisible(s: string): string {
  return INVISIBLE.test(s) ? s.replace(INVISIBLE_ALL, '') : s;
}

/** The runs of `s` between its invisible characters, as [start, end) offsets into `s`, empty runs left out. */
export function visibleRuns(s: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  INVISIBLE_ALL.lastIndex = 0;
  for (let m = INVISIBLE_ALL.exec(s); m; m = INVISIBLE_ALL.exec(s)) {
    if (m.index > start) runs.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (s.length > start) runs.push([start, s.length]);
  return runs;
}

/** Before offset `at` of a text, `skipped` characters of its input in all were left out. */
export interface TextSkip {
  at: number;
  skipped: number;
}

/** `s` without its invisible characters, and where they were. */
export function withoutInvisibleMapped(s: string): { text: string; skips: TextSkip[] } {
  const parts: string[] = [];
  const skips: TextSkip[] = [];
  let at = 0;
  let skipped = 0;
  for (const [start, end] of visibleRuns(s)) {
    if (start > at + skipped) {
      skipped = start - at;
      skips.push({ at, skipped });
    }
    parts.push(s.slice(start, end));
    at += end - start;
  }
  if (s.length > at + skipped) skips.push({ at, skipped: s.length - at });
  return { text: parts.join(''), skips };
}

/**
 * Where offset `offset` of a text with `skips` falls in its input: a start offset lands on its character,
 * an `end` offset just after the character before it (invisible characters that follow stay out).
 */
export function inputOffset(skips: readonly TextSkip[] | undefined, offset: number, end = false): number {
  if (!skips || skips.length === 0) return offset;
  const limit = end ? offset - 1 : offset;
  let lo = 0;
  let hi = skips.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((skips[mid] as TextSkip).at <= limit) lo = mid + 1;
    else hi = mid;
  }
  return offset + (lo > 0 ? (skips[lo - 1] as TextSkip).skipped : 0);
}
