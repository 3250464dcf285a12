/**
 * The last words before a position, lower-cased, nearest first: what the number readers ask of the
 * text before a number ("at least", "aged", "Rs"). A backwards walk over a few characters, where a
 * `$`-anchored regex would try every start position of its window.
 */
export function wordsBefore(text: string, end: number, count: number): string[] {
  const out: string[] = [];
  let i = end;
  const stop = Math.max(0, end - 60);
  while (out.length < count && i > stop) {
    while (i > stop && isSpace(text.charCodeAt(i - 1))) i--;
    if (i <= stop) break;
    let j = i;
    while (j > stop && !isSpace(text.charCodeAt(j - 1))) j--;
    out.push(text.slice(j, i).toLowerCase());
    i = j;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 160;
}

/** The longest phrase among the last one to three words that `table` knows, and its length in words. */
export function phraseBefore<T>(words: readonly string[], table: ReadonlyMap<string, T>): [T, number] | null {
  const w1 = words[0];
  if (w1 === undefined) return null;
  const p2 = words[1] === undefined ? undefined : `${words[1]} ${w1}`;
  const p3 = p2 === undefined || words[2] === undefined ? undefined : `${words[2]} ${p2}`;
  const candidates: Array<[string | undefined, number]> = [
    [p3, 3],
    [p2, 2],
    [w1, 1],
  ];
  for (const [phrase, n] of candidates) {
    if (phrase === undefined) continue;
    let hit = table.get(phrase);
    if (hit === undefined && OPENING.test(phrase)) hit = table.get(phrase.replace(OPENING, ''));
    if (hit !== undefined) return [hit, n];
  }
  return null;
}

const OPENING = /^[("'“‘[]+/;
