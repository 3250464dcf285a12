import { isDevanagari, isWordCode } from './char-codes';

/**
 * What a left-to-right scan of `text` for `pattern` gives at `anchor`: the first match, of a run of
 * matches that do not overlap, that ends after the anchor, if it starts no later than the anchor.
 * `pattern` is sticky (flag `y`), and every match of it starts at a word's first character (as `\b`
 * before a word character gives) or at a Devanagari one: only there is it tried, and never past the
 * anchor, where a scan would try every position of the text, up to its end.
 */
export function matchAround(pattern: RegExp, text: string, anchor: number): RegExpExecArray | null {
  let p = 0;
  while (p <= anchor) {
    const c = text.charCodeAt(p);
    if (isDevanagari(c) || (isWordCode(c) && (p === 0 || !isWordCode(text.charCodeAt(p - 1))))) {
      pattern.lastIndex = p;
      const m = pattern.exec(text);
      if (m && m[0].length > 0) {
        if (p + m[0].length > anchor) return m;
        p += m[0].length;
        continue;
      }
    }
    p++;
  }
  return null;
}
