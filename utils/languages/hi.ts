import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const hiDetect: DetectWords = {
  russia: String.raw`रूस|यूक्रेन`,
  india: String.raw`भारत|केरल|पंजाब`,
  military: String.raw`सेना|भर्ती|युद्ध|जंग`,
};

/**
 * Hindi, in Devanagari: the wording of Hindi reports of the replies in Parliament and the MEA's briefings.
 */
export const hi: Language = {
  code: 'hi',
  name: 'Hindi',
  numbers: {
    // Spellings news uses beside n2words' (पाँच, छः); n2words has the rest.
    extra: { पाँच: 5, पांच: 5, छः: 6, छह: 6 },
  },
  detect: hiDetect,
  topic: {
    indiaInHeadline: String.raw`भारत`,
    otherNations: String.raw`नेपाल`,
    indianPeople: String.raw`भारतीय|भारतीयों`,
    russianArmy: String.raw`रूसी सेना|रूस की सेना|रूसी फौज|रूस-यूक्रेन`,
    topicAction: String.raw`भर्ती|फंसे|मौत|लापता|रिहा`,
    otherNationals: String.raw`नेपाली`,
    army: String.raw`सेना|भर्ती|फौज`,
  },
  subject: {
    indian: String.raw`भारतीय`,
    indianWord: String.raw`भारतीय`,
    otherNationality: String.raw`नेपाली`,
  },
  months: ['जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
  unitsAfter: [
    'वर्षीय',
    'साल',
    'वर्ष',
    'रुपये',
    'रुपए',
    'लाख',
    'करोड़',
    'प्रतिशत',
    'बजे',
    'किलोमीटर',
    'दिन',
    'महीने',
    'घंटे',
    'फीसदी',
  ],
  qualifiers: [
    ['लगभग', 'approx'],
    ['करीब', 'approx'],
    ['क़रीब', 'approx'],
    ['तकरीबन', 'approx'],
    ['तक़रीबन', 'approx'],
    ['कम से कम', 'at_least'],
  ],
  qualifiersAfter: String.raw` से (?:ज्यादा|ज़्यादा|अधिक)`,
  cues: {
    other: String.raw`डीएनए|गिरफ्तार|पार्थिव|शव|अंतिम संस्कार|तस्कर|संस्थाओं`,
    awaiting: String.raw`छुट्टी मांग|रिहाई की|वापसी की मांग|इंतजार`,
    awaitingPush: String.raw`कोशिश|प्रयास`,
    killed: String.raw`मौत|मृत्यु|जान गंवा|जान जा चुकी|जान चली गई|जान गई|मारे गए|मारे गये|शहीद`,
    missing: String.raw`लापता|बेपत्ता`,
    discharged: String.raw`रिहा|सेवामुक्त|मुक्त|सेवाएं समाप्त|सेवा समाप्त|कार्यमुक्त|छुट्टी दे दी|वापस लौ|स्वदेश लौ|लौट आए|लौट चुके|छोड़ चुके|छोड़ दी|छोड़ दिया`,
    servingState: String.raw`सेना में (?:हैं|है)|फंसे|फंसे हुए|कार्यरत|प्रतिनियुक्त|तैनात|अब भी|सेवा दे रहे|सेवा कर रहे`,
    recruitedPast: String.raw`सेना में (?:थे|शामिल हुए)`,
    recruited: String.raw`भर्ती|शामिल|सेना में गए`,
  },
};
