import { LANGUAGES } from './index';
import type { Language } from './types';

/**
 * The scripts the engine tells languages apart by: Latin (0: English, Spanish), Cyrillic, Arabic (Urdu),
 * and each Indian script, a block of 128 code points (Devanagari serves Hindi and Marathi).
 */
function scriptOfCode(c: number): number {
  if (c >= 0x0900 && c <= 0x0dff) return c >> 7;
  if (c >= 0x0600 && c <= 0x06ff) return 0x0600;
  if (c >= 0x0400 && c <= 0x052f) return 0x0400;
  return 0;
}

/** The first letter of a script other than Latin: Cyrillic, Arabic or an Indian script. */
const NON_LATIN = /[\u0400-\u052f\u0600-\u06ff\u0900-\u0dff]/;

/** The script of a stretch of text: that of its first letter of a script other than Latin. */
export function scriptOfText(s: string): number {
  const m = NON_LATIN.exec(s);
  return m ? scriptOfCode(m[0].charCodeAt(0)) : 0;
}

/** The script of a language: that of the first letter of its cues or story words that is not Latin. */
export function scriptOfLanguage(l: Language): number {
  return scriptOfText(Object.values(l.cues).join('') + Object.values(l.topic).join(''));
}

/** The languages of English's script a page is read in: English alone, or every one of them. */
const ENGLISH_ALONE = 0;
export const EVERY_LATIN = 1;

const MARKS = LANGUAGES.map((l) => l.marks ?? '').join('');
/** How much of a page's text is read for marks. */
const MARKS_REACH = 5000;
const MARKED = MARKS ? new RegExp(`[${MARKS}]`) : /^(?!)/;

/**
 * Which languages of English's script a page is read in: those whose marks (`Language.marks`) stand
 * in it beside English, or English alone. Asked once per page, of its opening, and the answer handed on.
 */
export function latinOf(page: string): number {
  // A page's language shows in its opening: a Spanish page has written an accent long before this.
  return MARKED.test(page.length > MARKS_REACH ? page.slice(0, MARKS_REACH) : page)
    ? EVERY_LATIN
    : ENGLISH_ALONE;
}

/** Is this language read in a text of this script, on a page read in these languages of English's script? */
export function readIn(l: Language, script: number, latin: number): boolean {
  const own = scriptOfLanguage(l);
  if (own === 0) return latin === EVERY_LATIN || !l.marks;
  return own === script;
}

let lastText = '';
let lastScript = 0;

/**
 * One field of the languages, as a pattern for each script: the languages of that script and those of
 * the Latin script (English words stand in pages of every language: "MEA", "Russian Army"), those with
 * marks of their own only on a page that has them. A pattern of every language at once grows too big
 * for the regular-expression engine to compile to machine code.
 */
export function byScript(
  pick: (l: Language) => string | undefined,
  flags: string,
  wrap: (alternation: string) => string = (s) => s,
): (text: string, latin?: number) => RegExp {
  const cache = new Map<number, RegExp>();
  return (text: string, latin = EVERY_LATIN) => {
    // Several fields are asked of the same paragraph in turn: its script is found once.
    if (text !== lastText) {
      lastText = text;
      lastScript = scriptOfText(text);
    }
    const key = lastScript * 2 + latin;
    let re = cache.get(key);
    if (!re) {
      const script = lastScript;
      const parts = LANGUAGES.filter((l) => readIn(l, script, latin))
        .map(pick)
        .filter((s): s is string => Boolean(s));
      // A pattern that cannot match is anchored, so that a search gives up at once.
      re = parts.length > 0 ? new RegExp(wrap(parts.map((s) => `(?:${s})`).join('|')), flags) : /^(?!)/;
      cache.set(key, re);
    }
    return re;
  };
}
