import { describe, expect, it } from 'vitest';
import { byScript, EVERY_LATIN, latinOf, scriptOfText } from '../../utils/engine/languages/scripts';
import { wordTrie } from '../../utils/engine/languages/word-trie';

/** latinOf's answer for a page read in English alone (the other is EVERY_LATIN). */
const ENGLISH_ALONE = 0;

describe('scriptOfText', () => {
  it.each([
    ['46 Indians are still serving', 0],
    ['Quote “marks” and an en dash – stay Latin', 0],
    ['रूसी सेना में 12 भारतीय', 0x0900 >> 7],
    ['Russian army: ரஷ்ய ராணுவம்', 0x0b80 >> 7],
    ['روسی فوج', 0x0600],
    ['російська армія', 0x0400],
  ])('%s', (text, script) => {
    expect(scriptOfText(text)).toBe(script);
  });
});

describe('latinOf: Spanish words only on a page that writes Spanish letters', () => {
  it('reads an English page in English alone', () => {
    expect(latinOf('Twelve Indians died while serving in the Russian army.')).toBe(ENGLISH_ALONE);
  });
  it('reads a page with Spanish letters in every language of the Latin script', () => {
    expect(latinOf('Doce indios murieron en el ejército ruso.')).toBe(EVERY_LATIN);
  });
  it('gives each field the Spanish words on such a page only', () => {
    const army = byScript((l) => l.topic.russianArmy, 'i');
    const clause = 'doce indios en el ejercito ruso, en las filas rusas';
    expect(army(clause, ENGLISH_ALONE).test(clause)).toBe(false);
    expect(army(clause, EVERY_LATIN).test(clause)).toBe(true);
    // English words stand in a page of every script and every Latin reading.
    expect(army('the Russian army', ENGLISH_ALONE).test('the Russian army')).toBe(true);
    expect(army('रूसी सेना और Russian army', ENGLISH_ALONE).test('रूसी सेना')).toBe(true);
  });
  it('never matches a field no language of the script fills, and gives up at once', () => {
    const none = byScript(() => undefined, 'gi');
    const re = none('anything at all');
    expect(re.test('anything at all')).toBe(false);
    expect(re.source.startsWith('^')).toBe(true);
  });
});

describe('wordTrie', () => {
  const words = ['six', 'sixty', 'sixteen', 'seven', 'a', 'an', 'and', 'veintiséis'];
  const whole = new RegExp(`^(?:${wordTrie(words)})$`, 'i');
  it.each(words)('matches %s', (w) => {
    expect(whole.test(w)).toBe(true);
    expect(whole.test(w.toUpperCase())).toBe(true);
  });
  it.each(['sixt', 'sevens', 'x', '', 'veinti'])('does not match %s', (w) => {
    expect(whole.test(w)).toBe(false);
  });
  it('shares the words’ beginnings', () => {
    expect(wordTrie(['six', 'sixty', 'seven'])).toBe('s(?:ix(?:ty)?|even)');
  });
  it('escapes what a pattern would read as syntax, and matches nothing for no words', () => {
    expect(new RegExp(`^(?:${wordTrie(['a.b'])})$`).test('axb')).toBe(false);
    expect(new RegExp(wordTrie([])).test('anything')).toBe(false);
  });
});
