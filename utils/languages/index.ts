import { en } from './en';
import { hi } from './hi';
import { NUMBER_WORDS } from './number-words';
import type { Language } from './types';

/**
 * Every language the engine reads, each in a file of its own. Adding a language is adding its file
 * here, its spelled numbers (scripts/number-words.ts, when n2words has them) and its fixtures.
 */
export const LANGUAGES: readonly Language[] = [en, hi];

/** The sources of one field of every language, as one alternation (no language: never matches). */
export function alternation(pick: (l: Language) => string | undefined): string {
  const parts = LANGUAGES.map(pick).filter((s): s is string => Boolean(s));
  return parts.length > 0 ? parts.map((s) => `(?:${s})`).join('|') : '(?!)';
}

/** Every spelled-out number of every language, word to value (n2words', then each language's own). */
export function numberWords(): Map<string, number> {
  const words = new Map<string, number>();
  for (const l of LANGUAGES) {
    const spelled = NUMBER_WORDS[l.code];
    if (spelled) for (const [w, v] of Object.entries(spelled.cardinals)) words.set(w.normalize('NFC'), v);
    for (const [w, v] of Object.entries(l.numbers?.extra ?? {})) words.set(w.normalize('NFC'), v);
  }
  return words;
}
