import { bn } from './bn';
import { en } from './en';
import { es } from './es';
import { gu } from './gu';
import { hi } from './hi';
import { kn } from './kn';
import { ml } from './ml';
import { mr } from './mr';
import { NUMBER_WORDS } from './number-words';
import { pa } from './pa';
import { ru } from './ru';
import { ta } from './ta';
import { te } from './te';
import type { Language } from './types';
import { uk } from './uk';
import { ur } from './ur';

/**
 * Every language the engine reads, each in a file of its own. Adding a language is adding its file
 * here, its spelled numbers (scripts/number-words.ts, when n2words has them) and its fixtures.
 */
export const LANGUAGES: readonly Language[] = [en, hi, mr, bn, pa, gu, ta, te, kn, ml, ur, uk, ru, es];

/** The sources of one field of every language, as one alternation (no language: never matches). */
export function alternation(pick: (l: Language) => string | undefined): string {
  const parts = LANGUAGES.map(pick).filter((s): s is string => Boolean(s));
  return parts.length > 0 ? parts.map((s) => `(?:${s})`).join('|') : '(?!)';
}

/**
 * Every spelled-out number of every language, word to value (n2words', then each language's own), in
 * both Unicode forms a page may write them in (a nukta composed or not), so that no word of a page
 * needs normalising.
 */
export function numberWords(): Map<string, number> {
  const words = new Map<string, number>();
  const add = (w: string, v: number) => {
    words.set(w.normalize('NFC'), v);
    words.set(w.normalize('NFD'), v);
  };
  for (const l of LANGUAGES) {
    const spelled = NUMBER_WORDS[l.code];
    if (spelled) for (const [w, v] of Object.entries(spelled.cardinals)) add(w, v);
    for (const [w, v] of Object.entries(l.numbers?.extra ?? {})) add(w, v);
  }
  return words;
}

/** The suffixes any language glues to a number that still count people ("మంది"), longest first. */
export function countSuffixes(): string[] {
  const all = new Set<string>();
  for (const l of LANGUAGES)
    for (const s of l.numbers?.countSuffixes ?? []) {
      all.add(s.normalize('NFC'));
      all.add(s.normalize('NFD'));
    }
  return [...all].sort((a, b) => b.length - a.length);
}
