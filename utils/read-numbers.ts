import { isAsciiLetter } from './char-codes';
import type { Qualifier } from './figure-types';
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

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const WORD_ALTERNATION = [...Object.keys(TENS), ...Object.keys(UNITS), 'hundreds?', 'dozens?'].join('|');

/** Hindi number words as news writes them ("आठ भारतीयों की जान जा चुकी है"). */
const HINDI_WORDS: Record<string, number> = {
  दो: 2,
  तीन: 3,
  चार: 4,
  पांच: 5,
  पाँच: 5,
  छह: 6,
  छः: 6,
  सात: 7,
  आठ: 8,
  नौ: 9,
  दस: 10,
  ग्यारह: 11,
  बारह: 12,
  तेरह: 13,
  चौदह: 14,
  पंद्रह: 15,
  सोलह: 16,
  सत्रह: 17,
  अठारह: 18,
  उन्नीस: 19,
  बीस: 20,
  पच्चीस: 25,
  तीस: 30,
  चालीस: 40,
  पचास: 50,
  साठ: 60,
  सत्तर: 70,
  अस्सी: 80,
  नब्बे: 90,
  सौ: 100,
};
/** Longest first, so that "पच्चीस" is not read as a shorter word. */
const HINDI_ALTERNATION = Object.keys(HINDI_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const HINDI_WORD = new RegExp(`(?:${HINDI_ALTERNATION})(?![\\u0900-\\u097F])`, 'y');
const isDevanagariLetter = (c: number) => c >= 0x0900 && c <= 0x097f && !(c >= 0x0966 && c <= 0x096f);

/** Where a number may begin: a digit (Western or Devanagari) or a number word. */
const NUMBER_START = new RegExp(
  `[0-9\\u0966-\\u096F]|\\b(?:${WORD_ALTERNATION})\\b|(?:${HINDI_ALTERNATION})(?![\\u0900-\\u097F])`,
  'gi',
);
const DIGITS = /[0-9\u0966-\u096F]+(?:,[0-9\u0966-\u096F]{2,3})*(?:\.[0-9]+)?/y;
const WORD = new RegExp(`(?:${WORD_ALTERNATION}|thousand|and|a)\\b`, 'iy');
const JOINER = /[ -]|\s+and\s+/y;

const DEVANAGARI_ZERO = 0x0966;

function isAsciiDigits(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return raw.length > 0;
}

function digitValue(raw: string): number | null {
  if (raw.length <= 6 && isAsciiDigits(raw)) return Number(raw);
  let s = '';
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (code >= DEVANAGARI_ZERO && code <= DEVANAGARI_ZERO + 9) s += String(code - DEVANAGARI_ZERO);
    else if (ch !== ',') s += ch;
  }
  if (s.includes('.')) return null; // people are not counted in fractions
  // Commas must group as Western (1,426) or Indian (1,25,000) thousands.
  if (
    raw.includes(',') &&
    !/^\d{1,3}(?:,\d{3})+$/.test(toAscii(raw)) &&
    !/^\d{1,2}(?:,\d{2})*,\d{3}$/.test(toAscii(raw))
  )
    return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function toAscii(raw: string): string {
  return raw.replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_ZERO));
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
      current = Math.max(current, 1) * 12;
      qualifier = 'approx';
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

const QUALIFIER_PHRASES = new Map<string, Qualifier>([
  ...'about around nearly almost roughly approximately approx approx. some estimated reportedly'
    .split(' ')
    .map((w): [string, Qualifier] => [w, 'approx']),
  ['close to', 'approx'],
  ...'लगभग करीब क़रीब तकरीबन तक़रीबन'.split(' ').map((w): [string, Qualifier] => [w, 'approx']),
  ['कम से कम', 'at_least'],
  ['an estimated', 'approx'],
  ...[
    'at least',
    'over',
    'more than',
    'a minimum of',
    'upwards of',
    'no fewer than',
    'no less than',
    'not less than',
    'in excess of',
  ].map((w): [string, Qualifier] => [w, 'at_least']),
  ...[
    'up to',
    'upto',
    'as many as',
    'fewer than',
    'less than',
    'not more than',
    'no more than',
    'at most',
    'a maximum of',
    'under',
  ].map((w): [string, Qualifier] => [w, 'at_most']),
]);

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
  return (c >= 48 && c <= 57) || (c >= DEVANAGARI_ZERO && c <= DEVANAGARI_ZERO + 9);
}

/** A date such as 2025-11-08, 08/11/2025 or 8.11.2025: never a count. */
const NUMERIC_DATE = /[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}/y;
/** Clock times such as 7:00. */
const ODD_AFTER = /^[- ]odd\b/i;
const PLUS_AFTER = /^(?:\+|-plus\b| plus\b| से (?:ज्यादा|ज़्यादा|अधिक))/i;
/** Long enough for PLUS_AFTER's longest form, " से ज़्यादा" (11 code units). */
const PLUS_WINDOW = 12;
const RANGE_JOIN = /^\s*(?:to|-|–|—|and|or)\s*/i;

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
      c === 32 || c === 45 || c === 8211 || c === 8212
        ? RANGE_JOIN.exec(text.slice(mention.end, mention.end + 12))
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
  const isDigit = (ch >= 48 && ch <= 57) || (ch >= DEVANAGARI_ZERO && ch <= DEVANAGARI_ZERO + 9);
  let end: number;
  let value: number;
  let qualifier: Qualifier = 'exact';
  let form: NumberMention['form'];
  if (isDigit) {
    // Part of a code such as S-400, Su-30MKI, G20: not a count.
    const prev = text.charCodeAt(start - 1);
    if (start > 0 && (isAsciiLetter(prev) || (prev === 45 && isAsciiLetter(text.charCodeAt(start - 2))))) {
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
  } else if (isDevanagariLetter(ch)) {
    // A Hindi number word stands on its own: not the end of a longer word.
    if (start > 0 && isDevanagariLetter(text.charCodeAt(start - 1))) return null;
    HINDI_WORD.lastIndex = start;
    const h = HINDI_WORD.exec(text);
    if (!h) return null;
    end = start + h[0].length;
    value = HINDI_WORDS[h[0]] as number;
    form = 'words';
  } else {
    const w = parseWords(text, start);
    if (!w) return null;
    // "a hundred", "a dozen": include the article.
    end = w.end;
    value = w.value;
    qualifier = w.qualifier;
    form = 'words';
  }
  if (ordinalAt(text, end)) return { skipTo: end + 2 };
  const next = text.charCodeAt(end);
  if (next === 58 && isDigitCode(text.charCodeAt(end + 1))) return { skipTo: skipDigits(text, end + 1) }; // 7:00
  let realEnd = end;
  if ((next === 45 || next === 32) && ODD_AFTER.test(text.slice(end, end + 5))) {
    qualifier = 'approx';
    realEnd = end + 4;
  } else if (
    next === 43 ||
    ((next === 45 || next === 32) && PLUS_AFTER.test(text.slice(end, end + PLUS_WINDOW)))
  ) {
    qualifier = 'at_least';
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
