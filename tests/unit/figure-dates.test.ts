import { describe, expect, it } from 'vitest';
import { findTimeExpressions, resolveAsOf } from '../../utils/engine/figure-dates';

function firstValue(text: string, published: string | null) {
  return findTimeExpressions(text, published).map((e) => e.value);
}

describe('findTimeExpressions', () => {
  it.each([
    ['In July, the minister said', '2025-11-08', ['2025-07']],
    ['In December, the minister said', '2025-01-20', ['2024-12']],
    ['In January this year, the MEA said', '2025-11-08', ['2025-01']],
    ['in August 2024 the reply', '2025-11-08', ['2024-08']],
    ['on 9 August 2024 he said', '2025-11-08', ['2024-08-09']],
    ['on August 9, 2024 he said', '2025-11-08', ['2024-08-09']],
    ['said on Friday that', '2025-11-08', ['2025-11-07']],
    ['said on Saturday that', '2025-11-08', ['2025-11-08']],
    ['By December 2025, the toll', '2026-02-20', ['2025-12']],
    ['last year the CBI', '2025-11-08', [null]],
    ['the ministry had said', '2025-11-08', [null]],
    ['फरवरी में सरकार ने', '2025-12-18', ['2025-02']],
  ])('%j published %s', (text, published, expected) => {
    expect(firstValue(text, published)).toEqual(expected);
  });

  it.each([
    ["ahead of Putin's planned visit to India in early December", '2025-11-08'],
    ['since 2022', '2025-12-18'],
    ['It may rise', '2025-11-08'],
  ])('ignores %j', (text, published) => {
    expect(firstValue(text, published)).toEqual([]);
  });
});

