/**
 * `npm run number-words`: writes utils/engine/languages/number-words.ts, the spelled-out numbers the engine
 * reads in each language, from n2words (a maintained package of number spellings): 1 to 99, and the
 * words for a hundred and a thousand. tests/unit/number-words.test.ts fails when the file is not what
 * this script writes, so the table is never edited by hand. Malayalam, which n2words does not spell,
 * and the forms news writes beside these (person numerals, variant spellings) are in each language's
 * own file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCardinal as bn } from 'n2words/bn-BD';
import { toCardinal as en } from 'n2words/en-IN';
import { toCardinal as es } from 'n2words/es-ES';
import { toCardinal as gu } from 'n2words/gu-IN';
import { toCardinal as hi } from 'n2words/hi-IN';
import { toCardinal as kn } from 'n2words/kn-IN';
import { toCardinal as mr } from 'n2words/mr-IN';
import { toCardinal as pa } from 'n2words/pa-IN';
import { toCardinal as ru } from 'n2words/ru-RU';
import { toCardinal as ta } from 'n2words/ta-IN';
import { toCardinal as te } from 'n2words/te-IN';
import { toCardinal as ukLatinI } from 'n2words/uk-UA';
import { toCardinal as ur } from 'n2words/ur-PK';

import type { SpelledNumbers } from '../utils/engine/languages/types';

type Spell = (n: number) => string;

/** n2words' Ukrainian, with the Cyrillic і where it writes the Latin i. */
const uk: Spell = (n) => ukLatinI(n).replace(/i/g, '\u0456');

/** The languages n2words spells, by the engine's language code. */
export const SPELLERS: Record<string, Spell> = { bn, en, es, gu, hi, kn, mr, pa, ru, ta, te, uk, ur };

/** The last word of a spelled number: "एक सौ" → "सौ". */
const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);

/** The powers a word after a number multiplies it by: thousand, lakh, crore, million. */
const POWERS = [1_000, 100_000, 1_000_000, 10_000_000];

export function spelledNumbers(spell: Spell): SpelledNumbers {
  const cardinals: Record<string, number> = {};
  for (let n = 1; n <= 99; n++) cardinals[spell(n)] = n;
  // "पाँच लाख", "dos mil", "два мільйони": the last word of a spelled power (of one and of two, for
  // the forms a language gives its plural), when what comes before it is a number of the table.
  const multipliers: Record<string, number> = {};
  for (const power of POWERS)
    for (const times of [1, 2, 5]) {
      const spelled = spell(power * times);
      const cut = spelled.lastIndexOf(' ');
      const before = cut < 0 ? '' : spelled.slice(0, cut);
      const count = before === '' ? 1 : cardinals[before];
      const word = spelled.slice(cut + 1);
      if (count !== undefined && !(word in multipliers)) multipliers[word] = (power * times) / count;
    }
  return { cardinals, hundred: lastWord(spell(100)), thousand: lastWord(spell(1000)), multipliers };
}

export function numberWordsModule(): string {
  const table = Object.fromEntries(
    Object.entries(SPELLERS).map(([code, spell]) => [code, spelledNumbers(spell)]),
  );
  return `// Written by scripts/number-words.ts from n2words ${N2WORDS_VERSION} (\`npm run number-words\`). Do not edit.
import type { SpelledNumbers } from './types';

export const NUMBER_WORDS: Record<string, SpelledNumbers> = ${JSON.stringify(table, null, 2)};
`;
}

export const N2WORDS_VERSION: string = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'node_modules', 'n2words', 'package.json'), 'utf8'),
).version;
export const NUMBER_WORDS_FILE = join(
  import.meta.dirname,
  '..',
  'utils',
  'engine',
  'languages',
  'number-words.ts',
);

if (process.argv[1]?.endsWith('number-words.ts')) {
  writeFileSync(NUMBER_WORDS_FILE, numberWordsModule());
  console.log(`Wrote ${NUMBER_WORDS_FILE}`);
}
