import type { FigureKind, Span, Subject } from './figure-types';
import { alternation, LANGUAGES } from './languages';
import { byScript, EVERY_LATIN, readIn, scriptOfLanguage, scriptOfText } from './languages/scripts';
import { CUE_SLOTS, type CueSlot } from './languages/types';
import type { NumberMention } from './read-numbers';

/**
 * Decides whether a number counts people of the story and, if so, which kind of figure it is, from
 * the words of its own clause. Cues are read first after the number (the verb it is the subject of),
 * clause by clause, skipping relative clauses ("12 men, who were serving, died"); then before it
 * ("the death toll rose to 26", "efforts for the early discharge of 50").
 */

/** A set of the space-separated words of `list`. */
const words = (list: string) => new Set(list.split(' '));

const QUALIFIER_WORDS = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'over',
  'between',
  'just',
  'only',
  'still',
  'now',
  'another',
  'more than',
  'at least',
  'at most',
  'up to',
  'as many as',
  'a further',
  'anywhere between',
  'somewhere between',
  'an estimated',
  'a total of',
]);
const UNIT_WORDS = words(
  '₹ rs rs. inr $ usd us$ € £ aged age ages no. # page article section rule clause para paragraph chapter flight room class ward gate platform route sector phase round episode season vol vol. volume version percent',
);
/** Month names of every language, their abbreviations among them. */
const MONTH_WORDS = new Set(LANGUAGES.flatMap((l) => (l.months ?? []).flat().map((w) => w.toLowerCase())));

/** Units after a number in every language: "years", "साल", "రూపాయలు". */
const UNIT_WORDS_AFTER = new Set(LANGUAGES.flatMap((l) => (l.unitsAfter ?? []).map((w) => w.toLowerCase())));

/**
 * Units of the Indian scripts and of Urdu take case endings ("ವಾರಗಳಲ್ಲಿ", in weeks; "నెలల్లోనే", within
 * months): their stems of three code units or more, by first code unit, match the start of a word.
 */
const SCRIPT_UNIT_STEMS = new Map<number, string[]>();
for (const w of UNIT_WORDS_AFTER) {
  if (w.length < 3 || w.charCodeAt(0) < 0x0600) continue;
  const list = SCRIPT_UNIT_STEMS.get(w.charCodeAt(0));
  if (list) list.push(w);
  else SCRIPT_UNIT_STEMS.set(w.charCodeAt(0), [w]);
}
function hasScriptUnitStem(word: string): boolean {
  const stems = SCRIPT_UNIT_STEMS.get(word.charCodeAt(0));
  return stems !== undefined && stems.some((s) => word.length > s.length && word.startsWith(s));
}

/** The word right after a number ("months", "per", "jan"), lower-cased, hyphen and "st/th" skipped. */
function nextWord(text: string, end: number): string {
  let i = end;
  const limit = Math.min(text.length, end + 30);
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 45)) i++;
  let j = i;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 44 || c === 59 || c === 41 || c === 40 || c === 34 || c === 45) break;
    j++;
  }
  let w = text.slice(i, j).toLowerCase();
  if (w.endsWith('.') && !w.endsWith('a.m.') && !w.endsWith('p.m.')) w = w.slice(0, -1);
  return w;
}

/** Start offsets of the last few words of `s`, walking back over spaces: cheaper than a `$` regex. */
function lastWordStarts(s: string, count: number): number[] {
  const starts: number[] = [];
  let i = s.length;
  while (starts.length < count) {
    while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
    if (i === 0) break;
    let j = i;
    while (j > 0 && s.charCodeAt(j - 1) !== 32) j--;
    starts.push(j);
    i = j;
  }
  return starts;
}

/** Drops "about", "at least", "between" ... from the end of the text before a number. */
const QUALIFIER_ENDINGS = words(
  'about around nearly almost roughly approximately some over between just only still now another than least most to as further estimated of',
);

