import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../utils/engine/read-numbers';

function read(text: string) {
  return readNumbers(text).map((m) => ({
    text: text.slice(m.start, m.end),
    value: m.value,
    qualifier: m.qualifier,
    ...(m.range ? { range: m.range } : {}),
  }));
}

describe('readNumbers', () => {
  it.each([
    ['44 Indians', [{ text: '44', value: 44, qualifier: 'exact' }]],
    ['1,426 cases', [{ text: '1,426', value: 1426, qualifier: 'exact' }]],
    ['1,25,000 rupees', [{ text: '1,25,000', value: 125000, qualifier: 'exact' }]],
    ['४४ भारतीय', [{ text: '४४', value: 44, qualifier: 'exact' }]],
    ['Eighty-five Indians', [{ text: 'Eighty-five', value: 85, qualifier: 'exact' }]],
    ['Forty five men', [{ text: 'Forty five', value: 45, qualifier: 'exact' }]],
    ['Twenty-six died', [{ text: 'Twenty-six', value: 26, qualifier: 'exact' }]],
    [
      'one hundred and twenty-six cases',
      [{ text: 'one hundred and twenty-six', value: 126, qualifier: 'exact' }],
    ],
    ['a hundred Indians', [{ text: 'a hundred', value: 100, qualifier: 'exact' }]],
    ['nearly two dozen men', [{ text: 'two dozen', value: 24, qualifier: 'approx' }]],
    ['half a dozen men', [{ text: 'half a dozen', value: 6, qualifier: 'approx' }]],
    ['dozens of men', [{ text: 'dozens', value: 24, qualifier: 'at_least' }]],
    ['several dozen men', [{ text: 'dozen', value: 24, qualifier: 'at_least' }]],
    ['a few dozen men', [{ text: 'dozen', value: 24, qualifier: 'at_least' }]],
    ['a dozen men', [{ text: 'a dozen', value: 12, qualifier: 'approx' }]],
    ['20-odd people', [{ text: '20-odd', value: 20, qualifier: 'approx' }]],
    ['at least 44 Indians', [{ text: '44', value: 44, qualifier: 'at_least' }]],
    ['more than 150 Indians', [{ text: '150', value: 150, qualifier: 'at_least' }]],
    // "More than" after the number in Hindi, in each of its spellings (the longest is 11 code units).
    ['150 से ज्यादा भारतीय', [{ text: '150', value: 150, qualifier: 'at_least' }]],
    ['150 से ज़्यादा भारतीय', [{ text: '150', value: 150, qualifier: 'at_least' }]],
    ['150 से अधिक भारतीय', [{ text: '150', value: 150, qualifier: 'at_least' }]],
    ['as many as 20 Indians', [{ text: '20', value: 20, qualifier: 'at_most' }]],
    ['about 20 Indians', [{ text: '20', value: 20, qualifier: 'approx' }]],
    // "More than" and "about" after the number, glued on where the language glues them.
    ['200થી વધુ ભારતીયો', [{ text: '200', value: 200, qualifier: 'at_least' }]],
    ['২০০র বেশি ভারতীয়', [{ text: '২০০', value: 200, qualifier: 'at_least' }]],
    ['50 के करीब भारतीय', [{ text: '50', value: 50, qualifier: 'approx' }]],
    ['50 کے قریب ہندوستانی', [{ text: '50', value: 50, qualifier: 'approx' }]],
    // Thousand, lakh, crore after a number multiply it.
    ['5 हज़ार भारतीय', [{ text: '5 हज़ार', value: 5000, qualifier: 'exact' }]],
    ['दो लाख रुपये', [{ text: 'दो लाख', value: 200000, qualifier: 'exact' }]],
    ['3 thousand Indians', [{ text: '3 thousand', value: 3000, qualifier: 'exact' }]],
    ['12 lakh rupees', [{ text: '12 lakh', value: 1200000, qualifier: 'exact' }]],
    // Number words that are also common words count only people.
    ['সরকারি হিসাব সম্পূর্ণ নয় কারণ', []],
    ['নয় জন ভারতীয়', [{ text: 'নয়', value: 9, qualifier: 'exact' }]],
    ['اسی جواب میں', []],
    ['اسی ہندوستانی', [{ text: 'اسی', value: 80, qualifier: 'exact' }]],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['35 to 50 Indians', 35, 50],
    ['20-25 persons', 20, 25],
    ['between 70 and 100 men', 70, 100],
    ['roughly between 35 to 50', 35, 50],
    // Each language's own joiner: Hindi, Punjabi, Urdu, Gujarati (glued), Telugu, Kannada (glued).
    ['35 से 50 भारतीय', 35, 50],
    ['35 ਤੋਂ 50 ਭਾਰਤੀ', 35, 50],
    ['35 سے 50 ہندوستانی', 35, 50],
    ['35થી 50 ભારતીયો', 35, 50],
    ['35 నుంచి 50 మంది', 35, 50],
    ['35ರಿಂದ 50 ಮಂದಿ', 35, 50],
  ])('reads the range %j as two figures', (text, low, high) => {
    expect(read(text)).toEqual([
      { text: String(low), value: low, qualifier: 'at_least', range: 'low' },
      { text: String(high), value: high, qualifier: 'at_most', range: 'high' },
    ]);
  });

  it.each([
    ['the 10th casualty'],
    ['on 2025-11-08 at'],
    ['at 7:00 AM'],
    ['S-400 systems'],
    ['Su-30MKI jets'],
    ['कोविड-19 से'],
    ['மிக்-29 விமானம்'],
    ['5.5 per cent'],
  ])('finds no number in %j', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('does not join "50 and 100" into a range without "between"', () => {
    expect(read('50 and 100').map((m) => m.qualifier)).toEqual(['exact', 'exact']);
  });
});

describe('readNumbers: Hindi number words', () => {
  it.each([
    ['आठ भारतीयों की मौत', [8]],
    ['करीब बीस भारतीय फंसे हैं', [20]],
    ['पच्चीस लोग', [25]],
    ['दोनों भारतीय', []],
    ['बरसात में', []],
  ])('%s', (text, values) => {
    expect(readNumbers(text).map((m) => m.value)).toEqual(values);
  });

  it('takes a Hindi qualifier before a Hindi word', () => {
    expect(readNumbers('करीब बीस भारतीय')[0]?.qualifier).toBe('approx');
  });
});
