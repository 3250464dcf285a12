import type { Qualifier } from './figure-types';
import { alternation, countSuffixes, LANGUAGES, numberWords } from './languages';
import { NUMBER_WORDS } from './languages/number-words';
import { wordTrie } from './languages/word-trie';
import { isAsciiLetter } from './text/char-codes';
import { phraseBefore, wordsBefore } from './words-before';

/** A number as written in the text, before anyone decides whether it counts people. */
export interface NumberMention {
  /** Start of the number itself (modifiers such as "at least" lie before it). */
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  form: 'digits' | 'words';
  /** Set on the two ends of a range such as "35 to 50". */
  range?: 'low' | 'high';
  /** "20-odd". */
  odd?: boolean;
}

/** English number words, from n2words (utils/engine/languages/number-words.ts): one to nineteen, and the tens. */
const EN_CARDINALS = Object.entries(NUMBER_WORDS.en?.cardinals ?? {});
const UNITS: Record<string, number> = Object.fromEntries(EN_CARDINALS.filter(([, v]) => v < 20));
const TENS: Record<string, number> = Object.fromEntries(
  EN_CARDINALS.filter(([w, v]) => v >= 20 && v % 10 === 0 && !w.includes(' ')),
);

const WORD_ALTERNATION = [...Object.keys(TENS), ...Object.keys(UNITS), 'hundreds?', 'dozens?'].join('|');

/**
 * Number words of every other language (n2words' spellings and each language's own forms), looked up
 * whole: a number word in an Indian script or in Urdu is a whole word, or a word with a suffix its
 * language glues to counts ("పది" + "మంది", ten people).
 */
const WORD_VALUES = numberWords();
for (const w of Object.keys(UNITS).concat(Object.keys(TENS))) WORD_VALUES.delete(w);
/** Cyrillic words are looked up lower-cased ("Семеро" as "семеро"). */
for (const [w, v] of [...WORD_VALUES]) if (/[\u0400-\u04FF]/.test(w)) WORD_VALUES.set(w.toLowerCase(), v);
/** A letter of the Latin script, accented ones included: the letters of Spanish number words. */
const LATIN_LETTER = /[a-z\u00C0-\u00FF]/i;
/**
 * Number words in the Latin script of languages other than English ("seis", "veintiséis", "treinta y
 * seis"): the first words they begin with, for NUMBER_START, longest first.
 */