function stripQualifiers(before: string): string {
  let s = before;
  for (let round = 0; round < 2; round++) {
    const starts = lastWordStarts(s, 3);
    const w1 = starts[0] === undefined ? '' : s.slice(starts[0]).trimEnd().toLowerCase();
    if (!QUALIFIER_ENDINGS.has(w1)) break;
    let cut = -1;
    for (let k = starts.length - 1; k >= 0; k--) {
      const phrase = s
        .slice(starts[k] as number)
        .trimEnd()
        .toLowerCase();
      if (QUALIFIER_WORDS.has(phrase)) {
        cut = starts[k] as number;
        break;
      }
    }
    if (cut < 0) break;
    s = `${s.slice(0, cut)} `;
  }
  return s;
}

/** The word right before the number, lower-cased, with "age of" read as one. */
function lastWord(before: string): string {
  const [w1, w2] = lastWordStarts(before, 2);
  if (w1 === undefined) return '';
  const word = before.slice(w1).trimEnd().toLowerCase();
  if (word === 'of' && w2 !== undefined) return `${before.slice(w2, w1).trim().toLowerCase()} of`;
  return word;
}

function isUnitBefore(before: string, w: string): boolean {
  if (UNIT_WORDS.has(w) || w === 'age of') return true;
  const last = before.trimEnd();
  const ch = last[last.length - 1];
  return (
    ch === '₹' ||
    ch === '$' ||
    ch === '€' ||
    ch === '£' ||
    ch === '#' ||
    ch === "'" ||
    // "Rs. 12", "INR 12"; not the end of a word ("work as drivers. Twelve").
    /(?:^|[^a-z])(?:rs\.?|inr)$/i.test(last.slice(-5))
  );
}

export interface Classified {
  /** 'inherit': "the figure stood at 27" takes the kind of the figure the sentence speaks of. */
  kind: FigureKind | 'inherit';
  subject: Subject;
  /** "eight of the 91": the 91 here only names a total stated elsewhere. */
  denominator: boolean;
  /** "two more were killed", "another 63": new cases, not a running total. */
  incremental: boolean;
  /** The clause that decided, for the figure's `text`. */
  clause: Span;
}

interface Cue {
  kind: FigureKind;
  /** Higher wins inside one clause: a death beats the participle "serving" beside it. */
  strength: number;
  /** The government's push for their release, not a state of the people themselves. */
  push?: boolean;
}

/** The cue slots (utils/engine/languages/types.ts), strongest first. */
const SLOTS = Object.keys(CUE_SLOTS) as CueSlot[];
const CUES: Cue[] = SLOTS.map((slot) => CUE_SLOTS[slot]);

const OTHER_NATIONALITY = byScript((l) => l.subject?.otherNationality, 'i');
/** "3,000 Nepalis", "104 young Sri Lankans": another nation's people, a count's licence. */
const NATIONALS_HEAD = byScript(
  (l) => l.subject?.otherNationality,
  'i',
  (s) => `^[\\s,]*(?:[a-z-]+\\s+){0,2}?(?:${s})`,
);
const FOREIGN = /foreign(?:ers| nationals| fighters| recruits| mercenaries| citizens)/i;
const INDIAN = byScript((l) => l.subject?.indian, 'i');
/** "Indian", "भारतीय": the word itself, right after a number. */
const INDIAN_WORD = byScript((l) => l.subject?.indianWord, 'i');

const PEOPLE_NOUN =
  /^[\s,]*(?:(?:more|other|such|young|additional|further|new|newly|recently|known|confirmed|verified|so|of (?:the|these|those|them|whom)|[a-z]+(?:n|i|ese|ish)|\w+-based|from \w+|[a-z]+)[\s,]+){0,3}(?:indians?|keralites?|malayalis|punjabis|gujaratis|tamilians|biharis|nationals?|citizens?|individuals?|people|persons?|men|youths?|boys|workers|recruits|soldiers|fighters|mercenaries|cases|bodies|deaths?|fatalities|casualties|victims|others|returnees|youngsters|students|jawans|volunteers|helpers|locations|places|premises|firms|companies|consultanc\w*|agencies|agents|recruiters|touts|middlemen|entities|samples|traffickers|accused|remains|instances|of (?:them|whom|these|those))\b/i;
