import type { Span } from './figure-types';
import { LANGUAGES } from './languages';
import { isAsciiLetter, isSpaceCode } from './text/char-codes';
import type { TextBlock } from './text/text-model';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'rs',
  'no',
  'nos',
  'vs',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sr',
  'jr',
  'govt',
  'approx',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'prof',
  'sh',
  'smt',
  'hon',
]);

/** Full stop, marks, the danda, and Urdu's full stop and question mark. */
const TERMINATOR = /[.!?।۔؟]+/g;
/** Every language's initials written with a full stop, in both Unicode forms. */
const INITIALS = new Set(
  LANGUAGES.flatMap((l) => (l.initials ?? []).flatMap((w) => [w.normalize('NFC'), w.normalize('NFD')])),
);
/** A letter or mark of an Indian script (what a word before a full stop may be made of). */
const isIndicLetter = (c: number) =>
  (c >= 0x0900 && c <= 0x0dff && c !== 0x0964 && c !== 0x0965) || c === 0x200d;
/** The danda and Urdu's full stop end a sentence even with no space after them. */
const isScriptStop = (c: number) => c === 0x0964 || c === 0x06d4 || c === 0x061f;
const CLOSERS = new Set(['"', "'", '”', '’', ')']);

/**
 * Sentence spans of one block. A full stop ends a sentence unless it closes an abbreviation or an
 * initial ("S. Jaishankar") or is followed by a lower-case word. Characters are read by code, with
 * no regular expression per full stop.
 */
function blockSentences(text: string, block: TextBlock, out: Span[]): void {
  let start = block.start;
  const slice = text.slice(block.start, block.end);
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(slice); m; m = TERMINATOR.exec(slice)) {
    // Closing quotes may follow the stop; then white space must ("U.S." and "3.5" are not ends).
    let endRel = m.index + m[0].length;
    while (endRel < slice.length && CLOSERS.has(slice[endRel] as string)) endRel++;
    if (endRel < slice.length && !isSpaceCode(slice.charCodeAt(endRel)) && !isScriptStop(m[0].charCodeAt(0)))
      continue;
    if (m[0][0] === '.') {
      // The word before the stop: its letters, at most 12 back.
      const from = Math.max(0, m.index - 12);
      let w = m.index;
      while (w > from && isAsciiLetter(slice.charCodeAt(w - 1))) w--;
      const word = slice.slice(w, m.index);
      if (word.length === 1 && word === word.toUpperCase()) continue; // an initial
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      if (word === '' && INITIALS.size > 0) {
        // "एस. जयशंकर": an initial in an Indian script.
        let s = m.index;
        while (s > from && isIndicLetter(slice.charCodeAt(s - 1))) s--;
        if ((s === 0 || !isIndicLetter(slice.charCodeAt(s - 1))) && INITIALS.has(slice.slice(s, m.index)))
          continue;
      }
      // The next character that is not white space, within four: a lower-case letter continues.
      const to = Math.min(slice.length, endRel + 4);
      let n = endRel;
      while (n < to && isSpaceCode(slice.charCodeAt(n))) n++;
      if (n < to) {
        const c = slice.charCodeAt(n);
        if (c >= 97 && c <= 122) continue;
      }
    }
    const end = block.start + endRel;
    if (end > start) out.push({ start, end });
    start = end;
    while (start < block.end && text.charCodeAt(start) === 32) start++;
  }
  if (block.end > start) out.push({ start, end: block.end });
}

export function splitSentences(text: string, blocks: readonly TextBlock[]): Span[] {
  const out: Span[] = [];
  for (const b of blocks) blockSentences(text, b, out);
  return out;
}

/** Index of the span containing `pos` in sorted, disjoint `spans`, or -1. */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
