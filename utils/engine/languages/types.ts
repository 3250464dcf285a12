import type { FigureKind, Qualifier } from '../figure-types';

/**
 * The words of one language that the engine reads. Each `string` below is the source of a regular
 * expression (an alternation), matched ignoring case; the engine joins those of every language. Words
 * of Indian scripts take no `\b`: JavaScript's word edges know only Latin letters.
 */
export interface Language {
  /** ISO 639-1 code. */
  code: string;
  name: string;
  /**
   * For a language of English's script: letters English never writes and this language's pages always
   * do (Spanish: á, ñ, ¿). Its words are read only on a page where one stands, so that English pages
   * pay nothing for them.
   */
  marks?: string;
  /** Words for a number, beyond those spelled by n2words (utils/engine/languages/number-words.ts). */
  numbers?: {
    /** Forms news writes that n2words does not: person numerals ("ఏడుగురు", seven persons), variant spellings. */
    extra?: Record<string, number>;
    /** What may be glued to a number and still leave it a count of people: "పది" + "మంది". */
    countSuffixes?: readonly string[];
    /**
     * Number words that are also common words (Bengali নয়, nine and "is not"; Urdu اسی, eighty and
     * "the same"): read as numbers only with a count suffix, or before a word for people.
     */
    ambiguous?: readonly string[];
  };
  /** Between the two ends of a range: "35 से 50", "35 থেকে 50" (a regex source, its spaces included). */
  rangeJoiners?: string;
  /** New cases, not a running total: "two more", "another 63", "दो और", "আরও দুই" (regex sources). */
  incremental?: {
    /** Right before the number. */
    before?: string;
    /** Right after it. */
    after?: string;
  };
  /**
   * The letters news writes as initials with a full stop ("एस. जयशंकर", "எஸ். ஜெய்சங்கர்"): a full stop
   * after one of them ends no sentence. Latin initials need none: one capital letter is an initial.
   */
  initials?: readonly string[];
  /** Words that end a clause, beside punctuation: "while", "but", "जबकि" (a regex source). */
  clauseEnders?: string;
  /** Stage one, read on every page of a listed site (keep it short): Russia, India, the army or war. */
  detect: DetectWords;
  /** Stage two, the whole article. */
  topic: {
    /** Indians as people: "Indians", "भारतीय", "ഇന്ത്യക്കാർ". */
    indianPeople: string;
    /** Russia's army or its war: "Russian army", "रूसी सेना", "రష్యా సైన్యం". */
    russianArmy: string;
    /** What the story does to people: recruited, killed, missing, returned, stuck. */
    topicAction: string;
    /** Recruits of another nation: Nepali, Sri Lankan ... */
    otherNationals?: string;
    /** An army, any army: where a paragraph about Indians is about soldiers. */
    army?: string;
    /** The story's actions, in a headline (`topicAction` when absent). */
    titleAction?: string;
    /** The story's verbs in a paragraph under a headline on the topic (`topicAction` when absent). */
    topicVerb?: string;
    /** India or its government named in a headline: "India", "MEA", "the Centre". */
    indiaInHeadline?: string;
    /** A death named in a headline: "body", "killed". */
    death?: string;
    /** A man or a family of a place, in a headline: "Jagraon youth", "the family". */
    localPerson?: string;
    /** Other countries, in a headline: "Nepal's men in Russia's army" is not about Indians. */
    otherNations?: string;
    /** India's own army: its paragraphs are not about Russia's. */
    indianArmy?: string;
    /**
     * India's own forces with Russia in another story told in the same words: a joint exercise, a warship
     * built there and handed over. A headline or a paragraph that names one is theirs, whatever army it
     * names ("रूसी सेना के साथ संयुक्त अभ्यास", "ভারতীয় জওয়ান রুশ সেনার মহড়ায়").
     */
    ownForces?: string;
    /**
     * Civilian work Indians are hired for in Russia: factory, building-site and hospital jobs, work permits,
     * a labour pact. A headline or a paragraph that names it and no army (`army`) is about those jobs, even
     * with "recruitment" (भर्ती, ನೇಮಕ) and the war that made the shortage in it.
     */
    civilianWork?: string;
    /** Words only this story uses, that mark a live blog's entry as the story's: "discharge", "MEA". */
    storyTerms?: string;
  };
  /** The words of each kind of figure, by the slot of the classifier they fill (classify-figure.ts). */
  cues: Partial<Record<CueSlot, string>>;
  /** "about 20", "at least 44": phrases right before a number, with what they make of it. */
  qualifiers?: ReadonlyArray<readonly [string, Qualifier]>;
  /** "20-plus", "150 से ज़्यादा": what right after a number makes it "at least" (a regex source). */
  qualifiersAfter?: string;
  /** "50 के करीब": what right after a number makes it "about" (a regex source). */
  approxAfter?: string;
  /**
   * Words right after a number that make it a count, in a language written in English's script (any
   * word of an Indian script, of Arabic script or of Cyrillic does): its noun for people or the verb
   * it is the subject of ("seis indios", "26 murieron"), a regex source read from the number on.
   */
  countHead?: string;
  /**
   * Words a few words before a number that make it a count of `other` whatever follows: remains, DNA
   * samples ("останки 10 загиблих", "зразки ДНК членів сімей 18 індійців"), a regex source.
   */
  otherBefore?: string;
  /**
   * "This number" right before a figure that has no noun of its own ("यह संख्या 27 थी", "ಈ ಸಂಖ್ಯೆ 27",
   * "সংখ্যাটা ছিল ১২৬"), a regex source that ends where the number begins (a few words may sit between).
   * The figure counts, and takes the kind its own sentence names before it, else the sentence before:
   * what English reads with "the figure stood at", "it was" (ANAPHORIC_BEFORE in classify-figure.ts).
   */
  thisNumber?: string;
  /** Words right after a number that make it no count: years, rupees, percent, days. */
  unitsAfter?: readonly string[];
  /**
   * The twelve months, January first: each every spelling news uses, abbreviations included (with their
   * full stop: "பிப்.", which the text must then have). A spelling may be a phrase ("मे महिन्यात").
   * Forms with a case ending glued on are made from `dateWords.endings`; where the ending is irregular,
   * or the month's name has two letters (মে, మే: মে + য়ে is মেয়ে, a girl), its forms are `dateWords.monthForms`.
   */
  months?: Twelve<readonly string[]>;
  /** The days of the week, Sunday first, each its spellings ("शुक्रवार"; "پیر کو" where the bare word is also another word). */
  weekdays?: Seven<readonly string[]>;
  /** What places a month or a day of the week in time (literal words, read by utils/engine/figure-dates.ts). */
  dateWords?: DateWords;
  /** Relative time expressions, each its spellings (whole phrases, literal). */
  relativeDates?: RelativeDates;
  /** A count of one group (one village, district, state, agent or camp), not the country's. */
  scope?: {
    /** In the words right after the number: "from Azamgarh", "through the same agent", "Keralites". */
    groupAfter?: string;
    /** Ending the words right before it: "Punjab's", "of the village's". */
    groupBefore?: string;
    /**
     * Between a group's count and a part counted out of it: "out of which", "जिनमें से", "ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ"
     * ("14 youths went, out of which 3 died": the 3 are the group's too).
     */
    partitive?: string;
  };
  /** Who a count is of. */
  subject?: {
    /** Indians, India, its states: "Indian", "Kerala", "भारतीय". */
    indian?: string;
    /** The word for an Indian, right after a number ("44 Indians", "44 भारतीय"). */
    indianWord?: string;
    /** Another nation's people: "Nepali", "Sri Lankan", "नेपाली". */
    otherNationality?: string;
  };
}