const BARE_VERB =
  /^[\s,]*(?:\(\w+\)\s*)?(?:are|were|is|was|have|has|had|could|may|might|would|will|should|must|remain\w*|still|reportedly|died|returned|discharged|released|killed|missing|awaiting|await|sought|seeking|want|wish|more|of them|of whom|others|in the russian|with the russian|serving|currently|presently|now|had been|have been|been|lost|perished|went|joined|came|come|got|got|among|stayed|stay|in the (?:group|camp|batch|unit))\b/i;
const YEAR_AS_COUNT =
  /^\s+(?:[a-z]+\s+)?(?:indians|nationals|citizens|people|persons|men|youths|recruits|soldiers)\b/i;
/**
 * A word of an Indian script or of Urdu right after a number: its noun or its verb, a count's licence,
 * glued on after a hyphen or an apostrophe too ("২৬-এ", "দু'জন"). A Cyrillic word too, or one after a
 * dash between spaces, which stands for "to be" ("семеро — зниклі безвісти"); a Cyrillic ending glued
 * on after a hyphen makes an ordinal ("63-й").
 */
const SCRIPT_HEAD =
  /^(?:\s*|[-'’]|\s*[-'’]\s*)[\u0900-\u0DFF\u0620-\u06FF]|^\s*[\u0400-\u04FF]|^\s+[—–-]\s+[\u0400-\u04FF]/;
/** The same in the languages written in English's script: a noun for people, or a verb ("seis indios"). */
const COUNT_HEAD = new RegExp(`^[\\s,]*(?:${alternation((l) => l.countHead)})`, 'i');
/** Remains or DNA samples a few words before a number, in the languages that name them before it. */
const OTHER_BEFORE = new RegExp(`(?:${alternation((l) => l.otherBefore)})\\s+(?:\\S+\\s+){0,3}$`, 'i');
const YEAR_DETERMINER = /\b(?:the|this|that|these|those|its|their|his|her)\s*$/i;
/** "The number of Indians serving ... has risen to 44": the figure's subject lies before it. */
const SUBJECT_BEFORE =
  /(?:toll|tally|count|number|figure|total|list|संख्या|आंकड़ा)\b[^.;]{0,80}?(?:\b(?:to|at|of|is|was|be|are|were|from|stands? at|stood at|reached|rose to|climbed to|fallen to|fell to|dropped to)|:)\s*$|\b(?:number|total|count|tally|figure)\s+(?:of\s+\w+\s+)?(?:recruited|enlisted|killed|dead|missing|discharged|released|serving|stuck)\s*$|\b(?:rises|rose|risen|climbed|increased|jumped|went up|gone up|grew|swelled|reached|fallen|fell|dropped|declined|shrunk|shrank|decreased|came down|come down) to\s*$|\b(?:stood|stands) at\s*$|\b(?:up|down) from\s*$/i;
const LICENSING_BEFORE =
  /\b(?:of|out of) (?:the|these|those|them)\s*$|\b(?:total of|a total of|discharge of|release of|return of|remains of|cremation of|samples of|members of|deaths? of|bodies of)\s*(?:the\s+)?(?:remaining\s+)?$/i;

const TOTAL_MARKER =
  /^[\s,]*(?:\w+\s+){0,8}?(?:out of (?:which|whom|these|them)|of (?:whom|which|them|these)|among (?:them|whom))/i;
const PAST_COPULA = /\b(?:there were|were|had been|have been|was)\b/i;
const PRESENT_COPULA = /\b(?:are|is|currently|presently|still|now|remain\w*)\b/i;
const RELATIVE =
  /^\s*(?:who|which|that|whom|including|mostly|most of|many of|some of|all of|both|mainly|largely|many|most)\b/i;