describe('findTimeExpressions, every language from its words', () => {
  // [language, text, published, the expressions found (their text and value)]
  it.each([
    // Hindi: postpositions, Devanagari digits, a nukta letter precomposed, a day spelled out.
    ['hi', 'फरवरी में सरकार ने', '2025-12-18', [['फरवरी में', '2025-02']]],
    ['hi', 'इससे पहले अगस्त २०२४ में विदेश मंत्री ने', '2025-01-18', [['अगस्त २०२४', '2024-08']]],
    ['hi', '७ \u095Eरवरी २०२५ को संसद में', '2025-03-01', [['७ \u095Eरवरी २०२५', '2025-02-07']]],
    ['hi', 'सरकार ने शुक्रवार को बताया', '2025-01-18', [['शुक्रवार को', '2025-01-17']]],
    ['hi', 'सरकार ने बृहस्पतिवार को बताया', '2024-08-02', [['बृहस्पतिवार को', '2024-08-01']]],
    ['hi', 'इससे पहले एक अगस्त को राज्यसभा में', '2024-08-10', [['एक अगस्त को', '2024-08-01']]],
    ['hi', 'पिछले साल अक्टूबर में मिसरी ने', '2025-09-27', [['पिछले साल अक्टूबर में', '2024-10']]],
    ['hi', 'इस महीने की शुरुआत में', '2025-09-27', [['इस महीने', '2025-09']]],
    // Marathi: endings glued on.
    ['mr', 'यापूर्वी फेब्रुवारीमध्ये सरकारने', '2025-12-18', [['फेब्रुवारीमध्ये', '2025-02']]],
    ['mr', 'केंद्र सरकारने गुरुवारी राज्यसभेत', '2025-12-19', [['गुरुवारी', '2025-12-18']]],
    ['mr', '१८ डिसेंबर २०२५ रोजी', '2025-12-19', [['१८ डिसेंबर २०२५', '2025-12-18']]],
    // Bengali: তে, ের, a year with সালের, Bengali digits, a bare weekday.
    ['bn', 'চলতি বছরের ফেব্রুয়ারিতে লোকসভায়', '2025-12-18', [['চলতি বছরের ফেব্রুয়ারিতে', '2025-02']]],
    ['bn', '২০২৪ সালের আগস্টে লোকসভায়', '2025-01-18', [['২০২৪ সালের আগস্টে', '2024-08']]],
    ['bn', '৭ ফেব্রুয়ারি ২০২৫ তারিখে', '2025-03-01', [['৭ ফেব্রুয়ারি ২০২৫', '2025-02-07']]],
    ['bn', 'শুক্রবার বিদেশমন্ত্রক জানিয়েছে', '2025-01-18', [['শুক্রবার', '2025-01-17']]],
    // Punjabi: ਵਿੱਚ, ਨੂੰ, Gurmukhi digits.
    ['pa', 'ਫਰਵਰੀ ਵਿੱਚ ਸਰਕਾਰ ਨੇ', '2025-12-18', [['ਫਰਵਰੀ ਵਿੱਚ', '2025-02']]],
    ['pa', 'ਮੰਤਰਾਲੇ ਨੇ ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਦੱਸਿਆ', '2025-01-18', [['ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ', '2025-01-17']]],
    ['pa', '੭ ਫ਼ਰਵਰੀ ੨੦੨੫ ਨੂੰ', '2025-03-01', [['੭ ਫ਼ਰਵਰੀ ੨੦੨੫', '2025-02-07']]],
    // Gujarati: માં, ના, એ glued on, Gujarati digits.
    ['gu', 'આ વર્ષે જાન્યુઆરીમાં મંત્રાલયે', '2025-11-07', [['આ વર્ષે જાન્યુઆરીમાં', '2025-01']]],
    ['gu', 'સપ્ટેમ્બરના અંતમાં મંત્રાલયે', '2025-11-07', [['સપ્ટેમ્બરના', '2025-09']]],
    ['gu', 'મંત્રાલયે શુક્રવારે જણાવ્યું', '2025-11-08', [['શુક્રવારે', '2025-11-07']]],
    ['gu', '૭ ફેબ્રુઆરી ૨૦૨૫ના રોજ', '2025-03-01', [['૭ ફેબ્રુઆરી ૨૦૨૫', '2025-02-07']]],
    // Urdu: میں, کو, Extended Arabic-Indic digits, "last year" before the month.
    ['ur', 'فروری میں حکومت نے', '2025-12-18', [['فروری میں', '2025-02']]],
    ['ur', 'حکومت نے جمعہ کو لوک سبھا میں', '2025-02-08', [['جمعہ کو', '2025-02-07']]],
    ['ur', '۷ فروری ۲۰۲۵ کو', '2025-03-01', [['۷ فروری ۲۰۲۵', '2025-02-07']]],
    ['ur', 'بیٹا پچھلے سال اپریل میں روس گیا', '2025-02-07', [['پچھلے سال اپریل میں', '2024-04']]],
    // Tamil: யில் and ில் (the final virama gives way), month-day-year, a weekday.
    ['ta', 'இந்த ஆண்டு பிப்ரவரியில் நாடாளுமன்றத்தில்', '2025-12-18', [['இந்த ஆண்டு பிப்ரவரியில்', '2025-02']]],
    ['ta', 'ஆகஸ்டில் அரசு கூறியது', '2024-10-21', [['ஆகஸ்டில்', '2024-08']]],
    ['ta', 'பிப்ரவரி 7, 2025 அன்று', '2025-03-01', [['பிப்ரவரி 7, 2025', '2025-02-07']]],
    ['ta', 'மாநிலங்களவையில் வெள்ளிக்கிழமை தெரிவித்தது', '2025-01-18', [['வெள்ளிக்கிழமை', '2025-01-17']]],
    // Telugu: లో glued on (after a zero-width non-joiner too), 7న, a year before the month.
    ['te', 'ఫిబ్రవరిలో పార్లమెంటుకు', '2025-12-18', [['ఫిబ్రవరిలో', '2025-02']]],
    ['te', 'సెప్టెంబర్\u200cలో మంత్రి', '2025-11-07', [['సెప్టెంబర్\u200cలో', '2025-09']]],
    ['te', 'అస్ఫాన్ 2024 మార్చిలో మరణించిన', '2025-12-18', [['2024 మార్చిలో', '2024-03']]],
    ['te', 'ఫిబ్రవరి 7న లోక్‌సభకు', '2025-02-10', [['ఫిబ్రవరి 7', '2025-02-07']]],
    ['te', 'కేంద్రం శుక్రవారం వెల్లడించింది', '2025-01-18', [['శుక్రవారం', '2025-01-17']]],
    // Kannada: ಯಲ್ಲಿ, ನಲ್ಲಿ, ದಂದು, Kannada digits.
    ['kn', 'ಫೆಬ್ರವರಿಯಲ್ಲಿ ಲೋಕಸಭೆಗೆ', '2025-12-18', [['ಫೆಬ್ರವರಿಯಲ್ಲಿ', '2025-02']]],
    ['kn', 'ಆಗಸ್ಟ್\u200cನಲ್ಲಿ ಸಚಿವರು', '2024-10-01', [['ಆಗಸ್ಟ್\u200cನಲ್ಲಿ', '2024-08']]],
    ['kn', '೭ ಫೆಬ್ರವರಿ ೨೦೨೫ರಂದು', '2025-03-01', [['೭ ಫೆಬ್ರವರಿ ೨೦೨೫', '2025-02-07']]],
    ['kn', 'ಸರ್ಕಾರ ಶುಕ್ರವಾರದಂದು ತಿಳಿಸಿದೆ', '2025-02-08', [['ಶುಕ್ರವಾರದಂದು', '2025-02-07']]],
    // Malayalam: യിൽ and ിൽ, the older encoding (virama + ZWJ), a day spelled out, Malayalam digits.
    ['ml', 'ഫെബ്രുവരിയിൽ പാർലമെന്റിൽ', '2025-12-18', [['ഫെബ്രുവരിയിൽ', '2025-02']]],
    ['ml', 'സെപ്റ്റംബറില്\u200d മന്ത്രാലയം', '2025-11-07', [['സെപ്റ്റംബറില്\u200d', '2025-09']]],
    ['ml', 'ഓഗസ്റ്റ് ഒന്നിന് രാജ്യസഭയില്\u200d', '2024-08-09', [['ഓഗസ്റ്റ് ഒന്നിന്', '2024-08-01']]],
    ['ml', '൭ ഫെബ്രുവരി ൨൦൨൫', '2025-03-01', [['൭ ഫെബ്രുവരി ൨൦൨൫', '2025-02-07']]],
    ['ml', 'മന്ത്രാലയം വെള്ളിയാഴ്ച അറിയിച്ചു', '2025-01-18', [['വെള്ളിയാഴ്ച', '2025-01-17']]],
    // Russian, Ukrainian, Spanish: a preposition before the month, its case forms, "last year" after it.
    ['ru', 'в феврале 2025 года', '2025-12-18', [['в феврале 2025', '2025-02']]],
    ['ru', 'сообщил в пятницу', '2025-01-18', [['в пятницу', '2025-01-17']]],
    ['ru', 'в феврале прошлого года', '2025-03-01', [['в феврале прошлого года', '2024-02']]],
    ['uk', 'У лютому уряд Індії повідомив', '2025-11-07', [['У лютому', '2025-02']]],
    ['uk', 'Наприкінці вересня МЗС говорило', '2025-11-07', [['Наприкінці вересня', '2025-09']]],
    ['uk', 'заявив у п\u2019ятницю', '2025-11-08', [['у п\u2019ятницю', '2025-11-07']]],
    ['es', 'en febrero el Gobierno informó', '2025-12-19', [['en febrero', '2025-02']]],
    ['es', 'el 7 de febrero de 2025', '2025-03-01', [['7 de febrero de 2025', '2025-02-07']]],
    ['es', 'informó el viernes', '2025-12-20', [['el viernes', '2025-12-19']]],
  ])('%s: %j published %s', (_lang, text, published, expected) => {
    const found = findTimeExpressions(text, published).map((e) => [text.slice(e.start, e.end), e.value]);
    expect(found).toEqual(expected);
  });

  it.each([
    // A short month is a word of its own or takes a known ending, never part of another word.
    ['ta', 'மேலும் 12 பேர் உயிரிழந்தனர்'],
    ['te', 'మేము 12 మంది'],
    ['kn', 'ಮೇಲೆ 12 ಮಂದಿ'],
    ['gu', 'મેળવી 12 લોકો'],
    ['bn', 'মেয়েরা ১২ জন'],
    ['bn', 'মেয়ের বাবা, মেয়ে ১২ জন'],
    ['hi', 'मईया 12 लोग'],
    ['ur', 'مئیں 12 افراد'],
    // Bare months with nothing that places them in time.
    ['hi', 'फरवरी, मार्च और अप्रैल'],
    // Since, from, until: the date opens a span.
    ['hi', 'फरवरी 2025 से अब तक'],
    ['ta', '2022 பிப்ரவரி முதல்'],
    ['ru', 'с апреля 2024 года'],
    ['es', 'desde febrero de 2025'],
    // "after" later in the month's clause: the count runs from the month to now.
    ['te', 'మోదీ జులైలో మాస్కోలో పర్యటించిన తర్వాత 35 మంది'],
    // A plan: after the publication month.
    ['hi', 'अगले साल मार्च 2026 में'],
  ])('%s: ignores %j', (_lang, text) => {
    expect(findTimeExpressions(text, '2025-12-18')).toEqual([]);
  });

  it('reads "last year" alone as an earlier, unstated time', () => {
    expect(firstValue('गत वर्ष 12 लोग', '2025-09-12')).toEqual([null]);
    expect(firstValue('கடந்த ஆண்டு 12 பேர்', '2025-09-12')).toEqual([null]);
  });
});