type Twelve<T> = readonly [T, T, T, T, T, T, T, T, T, T, T, T];
type Seven<T> = readonly [T, T, T, T, T, T, T];

/**
 * The words around a month or a day of the week that make it the time of a figure: "फरवरी में",
 * "பிப்ரவரியில்", "7 de febrero de 2025", "у лютому". Literal words (no regex), matched whole.
 */
interface DateWords {
  /**
   * Case forms of the months, January first, that are a time by themselves ("феврале" of "в феврале",
   * "మేలో", "மார்ச்சில்"): kept apart from `months`, every word of which makes a number beside it a date.
   */
  monthForms?: Twelve<readonly string[]>;
  /**
   * Case endings and postpositions glued to a month, a day of the week or a day's number: Tamil "யில்"
   * and "ில்" (பிப்ரவரியில், ஆகஸ்டில்: a final virama gives way to the vowel sign), Gujarati "માં"
   * and "ના", Bengali "তে" and "ের". Also read after a hyphen ("মে-তে").
   */
  endings?: readonly string[];
  /** Words right after a month or a day of the week that make it a time: "में", "को", "ਵਿੱਚ", "মাসে". */
  after?: readonly string[];
  /** Words right before one that make it a time: "в", "у", "en", "наприкінці". */
  before?: readonly string[];
  /** Words between a day or a year and its month: Spanish "de" (7 de febrero de 2025), Bengali "সালের" (২০২৪ সালের আগস্টে). */
  joiners?: readonly string[];
  /** "since", "from" or "until" right before a date ("с апреля", "desde"): the date opens a span, it dates no figure. */
  sinceBefore?: readonly string[];
  /** The same right after it ("फरवरी 2025 से", "2022 முதல்"). */
  sinceAfter?: readonly string[];
  /**
   * "after", later in a month's clause and before its figure: "జులైలో ... ప్రస్తావించిన తర్వాత 35 మంది"
   * (35 after the visit in July): the month is the event's, the figure is counted from it to now.
   */
  afterwards?: readonly string[];
}