const LATIN_FIRST = [
  ...new Set(
    [...WORD_VALUES.keys()]
      .filter((w) => /^[a-z\u00C0-\u00FF' ]+$/i.test(w))
      .map((w) => (w.includes(' ') ? w.slice(0, w.indexOf(' ')) : w)),
  ),
].sort((a, b) => b.length - a.length);
/** The first words of the numbers spelled in two words ("ఇరవై" of "ఇరవై ఆరు"). */
const PAIR_FIRST = new Set(
  [...WORD_VALUES.keys()].filter((w) => w.includes(' ')).map((w) => w.slice(0, w.indexOf(' '))),
);
/** "सौ", "শত", "நூறு" ...: after a number word, a hundred of them. */
const HUNDRED_WORDS = new Set(
  Object.entries(NUMBER_WORDS)
    .filter(([code]) => code !== 'en')
    .flatMap(([, n]) => [n.hundred.normalize('NFC'), n.hundred.normalize('NFD')]),
);
const COUNT_SUFFIXES = countSuffixes();
/** Thousand, lakh, crore ... in every language (n2words'), both Unicode forms, English lower-cased. */
const MULTIPLIERS = new Map<string, number>(
  Object.values(NUMBER_WORDS).flatMap((n) =>
    Object.entries(n.multipliers).flatMap(
      ([w, by]): Array<[string, number]> => [
        [w.normalize('NFC'), by],
        [w.normalize('NFD'), by],
      ],
    ),
  ),
);

/** A multiplier word at `i` ("लाख", "thousand"), with where it ends. */
function multiplierAt(text: string, i: number): { by: number; end: number } | null {
  let j = i;
  while (j < text.length && (isScriptLetter(text.charCodeAt(j)) || isAsciiLetter(text.charCodeAt(j)))) j++;
  if (j === i) return null;
  const by = MULTIPLIERS.get(text.slice(i, j).toLowerCase());
  return by === undefined ? null : { by, end: j };
}
/** The count suffixes by their last code unit, longest first: most words end in none of them. */
const SUFFIXES_BY_LAST = new Map<number, string[]>();
for (const s of COUNT_SUFFIXES) {
  const last = s.charCodeAt(s.length - 1);
  const list = SUFFIXES_BY_LAST.get(last);
  if (list) list.push(s);
  else SUFFIXES_BY_LAST.set(last, [s]);
}
/** Number words that are also common words: read only as a count of people (`numbers.ambiguous`). */
const AMBIGUOUS = new Set(
  LANGUAGES.flatMap((l) =>
    (l.numbers?.ambiguous ?? []).flatMap((w) => [w.normalize('NFC'), w.normalize('NFD')]),
  ),
);
/** What makes an ambiguous number word a count: a count suffix as a word, or a word for people. */
const PEOPLE_AFTER = new RegExp(
  `^(?:${[...COUNT_SUFFIXES].join('|') || '(?!)'}|${alternation((l) => l.subject?.indianWord)}|${alternation((l) => l.topic.localPerson)})`,
  'i',
);

/** The digits of every script news on this story is written in, by their zero: 0 to 9 follow it. */
const ZEROS = [0x30, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66];
const DIGIT_CLASS = ZEROS.map(
  (z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`,
).join('');

/** The value of a digit of any of those scripts, or -1. */
function digitOf(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x0660) return -1;
  for (const z of ZEROS) if (c >= z && c <= z + 9) return c - z;
  return -1;
}

/**
 * A letter or mark of an Indian script, of Arabic script or of Cyrillic (digits and sentence marks
 * excluded).
 */
function isScriptLetter(c: number): boolean {
  if (c === 0x200c || c === 0x200d) return true; // joiners inside a word
  if (c >= 0x0900 && c <= 0x0dff) return digitOf(c) < 0 && c !== 0x0964 && c !== 0x0965;
  if (c >= 0x0620 && c <= 0x06ff) return digitOf(c) < 0 && c !== 0x06d4;
  return isCyrillic(c);
}

function isCyrillic(c: number): boolean {
  return c >= 0x0400 && c <= 0x04ff;
}

/** ' ’ ʼ: inside a Ukrainian word ("п'ять", "сімʼя"), between two Cyrillic letters. */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x02bc;
}

/** Every number word of the Latin script a number may begin with, as one pattern of shared beginnings. */
const LATIN_WORDS = wordTrie([
  ...Object.keys(TENS),
  ...Object.keys(UNITS),
  ...['hundred', 'hundreds', 'dozen', 'dozens'],
  ...LATIN_FIRST,
]);

/**
 * Where a number may begin: a digit of any script, an English number word, or a word of another script
 * (a letter, then the look back: most places of a text are not such a letter, and pay nothing more).
 */
const NUMBER_START = new RegExp(
  `[${DIGIT_CLASS}]|\\b(?:${LATIN_WORDS})\\b|[\\u0900-\\u0DFF\\u0620-\\u06FF](?<![\\u0900-\\u0DFF\\u0620-\\u06FF\\u200C\\u200D].)|[\\u0400-\\u04FF](?<![\\u0400-\\u04FF'\\u2019\\u02BC].)`,
  'gi',
);
const DIGITS = new RegExp(`[${DIGIT_CLASS}]+(?:,[${DIGIT_CLASS}]{2,3})*(?:\\.[0-9]+)?`, 'y');
const WORD = new RegExp(`(?:${WORD_ALTERNATION}|thousand|and|a)\\b`, 'iy');
const JOINER = /[ -]|\s+and\s+/y;

function isAsciiDigits(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return raw.length > 0;
}

function digitValue(raw: string): number | null {
  if (raw.length <= 6 && isAsciiDigits(raw)) return Number(raw);
  const ascii = toAscii(raw);
  if (ascii.includes('.')) return null; // people are not counted in fractions
  // Commas must group as Western (1,426) or Indian (1,25,000) thousands.
  if (ascii.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(ascii) && !/^\d{1,2}(?:,\d{2})*,\d{3}$/.test(ascii))
    return null;
  const n = Number(ascii.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Digits of any script as ASCII digits. */
function toAscii(raw: string): string {
  let s = '';
  for (let i = 0; i < raw.length; i++) {
    const d = digitOf(raw.charCodeAt(i));
    s += d >= 0 ? String(d) : raw[i];
  }
  return s;
}

interface WordParse {
  end: number;
  value: number;
  qualifier: Qualifier;
}

/** Reads "Forty five", "one hundred and twenty-six", "two dozen", "dozens" starting at `start`. */
function parseWords(text: string, start: number): WordParse | null {
  let pos = start;
  let total = 0;
  let current = 0;
  let end = start;
  let sawNumber = false;
  let qualifier: Qualifier = 'exact';
  let lastWasTens = false;
  for (let guard = 0; guard < 12; guard++) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m) break;
    const w = m[0].toLowerCase();
    if (w === 'and' || w === 'a') {
      // "a" only before hundred/dozen; "and" only inside "hundred and six".
      if (w === 'a' && sawNumber) break;
      if (w === 'and' && !(sawNumber && current >= 100)) break;
      pos = m.index + m[0].length;
      JOINER.lastIndex = pos;
      const j = JOINER.exec(text);
      if (!j) break;
      pos = j.index + j[0].length;
      if (w === 'a') current = Math.max(current, 1);
      continue;
    }
    if (w in UNITS) {
      if (sawNumber && current % 100 !== 0 && !lastWasTens) break; // "five six" is two numbers
      if (lastWasTens && (UNITS[w] as number) >= 10) break;
      current += UNITS[w] as number;
      lastWasTens = false;
    } else if (w in TENS) {
      if (sawNumber && current % 100 !== 0) break;
      current += TENS[w] as number;
      lastWasTens = true;
    } else if (w === 'hundred' || w === 'thousand') {
      current = Math.max(current, 1) * (w === 'hundred' ? 100 : 1000);
      if (w === 'thousand') {
        total += current;
        current = 0;
      }
      lastWasTens = false;
    } else if (w === 'dozen') {
      // "several dozen", "a few dozen" are "dozens"; "a dozen", "two dozen" about 12 a dozen.
      const several =
        !sawNumber && current === 0 && SEVERAL_BEFORE.test(text.slice(Math.max(0, start - 12), start));
      current = several ? 24 : Math.max(current, 1) * 12;
      qualifier = several ? 'at_least' : 'approx';
      sawNumber = true;
      end = m.index + m[0].length;
      break;
    } else if (w === 'dozens' || w === 'hundreds') {
      if (sawNumber) break;
      current = w === 'dozens' ? 24 : 200;
      qualifier = 'at_least';
      sawNumber = true;
      end = m.index + m[0].length;
      break;
    }
    sawNumber = true;
    end = m.index + m[0].length;
    pos = end;
    JOINER.lastIndex = pos;
    const j = JOINER.exec(text);
    if (!j) break;
    pos = j.index + j[0].length;
  }
  if (!sawNumber) return null;
  return { end, value: total + current, qualifier };
}

const BETWEEN_BEFORE = /\bbetween\s+$/i;
const SEVERAL_BEFORE = /\b(?:several|a few|many|some)\s+$/i;

/** "about", "at least", "लगभग", "कम से कम" ... right before a number, in every language. */
const QUALIFIER_PHRASES = new Map<string, Qualifier>(
  LANGUAGES.flatMap((l) => (l.qualifiers ?? []).map(([w, q]): [string, Qualifier] => [w, q])),
);

/** Last words of the qualifier phrases: most numbers follow none of them and need no closer look. */
const QUALIFIER_LAST_WORDS = new Set(
  [...QUALIFIER_PHRASES.keys()].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
);

function qualifierBefore(text: string, start: number): Qualifier | null {
  const [last] = wordsBefore(text, start, 1);
  if (last === undefined || !QUALIFIER_LAST_WORDS.has(last.replace(/^[("'“‘[]+/, ''))) return null;
  return phraseBefore(wordsBefore(text, start, 3), QUALIFIER_PHRASES)?.[0] ?? null;
}

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** "st", "nd", "rd", "th" right after a number, not followed by a letter: an ordinal. */
function ordinalAt(text: string, i: number): boolean {
  const a = lower(text.charCodeAt(i));
  const b = lower(text.charCodeAt(i + 1));
  const pair =
    (a === 115 && b === 116) ||
    (a === 110 && b === 100) ||
    (a === 114 && b === 100) ||
    (a === 116 && b === 104);
  return pair && !isAsciiLetter(text.charCodeAt(i + 2));
}

function isDigitCode(c: number): boolean {
  return digitOf(c) >= 0;
}

/** A date such as 2025-11-08, 08/11/2025 or 8.11.2025: never a count. */
const NUMERIC_DATE = /[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}/y;
/** Clock times such as 7:00. */
const ODD_AFTER = /^[- ]odd\b/i;
/** "20+", "20-plus", "150 से ज़्यादा": more than the number, in every language (qualifiersAfter). */
const PLUS_AFTER = new RegExp(`^(?:\\+|${alternation((l) => l.qualifiersAfter)})`, 'i');
/** "50 के करीब": about the number. */
const APPROX_AFTER = new RegExp(`^(?:${alternation((l) => l.approxAfter)})`, 'i');
/** How much text after a number the longest of them needs (" से ज़्यादा" is 11 code units). */
const PLUS_WINDOW = 16;
const RANGE_JOIN = new RegExp(`^(?:\\s*(?:to|-|–|—|and|or)\\s*|${alternation((l) => l.rangeJoiners)})`, 'i');

/**
 * Finds every number in `text` with its qualifier, reading digits (Western and Indian grouping,
 * Devanagari), number words, dozen forms, "-odd" and ranges. It does not decide whether a number
 * counts people: that is the classifier's job.
 */
export function readNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  NUMBER_START.lastIndex = 0;
  let m: RegExpExecArray | null = NUMBER_START.exec(text);
  while (m) {
    const start = m.index;
    const parsed = parseAt(text, start);
    if (!parsed) {
      NUMBER_START.lastIndex = start + Math.max(1, m[0].length);
      m = NUMBER_START.exec(text);
      continue;
    }
    if (parsed.skipTo !== undefined) {
      NUMBER_START.lastIndex = parsed.skipTo;
      m = NUMBER_START.exec(text);
      continue;
    }
    const mention = parsed.mention as NumberMention;
    // Ranges: "35 to 50", "20-25", "between 70 and 100", "50, 60 or 100" is left as three numbers.
    const c = text.charCodeAt(mention.end);
    const join =
      c === 32 || c === 45 || c === 8211 || c === 8212 || isScriptLetter(c)
        ? RANGE_JOIN.exec(text.slice(mention.end, mention.end + 16))
        : null;
    if (join) {
      const joiner = join[0].trim().toLowerCase();
      const joinOk =
        joiner === 'and'
          ? BETWEEN_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start))
          : joiner !== 'or';
      const second = joinOk ? parseAt(text, mention.end + join[0].length) : null;
      const high = second?.mention;
      if (high && high.value > mention.value && high.qualifier !== 'at_least') {
        mention.qualifier = 'at_least';
        mention.range = 'low';
        high.qualifier = 'at_most';
        high.range = 'high';
        out.push(mention, high);
        NUMBER_START.lastIndex = high.end;
        m = NUMBER_START.exec(text);
        continue;
      }
    }
    out.push(mention);
    NUMBER_START.lastIndex = mention.end;
    m = NUMBER_START.exec(text);
  }
  return out;
}

interface ParseResult {
  mention?: NumberMention;
  /** Set when the text at this point is a thing to step over whole (a date like 2025-11-08). */
  skipTo?: number;
}

function parseAt(text: string, start: number): ParseResult | null {
  const ch = text.charCodeAt(start);
  const isDigit = isDigitCode(ch);
  let end: number;
  let value: number;
  let qualifier: Qualifier = 'exact';
  let form: NumberMention['form'];
  if (isDigit) {
    // Part of a code such as S-400, Su-30MKI, G20, कोविड-19: not a count.
    const prev = text.charCodeAt(start - 1);
    const beforeHyphen = text.charCodeAt(start - 2);
    if (
      start > 0 &&
      (isAsciiLetter(prev) || (prev === 45 && (isAsciiLetter(beforeHyphen) || isScriptLetter(beforeHyphen))))
    ) {
      return { skipTo: skipDigits(text, start) };
    }
    const sep = text.charCodeAt(start + 1);
    const sep2 = text.charCodeAt(start + 2);
    if (
      sep === 45 ||
      sep === 47 ||
      sep === 46 ||
      sep2 === 45 ||
      sep2 === 47 ||
      sep2 === 46 ||
      isDigitCode(sep2)
    ) {
      NUMERIC_DATE.lastIndex = start;
      const date = NUMERIC_DATE.exec(text);
      if (date) return { skipTo: start + date[0].length };
    }
    DIGITS.lastIndex = start;
    const d = DIGITS.exec(text);
    if (!d) return null;
    end = start + d[0].length;
    // Trailing sentence punctuation is not a decimal point.
    const v = digitValue(d[0]);
    if (v === null) return { skipTo: end };
    if (isAsciiLetter(text.charCodeAt(end)) && !ordinalAt(text, end)) {
      return { skipTo: skipWord(text, end) };
    }
    value = v;
    form = 'digits';
  } else if (isScriptLetter(ch)) {
    const w = scriptWordAt(text, start);
    if (!w) return null;
    end = w.end;
    value = w.value;
    form = 'words';
  } else {
    const w = parseWords(text, start) ?? latinWordAt(text, start);
    if (!w) return null;
    // "a hundred", "a dozen": include the article.
    end = w.end;
    value = w.value;
    qualifier = w.qualifier;
    form = 'words';
  }
  // "5 हज़ार", "दो लाख", "3 thousand": the word after multiplies the number.
  if (text.charCodeAt(end) === 32) {
    const after = multiplierAt(text, end + 1);
    if (after) {
      value *= after.by;
      end = after.end;
    }
  }
  if (ordinalAt(text, end)) return { skipTo: end + 2 };
  const next = text.charCodeAt(end);
  if (next === 58 && isDigitCode(text.charCodeAt(end + 1))) return { skipTo: skipDigits(text, end + 1) }; // 7:00
  let realEnd = end;
  if ((next === 45 || next === 32) && ODD_AFTER.test(text.slice(end, end + 5))) {
    qualifier = 'approx';
    realEnd = end + 4;
  } else if (next === 43 || next === 45 || next === 32 || isScriptLetter(next)) {
    // "20+", "20-plus", "150 से ज़्यादा", and in scripts that glue them on, "200થી વધુ".
    const rest = text.slice(end, end + PLUS_WINDOW);
    if (next === 43 || PLUS_AFTER.test(rest)) qualifier = 'at_least';
    else if (next !== 45 && APPROX_AFTER.test(rest)) qualifier = 'approx';
  }
  let realStart = start;
  if (form === 'words') {
    // "a hundred" / "a dozen" / "half a dozen"
    const lead = text.slice(Math.max(0, start - 9), start);
    const half = /\bhalf a\s+$/i.exec(lead);
    if (half && value === 12) {
      value = 6;
      realStart = start - half[0].length;
    } else if (/\ba\s+$/i.test(lead) && (value === 100 || value === 12 || value === 1000)) {
      realStart = start - (lead.length - lead.search(/a\s+$/i));
    }
  }
  const before = qualifierBefore(text, realStart);
  if (before && qualifier === 'exact') qualifier = before;
  else if (before && qualifier === 'approx' && before !== 'approx') qualifier = before;
  const mention: NumberMention = { start: realStart, end: realEnd, value, qualifier, form };
  if (realEnd > end) mention.odd = true;
  return { mention };
}

function skipDigits(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); isDigitCode(c) || c === 44 || c === 46; c = text.charCodeAt(++j));
  return skipWord(text, j);
}

function skipWord(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); isAsciiLetter(c) || (c >= 48 && c <= 57); c = text.charCodeAt(++j));
  return Math.max(j, i + 1);
}

/** The end of the word of a script's letters starting at `i` (a Cyrillic word with its apostrophe). */
function scriptWordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && isScriptLetter(text.charCodeAt(j))) j++;
    if (
      isApostrophe(text.charCodeAt(j)) &&
      isCyrillic(text.charCodeAt(j - 1)) &&
      isCyrillic(text.charCodeAt(j + 1))
    ) {
      j++;
      continue;
    }
    return j;
  }
}