describe('resolveAsOf', () => {
  const text =
    'In July, the minister told the Rajya Sabha that 127 were in. 13 remain. The MEA said 44 serve.';
  const published = '2025-11-08';
  const times = findTimeExpressions(text, published);
  const paragraph = { start: 0, end: text.length };
  it('carries a time expression to later sentences of the paragraph', () => {
    const s2 = { start: text.indexOf('13'), end: text.indexOf('The MEA') };
    expect(resolveAsOf(text.indexOf('13'), s2, paragraph, times, published)).toBe('2025-07');
  });
  it('carries a time expression of any language to later sentences of the paragraph', () => {
    const hindi = 'इससे पहले अगस्त २०२४ में जयशंकर ने ९१ मामलों की जानकारी दी थी। उस समय आठ भारतीयों की मौत हुई थी।';
    const hiTimes = findTimeExpressions(hindi, '2025-01-18');
    const second = { start: hindi.indexOf('उस समय'), end: hindi.length };
    expect(
      resolveAsOf(hindi.indexOf('आठ'), second, { start: 0, end: hindi.length }, hiTimes, '2025-01-18'),
    ).toBe('2024-08');
  });
  it('uses the publication date when nothing places the figure elsewhere', () => {
    expect(resolveAsOf(10, { start: 0, end: 5 }, { start: 0, end: 5 }, [], published)).toBe(published);
  });
});