/** Relative time expressions, each a list of whole phrases. */
interface RelativeDates {
  today?: readonly string[];
  yesterday?: readonly string[];
  thisMonth?: readonly string[];
  lastMonth?: readonly string[];
  /** "इस साल": read only beside a month ("इस साल फरवरी में"); alone it moves no figure. */
  thisYear?: readonly string[];
  /** "पिछले साल": beside a month it is that month a year back; alone, some earlier, unstated time. */
  lastYear?: readonly string[];
}

export interface DetectWords {
  russia: string;
  india: string;
  military: string;
}

/** The classifier's slots: a kind, and how strongly its words decide. */
export type CueSlot =
  | 'other'
  | 'awaiting'
  | 'awaitingPush'
  | 'killed'
  | 'missing'
  | 'discharged'
  | 'servingState'
  | 'recruitedPast'
  | 'recruited'
  | 'servingWeak';

export const CUE_SLOTS: Record<CueSlot, { kind: FigureKind; strength: number; push?: boolean }> = {
  other: { kind: 'other', strength: 4 },
  awaiting: { kind: 'awaiting_discharge', strength: 3 },
  awaitingPush: { kind: 'awaiting_discharge', strength: 3, push: true },
  killed: { kind: 'killed', strength: 3 },
  missing: { kind: 'missing', strength: 3 },
  discharged: { kind: 'discharged', strength: 2 },
  servingState: { kind: 'serving', strength: 2 },
  recruitedPast: { kind: 'recruited_total', strength: 2 },
  recruited: { kind: 'recruited_total', strength: 1 },
  servingWeak: { kind: 'serving', strength: 1 },
};

export interface SpelledNumbers {
  /** 1 to 99 as written, each to its value. */
  cardinals: Record<string, number>;
  /** The word that multiplies by a hundred, and by a thousand ("सौ", "हज़ार"). */
  hundred: string;
  thousand: string;
  /** The words after a number that multiply it: "हज़ार" 1,000, "लाख" 100,000, "करोड़" 10,000,000. */
  multipliers: Record<string, number>;
}