/** A word as the number tables spell it: Cyrillic lower-cased, its apostrophe the ASCII one. */
function tableForm(word: string): string {
  return isCyrillic(word.charCodeAt(0)) ? word.toLowerCase().replace(/[\u2019\u02BC]/g, "'") : word;
}

/** The end of a word of Latin letters starting at `i`. */
function latinWordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && LATIN_LETTER.test(text[j] as string)) j++;
  return j;
}

/**
 * A number word in the Latin script of another language than English at `start`: "seis", "veintiséis",
 * "treinta y seis", "doscientos dos".
 */
function latinWordAt(text: string, start: number): WordParse | null {
  const words: Array<{ word: string; end: number }> = [];
  let at = start;
  for (let k = 0; k < 5; k++) {
    const e = latinWordEnd(text, at);
    if (e === at) break;
    words.push({ word: text.slice(at, e).toLowerCase(), end: e });
    if (text.charCodeAt(e) !== 32) break;
    at = e + 1;
  }
  /** The longest number of one to three words from word `i`. */
  const longest = (i: number): { value: number; next: number } | null => {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const key = words
        .slice(i, i + n)
        .map((w) => w.word)
        .join(' ');
      const v = WORD_VALUES.get(key);
      if (v !== undefined) return { value: v, next: i + n };
    }
    return null;
  };
  const first = longest(0);
  if (!first) return null;
  // "once" is eleven in Spanish and a word in English: a number only before a word for people.
  const after = words[first.next];
  if (AMBIGUOUS.has(words[0]?.word ?? '') && !(after && PEOPLE_AFTER.test(after.word))) return null;
  let value = first.value;
  let next = first.next;
  // "doscientos dos", "ciento veinte": hundreds written as one word, and what follows them.
  if (value >= 100 && value < 1000 && value % 100 === 0) {
    const rest = longest(next);
    if (rest && rest.value < 100) {
      value += rest.value;
      next = rest.next;
    }
  }
  return { end: (words[next - 1] as { end: number }).end, value, qualifier: 'exact' };
}

