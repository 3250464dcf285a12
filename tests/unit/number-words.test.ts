import { describe, expect, it } from 'vitest';
import { SPELLERS, spelledNumbers } from '../../scripts/number-words';
import { numberWords } from '../../utils/engine/languages';
import { NUMBER_WORDS } from '../../utils/engine/languages/number-words';
import { readNumbers } from '../../utils/engine/read-numbers';

/** The spelled numbers are n2words', never typed by hand; the reader reads digits of every script. */

describe('number words', () => {
  it('are what n2words spells (npm run number-words writes them)', () => {
    expect(Object.keys(NUMBER_WORDS).sort()).toEqual(Object.keys(SPELLERS).sort());
    for (const [code, spell] of Object.entries(SPELLERS))
      expect(NUMBER_WORDS[code], code).toEqual(spelledNumbers(spell));
  });

  it('never give one word two values across languages', () => {
    const seen = new Map<string, [string, number]>();
    for (const [code, { cardinals }] of Object.entries(NUMBER_WORDS))
      for (const [word, value] of Object.entries(cardinals)) {
        const before = seen.get(word);
        if (before) expect(before[1], `${word}: ${before[0]} and ${code}`).toBe(value);
        seen.set(word, [code, value]);
      }
    expect(numberWords().get('छब्बीस')).toBe(26);
  });

  it('spell Ukrainian with the Cyrillic і, where n2words writes the Latin i', () => {
    expect(NUMBER_WORDS.uk?.cardinals['двадцять шість']).toBe(26);
    expect(NUMBER_WORDS.uk?.cardinals['сім']).toBe(7);
    for (const code of ['uk', 'ru'])
      for (const word of Object.keys(NUMBER_WORDS[code]?.cardinals ?? {}))
        expect(word, code).not.toMatch(/[a-z]/i);
  });
});

const values = (text: string) => readNumbers(text).map((m) => m.value);

describe('readNumbers in every script', () => {
  it.each([
    ['Devanagari', '२०२ भारतीय', [202]],
    ['Bengali', '১২৬ জন ভারতীয়', [126]],
    ['Gurmukhi', '੧੨ ਭਾਰਤੀ', [12]],
    ['Gujarati', '૨૬ ભારતીયો', [26]],
    ['Tamil', '௧௨ இந்தியர்கள்', [12]],
    ['Telugu', '౨౦౨ మంది', [202]],
    ['Kannada', '೨೬ ಭಾರತೀಯರು', [26]],
    ['Malayalam', '൧൯ പേർ', [19]],
    ['Arabic-Indic', '٢٦ ہندوستانی', [26]],
    ['Extended Arabic-Indic', '۲۰۲ ہندوستانی', [202]],
    ['Indian grouping in Devanagari', '१,२५,००० रुपये', [125000]],
  ])('%s digits', (_script, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['Hindi', 'सात भारतीय अब भी लापता हैं', [7]],
    ['Hindi hundreds', 'कुल दो सौ दो भारतीय', [202]],
    ['Marathi', 'दहा भारतीय', [10]],
    ['Telugu, two words', 'ఇరవై ఆరు మంది', [26]],
    ['Tamil', 'பன்னிரண்டு இந்தியர்கள்', [12]],
    ['Punjabi', 'ਬਾਰਾਂ ਭਾਰਤੀ', [12]],
    ['Gujarati', 'બાર ભારતીયો', [12]],
    ['Kannada', 'ಹನ್ನೆರಡು ಭಾರತೀಯರು', [12]],
    ['Urdu', 'بارہ ہندوستانی', [12]],
    ['a number word inside a longer word is not one', 'सातवें', []],
  ])('%s number words', (_lang, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('reads a number glued to the word after it', () => {
    expect(values('మొత్తం 202మంది భారతీయులు')).toEqual([202]);
  });
});
