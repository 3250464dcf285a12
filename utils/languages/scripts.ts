import { LANGUAGES } from './index';
import type { Language } from './types';

/**
 * The scripts the engine tells languages apart by: Latin (0: English, Spanish), Cyrillic, Arabic (Urdu),
 * and each Indian script, a block of 128 code points (Devanagari serves Hindi and Marathi).
 */
export function scriptOfCode(c: number): number {
  if (c >= 0x0900 && c <= 0x0dff) return c >> 7;
  if (c >= 0x0600 && c <= 0x06ff) return 0x0600;
  if (c >= 0x0400 && c <= 0x052f) return 0x0400;
  return 0;
}

/** The script of a stretch of text: that of its first letter of a script other than Latin. */
export function scriptOfText(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0400) {
      const script = scriptOfCode(c);
      if (script !== 0) return script;
    }
  }
  return 0;
}

/** The script of a language: that of the first letter of its cues or story words that is not Latin. */
export function scriptOfLanguage(l: Language): number {
  return scriptOfText(Object.values(l.cues).join('') + Object.values(l.topic).join(''));
}

/**
 * One field of the languages, as a pattern for each script: the languages of that script and those of
 * the Latin script (English words stand in pages of every language: "MEA", "Russian Army"). A pattern of
 * every language at once grows too big for the regular-expression engine to compile to machine code.
 */
export function byScript(
  pick: (l: Language) => string | undefined,
  flags: string,
  wrap: (alternation: string) => string = (s) => s,
): (text: string) => RegExp {
  const cache = new Map<number, RegExp>();
  return (text: string) => {
    const script = scriptOfText(text);
    let re = cache.get(script);
    if (!re) {
      const parts = LANGUAGES.filter((l) => {
        const own = scriptOfLanguage(l);
        return own === script || own === 0;
      })
        .map(pick)
        .filter((s): s is string => Boolean(s));
      re = new RegExp(wrap(parts.length > 0 ? parts.map((s) => `(?:${s})`).join('|') : '(?!)'), flags);
      cache.set(script, re);
    }
    return re;
  };
}