/** The value of one word: a number word, or one with a count suffix glued on ("పదిమంది"). */
function wordValue(word: string): number | undefined {
  const whole = WORD_VALUES.get(word);
  if (whole !== undefined) return whole;
  for (const suffix of SUFFIXES_BY_LAST.get(word.charCodeAt(word.length - 1)) ?? []) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const v = WORD_VALUES.get(word.slice(0, -suffix.length));
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/**
 * A number word of an Indian script or of Urdu at `start`: one word ("सात", "ఏడుగురు"), two that make
 * one number ("ఇరవై ఆరు", twenty-six), or hundreds ("दो सौ दो").
 */
function scriptWordAt(text: string, start: number): { end: number; value: number } | null {
  const end1 = scriptWordEnd(text, start);
  const w1 = tableForm(text.slice(start, end1));
  const first = wordValue(w1);
  // Most words are no number and begin none: nothing more to read.
  if (first === undefined && !PAIR_FIRST.has(w1)) return null;
  const next = (from: number) => {
    if (text.charCodeAt(from) !== 32 || !isScriptLetter(text.charCodeAt(from + 1))) return null;
    const e = scriptWordEnd(text, from + 1);
    return { word: tableForm(text.slice(from + 1, e)), end: e };
  };
  const n1 = next(end1);
  // Two words that make one number: n2words spells 26 in Telugu and 98 in Tamil so.
  if (n1 && PAIR_FIRST.has(w1)) {
    const pair = WORD_VALUES.get(`${w1} ${n1.word}`);
    if (pair !== undefined) return { end: n1.end, value: pair };
  }
  if (first === undefined) return null;
  // "নয়" alone is "is not"; "নয় জন", "নয়জন" are nine people.
  if (AMBIGUOUS.has(w1) && !(n1 && PEOPLE_AFTER.test(n1.word))) return null;
  if (n1 && first < 10 && HUNDRED_WORDS.has(n1.word)) {
    // "दो सौ दो": hundreds, and what follows them.
    let value = first * 100;
    let end = n1.end;
    const n2 = next(end);
    const rest = n2 ? wordValue(n2.word) : undefined;
    if (n2 && rest !== undefined && rest < 100) {
      value += rest;
      end = n2.end;
    }
    return { end, value };
  }
  if (n1 && first >= 100 && first < 1000 && first % 100 === 0) {
    // "двісті два", "сто двадцять шість": hundreds written as one word, and what follows them.
    const n2 = next(n1.end);
    const pair = n2 ? WORD_VALUES.get(`${n1.word} ${n2.word}`) : undefined;
    const rest = pair ?? wordValue(n1.word);
    if (rest !== undefined && rest < 100)
      return { end: pair !== undefined ? (n2 as { end: number }).end : n1.end, value: first + rest };
  }
  return { end: end1, value: first };
}