/** Punctuation (Urdu's comma and semicolon among it) and each language's words that end a clause. */
const CLAUSE_SPLIT = new RegExp(`[,;:()—–،؛]|\\s-\\s|${alternation((l) => l.clauseEnders)}`);
/** "two more", "another 63", "दो और", "আরও দুই": new cases, in every language. */
const INCREMENTAL_AFTER = new RegExp(`^(?:${alternation((l) => l.incremental?.after)})`, 'i');
const INCREMENTAL_BEFORE = new RegExp(`(?:${alternation((l) => l.incremental?.before)})`, 'i');
const PARTITIVE = /^\s*(?:of|out of)\s+(?:the|these|those|them)?\s*$/i;
/** Nothing after the number but the end of its line: the value of a "Label: N" item. */
const LABEL_END = /^\s*(?:[.;|]|$)/;
const REMAINS_LABEL = /\b(?:mortal remains|remains|bodies)\b|पार्थिव|शव/i;

const THE_FEW_BEFORE = /\bthe\s+$/i;
const OF_THE_FEW_BEFORE = /\b(?:of|among|between) the\s+$/i;
const THE_FEW_AFTER = /^\s+(?:men|youths|boys|brothers|friends|cousins|women|sons)\b/i;

/** Not a count of anything in the story: a year, a price, an age, a time, a date, a unit. */
export function isNotACount(text: string, m: NumberMention): boolean {
  if (m.value < 1 || m.value > 50_000) return true;
  const before = stripQualifiers(text.slice(Math.max(0, m.start - 30), m.start));
  if (m.form === 'words' && m.value === 1) return true;
  // "the two men", "the three youths": people the story has named, not a count.
  if (m.value <= 3 && THE_FEW_BEFORE.test(before) && THE_FEW_AFTER.test(text.slice(m.end, m.end + 20)))
    return true;
  // "Of the two, Binil was killed": the pair just named, not a count.
  if (m.value <= 3 && OF_THE_FEW_BEFORE.test(before) && /^\s*,/.test(text.slice(m.end, m.end + 4)))
    return true;
  const after = text.slice(m.end, m.end + 24);
  if (m.form === 'digits' && m.value >= 1900 && m.value <= 2100 && m.end - m.start === 4) {
    // A year, unless people follow: "2000 Indians"; but "the 2025 recruits" is a cohort by its year.
    if (!YEAR_AS_COUNT.test(after) || YEAR_DETERMINER.test(before)) return true;
  }
  const first = after.charCodeAt(0) === 32 ? after.charCodeAt(1) : after.charCodeAt(0);
  if (first === 37 || first === 176) return true; // % and °
  let next = nextWord(text, m.end);
  if (next === 'of' || next === 'de') {
    // "four of the states": the unit follows the partitive; "19 de septiembre" reads so too.
    let at = text.indexOf(next, m.end) + next.length;
    next = nextWord(text, at);
    if (next === 'the' || next === 'these' || next === 'those') {
      at = text.indexOf(next, at) + next.length;
      next = nextWord(text, at);
    }
  }
  if (UNIT_WORDS_AFTER.has(next) || MONTH_WORDS.has(next) || hasScriptUnitStem(next)) return true;
  if (next.startsWith('year') || next.startsWith('kilomet')) return true;
  const word = lastWord(before);
  if (isUnitBefore(before, word)) return true;
  // "Nov 08", "on July 19"; but "In July, 44 Indians ..." has a comma and is no date.
  if (MONTH_WORDS.has(word)) return true;
  // "(23)" after a name, "Asfan, 30," : an age.
  if (first === 41 && /\(\s*$/.test(before)) return true;
  if (first === 44 && m.form === 'digits' && /[A-Z][a-z]+,\s*$/.test(before.slice(-30))) return true;
  return false;
}

interface Found {
  kind: FigureKind;
  strength: number;
  distance: number;
}

/**
 * The cues of the languages of one script in one pattern, one group per slot, strongest first: one
 * pass over a window finds them all. One pattern for every language would be too big for the regular
 * expression engine to compile to machine code, and many times slower.
 */
const CUES_BY_SCRIPT = new Map<number, RegExp>();
function cuesOf(script: number, latin: number): RegExp {
  const key = script * 2 + latin;
  let re = CUES_BY_SCRIPT.get(key);
  if (!re) {
    const languages = LANGUAGES.filter(
      (l) => scriptOfLanguage(l) === script && (script !== 0 || readIn(l, 0, latin)),
    );
    const slotSource = (slot: CueSlot) => {
      const parts = languages.map((l) => l.cues[slot]).filter((s): s is string => Boolean(s));
      return parts.length > 0 ? parts.map((s) => `(?:${s})`).join('|') : '(?!)';
    };
    re = new RegExp(SLOTS.map((slot) => `(${slotSource(slot)})`).join('|'), 'gi');
    CUES_BY_SCRIPT.set(key, re);
  }
  return re;
}

function bestCue(segment: string, fromEnd: boolean, latin: number): Found | null {
  let best: Found | null = null;
  let bestPush = false;
  /** The first state cue of serving in the segment, for a push cue after it. */
  let serving: Found | null = null;
  let servingAt = -1;
  let bestAt = -1;
  const cues = cuesOf(scriptOfText(segment), latin);
  cues.lastIndex = 0;
  for (let m = cues.exec(segment); m; m = cues.exec(segment)) {
    let g = 1;
    while (m[g] === undefined) g++;
    const cue = CUES[g - 1] as Cue;
    const distance = fromEnd ? segment.length - (m.index + m[0].length) : m.index;
    if (cue.kind === 'serving' && cue.strength >= 2 && !serving) {
      serving = { kind: cue.kind, strength: cue.strength, distance };
      servingAt = m.index;
    }
    if (
      !best ||
      cue.strength > best.strength ||
      (cue.strength === best.strength && distance < best.distance)
    ) {
      best = { kind: cue.kind, strength: cue.strength, distance };
      bestPush = cue.push === true;
      bestAt = m.index;
    }
  }
  // "44 are currently serving and asked Moscow to release them": the push is the government's.
  if (!fromEnd && bestPush && serving && servingAt < bestAt) return serving;
  return best;
}

/**
 * The kind a sentence clearly speaks of ("The missing count has gone down"), by a cue stronger than
 * the weak ones ("recruited" names the whole story as often as a count): what "It stood at 16" in the
 * next sentence refers to.
 */
export function kindNamedIn(segment: string, latin = EVERY_LATIN): FigureKind | null {
  const found = bestCue(segment, true, latin);
  return found && found.strength >= 2 ? found.kind : null;
}

const SUBJECT_LAST_WORDS = words(
  'to at of is was be are were reached from stands stood recruited enlisted killed dead missing discharged released serving stuck',
);
const LICENSING_LAST_WORDS = words('the these those them of remaining');

/**
 * The words the patterns below end in ("sent", "of the", "back", "reached"): only after one of them
 * are the patterns tried, so that most numbers, whose word before is another, try none.
 */
const ADJACENT_LAST_WORDS = words(
  'sent trafficked smuggled arrested booked named nabbed detained accused at searched raided of the back home released freed rescued discharged repatriated evacuated remaining another to is was reached',
);

/** Words right before the number that settle its kind whatever follows ("mortal remains of 10"). */
const ADJACENT_BEFORE: Array<[FigureKind, RegExp]> = [
  [
    'other',
    /(?:mortal remains|remains|bodies|body|cremation|cremated|dna samples?|samples|डीएनए)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:the\s+)?$/i,
  ],
  ['other', /\b(?:sent|trafficked|smuggled)\s+$/i],
  [
    'other',
    /(?:arrested|booked|named|nabbed|detained|accused|searches at|searched|raided)\s+(?:(?:about|around|nearly|some|over|more than|at least)\s+)?$/i,
  ],
  [
    // "negotiations to bring back around 50 more": not yet back.
    'awaiting_discharge',
    /\b(?<!(?:managed|able|succeeded|helped|chance) )(?:to|will|would|could) (?:bring|get) (?:them |\w+ )?(?:back|home)\s+$|\b(?:bringing|getting) (?:them )?(?:back|home)\s+$/i,
  ],
  [
    'discharged',
    /(?:secured|ensured|facilitated|achieved|obtained|completed)\b[^.;]{0,30}\b(?:release|discharge|return)\s+of\s+(?:the\s+)?$|(?:bring|brought|bringing|get|got) (?:back|home)\s+$|(?:released|freed|rescued|discharged|repatriated|evacuated)\s+$/i,
  ],
  [
    'awaiting_discharge',
    /(?:efforts?|working|work|push\w*|press\w*|seek\w*|sought|urg\w*|demand\w*|ask\w*|on)\b[^.;]{0,40}\b(?:release|discharge|return)\s+of\s+(?:the\s+)?(?:remaining\s+|another\s+)?$/i,
  ],
  [
    'killed',
    /(?:death toll|toll|deaths?)\b[^.;]{0,60}?(?:\b(?:to|at|of|is|was|stood at|stands at|reached)|:)\s*$/i,
  ],
];
const THING_HEAD =
  /^[\s,]*(?:[\w-]+\s+){0,3}?(?:locations|places|premises|sites|firms|companies|consultanc\w*|agencies|entities|samples|FIRs|cases against)\b/i;
