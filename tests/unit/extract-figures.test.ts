import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../utils/engine/extract-figures';
import { textModelFromPlainText } from '../../utils/engine/text/text-model';

const PUBLISHED = '2025-11-08';

function figures(text: string, published: string | null = PUBLISHED) {
  // A title line first, as in a saved article.
  const model = textModelFromPlainText(`Headline\n${text}`);
  return extractFigures(model, published).map(
    (f) => `${f.value} ${f.kind} ${f.qualifier} ${f.subject} ${f.asOf}`,
  );
}

describe('extractFigures: the words right before a number settle its kind, whatever follows', () => {
  it.each([
    [
      'Agents trafficked 12 Indians who are now serving in the Russian army.',
      ['12 other exact indian 2025-11-08'],
    ],
    ['Agents sent 12 Indians who are now serving in the Russian army.', ['12 other exact indian 2025-11-08']],
    [
      'The police detained 3 who had recruited Indians into the Russian army.',
      ['3 other exact indian 2025-11-08'],
    ],
    [
      'Talks are on to bring back 50 more Indians serving in the Russian army.',
      ['50 awaiting_discharge exact indian 2025-11-08'],
    ],
    [
      'Russia has released 16 Indians who were serving in its army.',
      ['16 discharged exact indian 2025-11-08'],
    ],
    ['The bodies of 2 Indians killed in the war were flown home.', ['2 other exact indian 2025-11-08']],
  ])('%j', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractFigures: kinds from the clause', () => {
  it.each([
    [
      'The MEA said 44 Indian nationals are currently serving in the Russian army.',
      ['44 serving exact indian 2025-11-08'],
    ],
    ['Eighty-five Indian nationals have been discharged.', ['85 discharged exact indian 2025-11-08']],
    [
      'Another 63 individuals are seeking early discharge.',
      ['63 awaiting_discharge exact indian 2025-11-08'],
    ],
    [
      'Sixty-nine Indians are waiting to be released from the Russian Army.',
      ['69 awaiting_discharge exact indian 2025-11-08'],
    ],
    [
      'Twelve Indian nationals were killed while serving in the Russian army.',
      ['12 killed exact indian 2025-11-08'],
    ],
    ['26 are reported to have lost their lives.', ['26 killed exact indian 2025-11-08']],
    ['Seven Indians were reported missing by the Russian side.', ['7 missing exact indian 2025-11-08']],
    [
      '202 Indian nationals are believed to have been recruited since 2022.',
      ['202 recruited_total exact indian 2025-11-08'],
    ],
    ['There are 20-odd people who are stuck.', ['20 serving approx indian 2025-11-08']],
    ['The mortal remains of 10 of the deceased have been repatriated.', ['10 other exact indian 2025-11-08']],
    ['The CBI arrested four people in the case.', ['4 other exact unknown 2025-11-08']],
    ['The death toll has risen to 26.', ['26 killed exact indian 2025-11-08']],
    [
      'Efforts are ongoing for the early discharge of 50 individuals.',
      ['50 awaiting_discharge exact indian 2025-11-08'],
    ],
    [
      'The government secured the early discharge of 119 Indians.',
      ['119 discharged exact indian 2025-11-08'],
    ],
    [
      'Nepal says 200 Nepali nationals have been recruited.',
      ['200 recruited_total exact other_nationality 2025-11-08'],
    ],
    // Another nation's people named by their demonym alone.
    [
      'Around 3,000 Nepalis have joined the Russian army.',
      ['3000 recruited_total approx other_nationality 2025-11-08'],
    ],
    ['At least 17 Sri Lankans were killed.', ['17 killed at_least other_nationality 2025-11-08']],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('extractFigures: structures', () => {
  it('reads "out of which" breakdowns', () => {
    expect(
      figures(
        'In July, the minister said there were 127 Indian nationals in the Russian armed forces, out of which the services of 98 individuals were discontinued. 13 Indian nationals remain in the Russian armed forces, out of which 12 individuals have been reported missing.',
      ),
    ).toEqual([
      '127 recruited_total exact indian 2025-07',
      '98 discharged exact indian 2025-07',
      '13 serving exact indian 2025-07',
      '12 missing exact indian 2025-07',
    ]);
  });

  it('reads partitives: "eight of the 91 had died"', () => {
    expect(figures('He said 91 cases were known and that eight of the 91 had died.')).toEqual([
      '91 recruited_total exact indian 2025-11-08',
      '8 killed exact indian 2025-11-08',
    ]);
  });

  it('reads a range as two figures of one kind', () => {
    expect(figures('About 20-25 persons who want to be released have contacted us.')).toEqual([
      '20 awaiting_discharge at_least indian 2025-11-08',
      '25 awaiting_discharge at_most indian 2025-11-08',
    ]);
  });

  it('states a repeated figure once, preferring the exact wording', () => {
    expect(
      figures(
        'At least 44 Indian nationals are currently serving. "44 Indian nationals are currently serving," he said.',
      ),
    ).toEqual(['44 serving exact indian 2025-11-08']);
  });

  it('folds headline numbers into the body figure of the same value', () => {
    const model = textModelFromPlainText(
      'MEA urges Russia to release 44 Indians\nThe MEA said 44 Indians are currently serving.',
    );
    const out = extractFigures(model, PUBLISHED);
    expect(out).toHaveLength(1);
    expect(out[0]?.mentions).toHaveLength(2);
  });
});

describe('extractFigures: new cases and what other counts count', () => {
  const read = (text: string) =>
    extractFigures(textModelFromPlainText(`Headline\n${text}`), PUBLISHED).map(
      (f) => `${f.value} ${f.kind} ${f.incremental ?? false} ${f.tag ?? 'null'}`,
    );
  it.each([
    ['Two more Indians were killed in the war.', ['2 killed true null']],
    ["35 have been discharged since the Prime Minister's July visit.", ['35 discharged true null']],
    ['202 Indians are believed to have been recruited since 2022.', ['202 recruited_total false null']],
    ['Seven more are listed as missing by the Russian side.', ['7 missing false null']],
    ['Another 63 individuals are seeking early discharge.', ['63 awaiting_discharge false null']],
    [
      'Two were cremated locally and DNA samples of 18 families were shared.',
      ['2 other false local_cremation', '18 other false dna_samples_shared'],
    ],
    ['The mortal remains of 10 have been repatriated.', ['10 other false remains_repatriated']],
    // Each language's own words for "more" and "another".
    ['युद्ध में दो और भारतीयों की मौत हो गई है।', ['2 killed true null']],
    ['রুশ সেনায় আরও দুই ভারতীয়ের মৃত্যু হয়েছে।', ['2 killed true null']],
    ['ਰੂਸੀ ਫੌਜ ਵਿੱਚ ਦੋ ਹੋਰ ਭਾਰਤੀਆਂ ਦੀ ਮੌਤ ਹੋ ਗਈ ਹੈ।', ['2 killed true null']],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('extractFigures: numbers that are not figures', () => {
  it.each([
    ['Smart Quarterly ₹900 3 Months ₹300/Month SAVE 25%'],
    ['Over 30 premium stories daily, handpicked by our editors.'],
    ['Repository of articles dating back to 1997.'],
    ['Hemil, a 23-year-old from Surat, was killed on February 21.'],
    ['Binil was the 10th Indian casualty of the war.'],
    ['He had been in Russia for nine months.'],
    ['The agent charged Rs 2 lakh per person.'],
    ['The agent charged Rs.12 lakh per person.'],
    ['The agent charged INR 3 lakh per person.'],
    ['The strategic partnership was signed in October 2000.'],
    ['3 min read Last Updated : Nov 08 2025 | 7:00 AM IST'],
    // Durations with a case ending glued to the unit: "within three months", "for four weeks".
    ['రష్యా సైన్యంలో చేరిన మూడు నెలలకే అతను మృతి చెందాడు.'],
    ['ರಷ್ಯಾ ಸೇನೆಯಲ್ಲಿ ನಾಲ್ಕು ವಾರಗಳವರೆಗೆ ತರಬೇತಿ ನೀಡಿ ಯುದ್ಧಕ್ಕೆ ಕಳುಹಿಸಲಾಯಿತು.'],
  ])('%s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });
});

describe('extractFigures: phrasings met in the held-out pages', () => {
  it.each([
    // The government's push for their release does not make serving men "awaiting discharge".
    [
      'On Friday, the spokesperson said 44 Indian nationals were currently serving and asked Moscow to release them.',
      ['44 serving exact indian 2025-11-07'],
    ],
    ['The ministry said that 96 men had come home.', ['96 discharged exact indian 2025-11-08']],
    // A sentence after one ending in "drivers." or "helpers.": no rupees ("Rs.") before its number.
    [
      'The men had been promised work as helpers and drivers. Twelve Indians have been killed in the war.',
      ['12 killed exact indian 2025-11-08'],
    ],
    // A year before people is a cohort's name when a determiner leads it.
    ['The 2025 recruits were a new cohort, the ministry said.', []],
    [
      'Officials put the total number recruited somewhere between 35 and 50.',
      ['35 recruited_total at_least indian 2025-11-08', '50 recruited_total at_most indian 2025-11-08'],
    ],
    // "had informed ... had reported" belong to the February of their own sentence.
    [
      'In February, the government had informed Parliament that 18 Indians remained in the Russian armed forces and that the Russian side had reported 16 of them as missing. Twelve Indians had been killed by then.',
      [
        '18 serving exact indian 2025-02',
        '16 missing exact indian 2025-02',
        '12 killed exact indian 2025-02',
      ],
    ],
    // "It stood at 16" speaks of what the sentence before names.
    [
      'In January, the MEA put the number of deaths at 12. The missing count, on the other hand, has gone down. It stood at 16 in February.',
      ['12 killed exact indian 2025-01', '16 missing exact indian 2025-02'],
    ],
    // Hindi: "on Friday" and "in February 2025".
    [
      'विदेश मंत्रालय ने शुक्रवार को बताया कि इस समय 44 भारतीय नागरिक रूसी सेना में कार्यरत हैं।',
      ['44 serving exact indian 2025-11-07'],
    ],
    [
      'फरवरी 2025 में सरकार ने संसद को बताया था कि रूसी सेना में गए 127 भारतीयों में से 97 को कार्यमुक्त किया जा चुका है।',
      ['127 recruited_total exact indian 2025-02', '97 discharged exact indian 2025-02'],
    ],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractFigures: lists, Hindi qualifiers, modal verbs', () => {
  it.each([
    // "Label: N" items of a list: the label names the figure.
    [
      'Indian nationals identified in the Russian armed forces: 127\nStill in the Russian armed forces: 18\nDied: 12\nMortal remains repatriated to India: 7',
      [
        '127 recruited_total exact indian 2025-11-08',
        '18 serving exact indian 2025-11-08',
        '12 killed exact indian 2025-11-08',
        '7 other exact indian 2025-11-08',
      ],
    ],
    [
      'विदेश सचिव ने बताया कि लगभग ८५ भारतीय नागरिकों को अब तक सेना से मुक्त कराया जा चुका है।',
      ['85 discharged approx indian 2025-11-08'],
    ],
    ['अब तक 9 भारतीयों की जान जा चुकी है।', ['9 killed exact indian 2025-11-08']],
    // Hindi number words, and none read from inside a longer word ("दोनों", both).
    ['अब तक आठ भारतीयों की जान जा चुकी है और दोनों परिवार इंतजार में हैं।', ['8 killed exact indian 2025-11-08']],
    [
      '2022 से अब तक 150 से ज्यादा भारतीय रूसी सेना में भर्ती किए जा चुके हैं। इनमें से ९७ लौट आए।',
      ['150 recruited_total at_least indian 2025-11-08', '97 discharged exact indian 2025-11-08'],
    ],
    [
      'In July, officials said anywhere between 30 and 40 could be serving in the Russian army.',
      ['30 serving at_least indian 2025-07', '40 serving at_most indian 2025-07'],
    ],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('"the December reply" dates what it reports', () => {
    const text = 'According to the December reply, the mortal remains of 10 men had been repatriated.';
    expect(figures(text, '2026-03-14')).toEqual(['10 other exact indian 2025-12']);
  });

  it('"last week" is the month of the week before publication', () => {
    const text =
      'Last week, the ministry said the number of Indians serving in the Russian army has risen to 44.';
    expect(figures(text, '2025-11-05')).toEqual(['44 serving exact indian 2025-10']);
  });
});

describe('extractFigures: sentences and clauses of other scripts', () => {
  it.each([
    ['روسی فوج کے بارے میں وزارت نے 12 ہندوستانیوں کے نام جاری کیے۔ کئی نوجوان لاپتہ ہیں۔'],
    ['रूसी सेना के बारे में मंत्रालय ने 12 भारतीयों के नाम जारी किए।कई युवक लापता हैं।'],
  ])('ends a sentence at an Urdu full stop or a danda, space or none: %s', (text) => {
    expect(figures(text, null)).toEqual([]);
  });

  it('reads a count with its ending after a hyphen or an apostrophe', () => {
    const out = figures("রুশ সেনায় যোগ দেওয়া ভারতীয়দের মধ্যে দু'জন নিখোঁজ।", null);
    expect(out).toEqual(['2 missing exact indian null']);
  });
});