const OTHER_HEAD =
  /^[\s,]*(?:[\w-]+\s+){0,1}?(?:bodies|mortal remains|remains|cremations|dna samples|samples)\b|^\s*(?:\S+\s+){0,2}?(?:के पार्थिव|का अंतिम संस्कार|के शव)/i;
const ANAPHORIC_BEFORE =
  /(?:\b(?:the|this|that) (?:figure|number|count|tally|total)\b[^.;]{0,60}?|\b(?:it|this|that|which)\s+(?:had\s+|has\s+)?)\b(?:to|at|of|is|was|stood at|stands at|reached|risen to|rose to|fallen to|fell to|shrunk to|shrank to|dropped to)\s*$|(?:up|down) from\s*$/i;

/**
 * Each language's "this number" right before a figure ("यह संख्या 27 थी", "ಈ ಸಂಖ್ಯೆ 27", "সংখ্যাটা ১২৬"):
 * English's own wording is ANAPHORIC_BEFORE above.
 */
const THIS_NUMBER = new RegExp(`(?:${alternation((l) => l.thisNumber)})\\s*$`, 'i');

/** How far after a partitive's total its own cue may stand: "16 missing", "91 cases", not a verb later on. */
const DENOMINATOR_CUE_REACH = 12;

const SINCE_EVENT =
  /\bsince (?!(?:[a-z]+ )?(?:19|20)\d\d|(?:the |russia's )?(?:war|start|beginning|conflict|invasion|outbreak|full-scale)|it began|(?:been|then|become|had|have)\b)\S/i;
const EVENT_KINDS = new Set<string>(['killed', 'discharged', 'recruited_total']);

export interface ClassifyContext {
  text: string;
  /** The languages of English's script the page is read in (`latinOf`). */
  latin: number;
  sentence: Span;
  prev: NumberMention | undefined;
  next: NumberMention | undefined;
  /** The mention after `next`, used when `next` is a partitive's total ("eight of the 91 died"). */
  afterNext: NumberMention | undefined;
}

const CLAUSE_SPLIT_ALL = new RegExp(CLAUSE_SPLIT.source, 'g');

/**
 * The first clause after the number that holds a cue decides; relative clauses are skipped. Clauses
 * are cut one at a time, as `split` would cut them, and no further than the deciding one.
 */
function cueAfter(after: string, latin: number): { found: Found; clauseEnd: number; at: number } | null {
  let from = 0;
  let aside: { found: Found; clauseEnd: number; at: number } | null = null;
  CLAUSE_SPLIT_ALL.lastIndex = 0;
  for (let i = 0; from <= after.length; i++) {
    const sep = CLAUSE_SPLIT_ALL.exec(after);
    const to = sep ? sep.index : after.length;
    const part = after.slice(from, to);
    const partStart = from;
    from = sep ? sep.index + sep[0].length : after.length + 1;
    if (i > 0 && RELATIVE.test(part)) continue;
    if (i > 0 && /^\s*(?:out of|of whom|of which|of them|of these|among them)\b/i.test(part)) break;
    const cue = bestCue(part, false, latin);
    if (!cue) continue;
    const found = { found: cue, clauseEnd: partStart + part.length, at: partStart + cue.distance };
    // "Двенадцать граждан Индии, завербованных в российскую армию, погибли": a weak cue in a clause
    // set off by commas after the number's own gives way to a stronger one in the clause after it.
    if (i > 0 && cue.strength <= 1 && !aside) {
      aside = found;
      continue;
    }
    if (aside && cue.strength <= aside.found.strength) return aside;
    return found;
  }
  return aside;
}

/**
 * Kind and subject of a number that `isNotACount` has let through (the caller asks it first, for
 * each end of a range), or null when it counts nothing.
 */
export function classifyMention(m: NumberMention, ctx: ClassifyContext): Classified | null {
  const { text, sentence, latin } = ctx;
  const rawBefore = text.slice(Math.max(sentence.start, ctx.prev?.end ?? 0, m.start - 160), m.start);
  const before = stripQualifiers(rawBefore);
  let afterEnd = Math.min(sentence.end, m.end + 220);
  let partitive = false;
  if (ctx.next && ctx.next.start < afterEnd) {
    const between = text.slice(m.end, ctx.next.start);
    if (PARTITIVE.test(between)) {
      partitive = true;
      afterEnd = Math.min(afterEnd + 60, sentence.end, ctx.afterNext?.start ?? Number.POSITIVE_INFINITY);
    } else {
      afterEnd = ctx.next.start;
    }
  }
  const afterRaw = text.slice(m.end, afterEnd);
  // In a partitive the total's own number is not part of this figure's clause.
  const after =
    partitive && ctx.next ? afterRaw.replace(text.slice(ctx.next.start, ctx.next.end), ' ') : afterRaw;

  const isDenominator = ctx.prev !== undefined && PARTITIVE.test(text.slice(ctx.prev.end, m.start));
  const before110 = before.slice(-110);
  // The patterns that read the words right before the number all end in one of a few words; the
  // last word decides cheaply whether they can match at all.
  const [lastStart] = lastWordStarts(before, 1);
  const last = lastStart === undefined ? '' : before.slice(lastStart).trimEnd().toLowerCase();
  const endsLikeSubject = SUBJECT_LAST_WORDS.has(last) || before.trimEnd().endsWith(':');
  const subjectBefore = endsLikeSubject && SUBJECT_BEFORE.test(before110);
  // Read only where the word before the number is of another script than English's: English pays nothing.
  const thisNumber = last.charCodeAt(0) >= 0x0600 && THIS_NUMBER.test(before110);
  // "Died: 12", "Still in the Russian armed forces: 18": a list item's label names the figure.
  const labelled = before.trimEnd().endsWith(':') && LABEL_END.test(afterRaw);
  const licensed =
    labelled ||
    partitive ||
    subjectBefore ||
    thisNumber ||
    (endsLikeSubject && ANAPHORIC_BEFORE.test(before110)) ||
    PEOPLE_NOUN.test(after) ||
    BARE_VERB.test(after) ||
    (LICENSING_LAST_WORDS.has(last) && LICENSING_BEFORE.test(before.slice(-45))) ||
    SCRIPT_HEAD.test(after) ||
    COUNT_HEAD.test(after) ||
    NATIONALS_HEAD(after, latin).test(after);
  if (!licensed && !isDenominator) return null;

  let kind: FigureKind | 'inherit' | null = null;
  let strength = 0;
  let clauseEnd = m.end;
  const near = before.slice(-90);
  const adjacent = ADJACENT_LAST_WORDS.has(last)
    ? ADJACENT_BEFORE.find(([, re]) => re.test(near))
    : undefined;
  const label = labelled ? before.slice(before.lastIndexOf('|') + 1) : '';
  if (OTHER_HEAD.test(after) || THING_HEAD.test(after) || REMAINS_LABEL.test(label)) kind = 'other';
  else if (adjacent) kind = adjacent[0];
  else if (OTHER_BEFORE.test(near.slice(-60))) kind = 'other';
  if (kind) strength = 5;
  else {
    // "The number of Indians serving ... has risen to 44": the subject lies before the number, so the
    // words before decide. Otherwise the verb after it does, unless only a weak cue follows.
    let chosen: Found | null = null;
    // A label reads from its start: "Indians identified in the Russian armed forces: 127".
    if (labelled) chosen = bestCue(label, false, latin);
    else if (subjectBefore) chosen = bestCue(before, true, latin) ?? cueAfter(after, latin)?.found ?? null;
    else if (thisNumber) {
      // "लापता लोगों की यह संख्या 16 है": the kind its own sentence names before it, or a death or a
      // disappearance after it; "यह संख्या 27 थी" alone takes the one named before (below), whatever
      // copula follows ("ये आंकड़े 27 थे" is no count of men who were there).
      const b = bestCue(before, true, latin);
      const a = b && b.strength >= 2 ? null : cueAfter(after, latin);
      chosen = b && b.strength >= 2 ? b : a && a.found.strength >= 3 ? a.found : null;
      if (a && chosen === a.found) clauseEnd = m.end + a.clauseEnd;
    } else {
      // A partitive's total ("3 out of 14 who went ... died") takes a cue right beside it ("16
      // missing"), not the verb of the part counted out of it.
      const found = cueAfter(after, latin);
      const a = isDenominator && found && found.at > DENOMINATOR_CUE_REACH ? null : found;
      if (a && a.found.strength >= 2) {
        chosen = a.found;
        clauseEnd = m.end + a.clauseEnd;
      } else {
        const b = bestCue(before, true, latin);
        if (a && (!b || b.strength <= a.found.strength)) {
          chosen = a.found;
          clauseEnd = m.end + a.clauseEnd;
        } else chosen = b;
      }
    }
    if (chosen) {
      kind = chosen.kind;
      strength = chosen.strength;
    }
  }
  if (!kind) {
    if (isDenominator) kind = 'recruited_total';
    else if (thisNumber || (endsLikeSubject && ANAPHORIC_BEFORE.test(before110))) kind = 'inherit';
    else return null;
  }

  if (strength <= 1 && kind === 'serving' && /in the russian|with the russian/i.test(after)) {
    // "There were 127 Indian nationals in the Russian armed forces, out of which ..." is a total.
    const copula = `${before.slice(-40)} ${after.slice(0, 60)}`;
    if (TOTAL_MARKER.test(after) || (PAST_COPULA.test(copula) && !PRESENT_COPULA.test(copula))) {
      kind = 'recruited_total';
    }
  }

  const subjectWindow = `${before.slice(-40)} ${after.slice(0, 50)}`;
  let subject: Subject = 'indian';
  if (
    OTHER_NATIONALITY(subjectWindow, latin).test(subjectWindow) &&
    !INDIAN_WORD(after, latin).test(after.slice(0, 30))
  )
    subject = 'other_nationality';
  else if (FOREIGN.test(subjectWindow) && !INDIAN(subjectWindow, latin).test(subjectWindow))
    subject = 'unknown';
  else if (
    kind === 'other' &&
    (THING_HEAD.test(after) ||
      /arrest|booked|accused|traffickers|searche?s?|गिरफ्तार|आरोपि|तस्कर|संस्था/i.test(subjectWindow)) &&
    !INDIAN(after, latin).test(after.slice(0, 30))
  )
    subject = 'unknown';

  // New cases, not a running total: "two more were killed", "35 released since the PM's visit". Only
  // events count so: "seven more are listed as missing" and "another 63 are seeking discharge" are
  // states, and "202 recruited since 2022" or "since the war began" is the running total.
  const incremental =
    EVENT_KINDS.has(kind) &&
    (SINCE_EVENT.test(after) ||
      INCREMENTAL_AFTER.test(after) ||
      INCREMENTAL_BEFORE.test(rawBefore.slice(-20)));
  return {
    kind,
    subject,
    denominator: isDenominator,
    incremental,
    clause: {
      start: Math.max(sentence.start, m.start),
      end: Math.max(m.end, Math.min(sentence.end, clauseEnd)),
    },
  };
}
