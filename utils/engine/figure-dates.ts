import {
  addDays,
  ENGLISH_MONTH_PATTERN,
  formatDay,
  formatMonth,
  isValidDay,
  monthNumber,
  parsePartialDate,
  weekday,
  type YMD,
} from './dates';
import type { PartialDate, Span } from './figure-types';
import { LANGUAGES, numberWords } from './languages';
import { isSpaceCode, isWordCode } from './text/char-codes';
import { matchAround } from './text/match-around';

/**
 * A time expression in the article ("In July", "on 9 August 2024", "on Monday", "last year") and
 * the date it stands for, resolved against the publication date. `value` null means "some earlier,
 * unstated time" (last year, previously, had said).
 */
export interface TimeExpression extends Span {
  value: PartialDate;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const M = `(${ENGLISH_MONTH_PATTERN})`;
/** "had said", "had also told": an earlier, unstated time. An alternative of the pattern and an anchor. */
const HAD_SAID =
  'had\\s+(?:also\\s+|further\\s+|earlier\\s+)?(?:said|told|informed|stated|reported|confirmed|disclosed)\\b';

// English. Every other language is read from its words (below, `findWordExpressions`).
// Alternatives in priority order: longer, more specific forms first. No Unicode flag and no
// look-behind. It is tried only around anchors (below), at the places a match can start: each
// alternative starts with `\b` before a word character, as `matchAround` asks.
const TIME_EXPRESSION = new RegExp(
  [
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M},?\\s+(\\d{4})\\b`, // 9 August 2024
    `\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, // August 9, 2024
    `\\b(?:early |mid-|mid |late |end of |the end of )?${M},?\\s+(?:of\\s+)?(\\d{4})\\b`, // August 2024
    `\\b${M}\\s+(this|last|previous)\\s+year\\b`, // January this year
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?![a-z])`, // 9 August
    `\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, // August 9
    `\\b(?:in|since|during|by|till|until|early|mid-|late|of|last|this)\\s+(?:early |mid-|late |the month of )?${M}(?!,?\\s+(?:of\\s+)?\\d{4})(?!\\s+\\d{1,2}(?!\\d))(?!\\s+(?:this|last|previous)\\s+year)(?![a-z])`, // in July
    `\\b(?:on|last|this|since|by)\\s+(${WEEKDAYS.join('|')})\\b`, // on Monday
    `\\b(yesterday|today|last week|last month|this month|earlier this month|earlier this year|this year|last year|previous year|the year before|previously|earlier(?=\\s*,)|(?:said|told|stated|reported|announced) earlier|in (?:20\\d\\d))\\b`,
    `\\b${HAD_SAID}`,
    `\\bthe\\s+${M}\\s+(?:reply|replies|statement|briefing|answer|update|figures?|data|count|report)\\b`, // the December reply
  ].join('|'),
  'iy',
);

/**
 * Words every time expression contains; the full pattern is tried only around them. "had" (the
 * commonest, in "had been", "had joined") anchors only in the one expression that has it, "had said".
 */
const ANCHOR = new RegExp(
  `\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|last|this|earlier|previously|${HAD_SAID}|in 20)`,
  'gi',
);
const BACK = 24;
const AHEAD = 48;

/** Expressions about plans and forward dates ("ahead of ... December") say nothing of a figure. */
const FORWARD_BEFORE =
  /\b(?:ahead of|before|next|upcoming|planned|scheduled|expected|later this|since|until|till)\s+(?:\S+\s+){0,3}$/i;

function inferYear(pub: YMD, month: number, day = 0): number {
  if (month < pub.m || (month === pub.m && (day === 0 || day <= pub.d))) return pub.y;
  return pub.y - 1;
}

function resolveMonthDay(pub: YMD | null, month: number, day: number, year?: number): PartialDate {
  const y = year ?? (pub ? inferYear(pub, month, day) : undefined);
  if (y === undefined || !isValidDay(y, month, day)) return null;
  return formatDay({ y, m: month, d: day });
}

function resolveMonth(pub: YMD | null, month: number, year?: number): PartialDate {
  const y = year ?? (pub ? inferYear(pub, month) : undefined);
  return y === undefined ? null : formatMonth(y, month);
}

function resolveWord(pub: YMD | null, word: string): PartialDate | undefined {
  const w = word.toLowerCase();
  if (!pub) return null;
  switch (w) {
    case 'today':
      return formatDay(pub);
    case 'this year':
      return undefined; // "this year" alone does not move a figure
    case 'yesterday':
      return formatDay(addDays(pub, -1));
    case 'last week': {
      // The week before: its month is all the text says.
      const d = addDays(pub, -7);
      return formatMonth(d.y, d.m);
    }
    case 'this month':
    case 'earlier this month':
      return formatMonth(pub.y, pub.m);
    case 'last month': {
      const m = pub.m === 1 ? 12 : pub.m - 1;
      return formatMonth(pub.m === 1 ? pub.y - 1 : pub.y, m);
    }
    default:
      return null; // last year, previously, earlier, in 2024: an earlier, unstated time
  }
}

/** The latest day of the week `target` (0 = Sunday) on or before `pub`: "on Monday". */
function dayOfWeekBefore(pub: YMD, target: number): string {
  return formatDay(addDays(pub, -((weekday(pub) - target + 7) % 7)));
}

/** Finds and resolves every time expression in `text` against the publication date. */
export function findTimeExpressions(
  text: string,
  published: PartialDate,
  from = 0,
  to = text.length,
): TimeExpression[] {
  const pubFull = parsePartialDate(published);
  const pub = pubFull && pubFull.d > 0 ? pubFull : null;
  const out: TimeExpression[] = [];
  // Anchors are looked for in [from, to) only, so a paragraph costs its own length.
  const span = text.slice(from, to);
  let lastEnd = from;
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(span); a; a = ANCHOR.exec(span)) {
    const at = from + a.index;
    // Try the full pattern in a short window around the anchor only.
    let winStart = Math.max(lastEnd, at - BACK);
    // Never start inside a word, where \b would see a boundary that is not there.
    while (winStart < at && isWordCode(text.charCodeAt(winStart - 1))) winStart++;
    const win = text.slice(winStart, Math.min(to, at + AHEAD));
    const m = matchAround(TIME_EXPRESSION, win, at - winStart);
    if (!m) continue;
    lastEnd = winStart + m.index + m[0].length;
    ANCHOR.lastIndex = lastEnd - from;
    const g = m.slice(1);
    const start = winStart + m.index;
    const end = start + m[0].length;
    let value: PartialDate | undefined;
    if (g[0] !== undefined)
      value = resolveMonthDay(pub, monthNumber(g[1] as string) ?? 0, Number(g[0]), Number(g[2]));
    else if (g[3] !== undefined)
      value = resolveMonthDay(pub, monthNumber(g[3]) ?? 0, Number(g[4]), Number(g[5]));
    else if (g[6] !== undefined) value = formatMonth(Number(g[7]), monthNumber(g[6]) ?? 0);
    else if (g[8] !== undefined) {
      const month = monthNumber(g[8]) ?? 0;
      const rel = (g[9] as string).toLowerCase();
      value = pub ? formatMonth(rel === 'this' ? pub.y : pub.y - 1, month) : null;
    } else if (g[10] !== undefined)
      value = resolveMonthDay(pub, monthNumber(g[11] as string) ?? 0, Number(g[10]));
    else if (g[12] !== undefined) value = resolveMonthDay(pub, monthNumber(g[12]) ?? 0, Number(g[13]));
    else if (g[14] !== undefined) {
      // "may" is also a verb: only "in May" and its like reach here.
      value = resolveMonth(pub, monthNumber(g[14]) ?? 0);
    } else if (g[15] !== undefined) {
      value = pub ? dayOfWeekBefore(pub, WEEKDAYS.indexOf(g[15].toLowerCase())) : null;
    } else if (g[16] !== undefined) value = resolveWord(pub, g[16]);
    else if (g[17] !== undefined) value = resolveMonth(pub, monthNumber(g[17]) ?? 0);
    else {
      // "In February, the government had informed ... and had reported ...": in the sentence that
      // names the time, "had" is that time, already found.
      const last = out[out.length - 1];
      if (last?.value && start - last.end <= 300 && !/[.!?।]/.test(text.slice(last.end, start))) continue;
      value = null; // had said / had told
    }
    if (value === undefined) continue;
    if (FORWARD_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (/^since\b|^until\b|^till\b/i.test(m[0])) continue;
    // A date after publication is a plan, not the time of a figure.
    if (value && published && value.slice(0, 7) > published.slice(0, 7)) continue;
    out.push({ start, end, value });
  }
  const words = findWordExpressions(text, pub, published, from, to);
  return words.length === 0 ? out : mergeByStart(out, words);
}

function mergeByStart(a: TimeExpression[], b: TimeExpression[]): TimeExpression[] {
  if (a.length === 0) return b;
  const out: TimeExpression[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || x.start <= y.start)) {
      out.push(x);
      i++;
    } else if (y) {
      out.push(y);
      j++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Every language but English, read the same way from its words (utils/engine/languages: `months`,
// `weekdays`, `dateWords`, `relativeDates`): "फरवरी में", "பிப்ரவரியில்", "৭ ফেব্রুয়ারি ২০২৫",
// "अगस्त २०२४", "శుక్రవారం", "у лютому", "7 de febrero de 2025". The text is walked a word at a
// time: a word is looked up whole (with its case ending) in one map, and only a month, a day of
// the week or a relative phrase looks at the few words around it. No pattern runs over the text.

type WordKind =
  | 'month'
  | 'weekday'
  | 'today'
  | 'yesterday'
  | 'thisMonth'
  | 'lastMonth'
  | 'thisYear'
  | 'lastYear';

interface WordForm {
  kind: WordKind;
  /** The month (1-12) or the day of the week (0 = Sunday). */
  n: number;
  /** The words after the first, for a phrase ("इस महीने"), as keys in NFC. */
  rest: readonly string[];
  /** A time by itself: a month with its case ending ("பிப்ரவரியில்"), or a phrase. */
  placed: boolean;
  /** An abbreviation whose full stop the text must have ("பிப்."). */
  stop: boolean;
}

interface WordTables {
  forms: Map<string, WordForm[]>;
  /** A bit for the hash of every key (`hashStep`): most words of a page are passed over on it alone. */
  hashes: Uint32Array;
  /** The first letters of every key (lower case, below U+0E00): a word that starts otherwise is not hashed. */
  first: Uint8Array;
  after: Set<string>;
  /** Endings alone, read after a hyphen ("মে-তে"). */
  endings: Set<string>;
  /** The same by their last character, for a day spelled out with its ending. */
  endingsByLast: Map<number, string[]>;
  /** The first characters of `afterwards`. */
  afterwardsFirst: Set<number>;
  before: Set<string>;
  joiners: Set<string>;
  sinceBefore: Set<string>;
  sinceAfter: Set<string>;
  afterwards: Set<string>;
  /** Spelled numbers 1 to 31, for a day ("एक अगस्त को", "ഓഗസ്റ്റ് ഒന്നിന്"). */
  dayWords: Map<string, number>;
}

const VIRAMAS = new Set([0x94d, 0x9cd, 0xa4d, 0xacd, 0xb4d, 0xbcd, 0xc4d, 0xccd, 0xd4d]);
/** Malayalam's atomic final consonants (chillu), each with the letter it is before a vowel sign. */
const CHILLU = new Map<number, readonly string[]>([
  [0xd7a, ['\u0d23']],
  [0xd7b, ['\u0d28']],
  [0xd7c, ['\u0d31', '\u0d30']],
  [0xd7d, ['\u0d32']],
  [0xd7e, ['\u0d33']],
]);
/** Nukta letters a page may type precomposed, which Unicode normalisation always takes apart. */
const NUKTA_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['\u0915\u093c', '\u0958'],
  ['\u0916\u093c', '\u0959'],
  ['\u0917\u093c', '\u095a'],
  ['\u091c\u093c', '\u095b'],
  ['\u0921\u093c', '\u095c'],
  ['\u0922\u093c', '\u095d'],
  ['\u092b\u093c', '\u095e'],
  ['\u092f\u093c', '\u095f'],
  ['\u09a1\u09bc', '\u09dc'],
  ['\u09a2\u09bc', '\u09dd'],
  ['\u09af\u09bc', '\u09df'],
  ['\u0a32\u0a3c', '\u0a33'],
  ['\u0a38\u0a3c', '\u0a36'],
  ['\u0a16\u0a3c', '\u0a59'],
  ['\u0a17\u0a3c', '\u0a5a'],
  ['\u0a1c\u0a3c', '\u0a5b'],
  ['\u0a2b\u0a3c', '\u0a5e'],
];

/** A word as it is looked up: no zero-width joiners, one kind of apostrophe, lower case. */
function keyOf(word: string): string {
  let k = word;
  if (k.includes('\u200c') || k.includes('\u200d')) k = k.replace(/[\u200c\u200d]/g, '');
  if (k.includes('\u2019') || k.includes('\u02bc')) k = k.replace(/[\u2019\u02bc]/g, "'");
  return k.charCodeAt(0) < 0x530 ? k.toLowerCase() : k;
}

const NO_WORDS: readonly string[] = [];

/** Every way a page may encode a key: composed, decomposed, nukta letters precomposed. */
function encodings(key: string): string[] {
  let plain = true;
  for (let i = 0; i < key.length && plain; i++) plain = key.charCodeAt(i) < 0xc0;
  if (plain) return [key];
  const nfd = key.normalize('NFD');
  let composed = nfd;
  for (const [parts, letter] of NUKTA_LETTERS)
    if (composed.includes(parts)) composed = composed.split(parts).join(letter);
  return [...new Set([key, key.normalize('NFC'), nfd, composed])];
}

/** A spelling and the stems a glued ending goes on: a final virama gives way to the vowel sign (ஆகஸ்ட் → ஆகஸ்டில்). */
function stemsOf(s: string): string[] {
  const out = [s];
  const last = s.charCodeAt(s.length - 1);
  if (VIRAMAS.has(last)) {
    const bare = s.slice(0, -1);
    out.push(bare);
    // Malayalam in the older encoding: ര് + ZWJ is the final r that is റ before a vowel sign.
    if (bare.endsWith('\u0d30')) out.push(`${bare.slice(0, -1)}\u0d31`);
  }
  for (const letter of CHILLU.get(last) ?? []) out.push(s.slice(0, -1) + letter);
  return out;
}

const RELATIVE_KINDS = ['today', 'yesterday', 'thisMonth', 'lastMonth', 'thisYear', 'lastYear'] as const;

function buildWordTables(): WordTables {
  const t: WordTables = {
    forms: new Map(),
    hashes: new Uint32Array(HASH_BITS >>> 5),
    first: new Uint8Array(0x0e00),
    after: new Set(),
    endings: new Set(),
    endingsByLast: new Map(),
    afterwardsFirst: new Set(),
    before: new Set(),
    joiners: new Set(),
    sinceBefore: new Set(),
    sinceAfter: new Set(),
    afterwards: new Set(),
    dayWords: new Map(),
  };
  const addKey = (k: string, form: WordForm) => {
    const list = t.forms.get(k);
    const same = list?.find(
      (f) => f.kind === form.kind && f.n === form.n && f.stop === form.stop && f.rest === form.rest,
    );
    if (same) same.placed ||= form.placed;
    else if (list) list.push({ ...form });
    else t.forms.set(k, [{ ...form }]);
  };
  const add = (word: string, form: WordForm) => {
    for (const k of encodings(word)) addKey(k, form);
  };
  /** Each ending in every encoding, once: a stem's encodings and an ending's make those of the word. */
  const endingKeys = new Map<string, string[]>();
  const addSpellings = (
    spellings: readonly string[],
    kind: WordKind,
    n: number,
    endings: readonly string[],
  ) => {
    const keys = spellings.map(keyOf);
    for (const sp of keys) {
      const words = sp.split(' ');
      let head = words[0] as string;
      const stop = words.length === 1 && head.length > 1 && head.endsWith('.');
      if (stop) head = head.slice(0, -1);
      const rest = words.length > 1 ? words.slice(1).map((w) => w.normalize('NFC')) : NO_WORDS;
      // A spelling that is another of the same month with an ending on is a time by itself (জানুয়ারিতে).
      const placed =
        rest.length > 0 ||
        keys.some((o) => o !== sp && stemsOf(o).some((st) => endings.some((e) => st + e === sp)));
      add(head, { kind, n, rest, placed, stop });
      if (rest.length > 0 || stop) continue;
      // Glued endings: not on a name of two letters (মে + য়ে is মেয়ে, a girl): list its forms in `monthForms`.
      if (head.length <= 2) continue;
      const glued: WordForm = { kind, n, rest, placed: true, stop };
      for (const st of stemsOf(head)) {
        const stemKeys = encodings(st);
        for (const e of endings) {
          let eKeys = endingKeys.get(e);
          if (!eKeys) {
            eKeys = encodings(e);
            endingKeys.set(e, eKeys);
          }
          for (const a of stemKeys) for (const b of eKeys) addKey(a + b, glued);
        }
      }
    }
  };
  const ambiguous = new Set<string>();
  for (const l of LANGUAGES) {
    for (const w of l.numbers?.ambiguous ?? []) for (const k of encodings(keyOf(w))) ambiguous.add(k);
    if (l.code === 'en') continue; // English is the regular expression above
    const dw = l.dateWords ?? {};
    const endings = (dw.endings ?? []).map(keyOf);
    l.months?.forEach((spellings, m) => {
      addSpellings(spellings, 'month', m + 1, endings);
    });
    dw.monthForms?.forEach((forms, m) => {
      for (const f of forms) {
        const [head, ...rest] = keyOf(f).split(' ');
        add(head as string, {
          kind: 'month',
          n: m + 1,
          rest: rest.length > 0 ? rest.map((w) => w.normalize('NFC')) : NO_WORDS,
          placed: true,
          stop: false,
        });
      }
    });
    l.weekdays?.forEach((spellings, d) => {
      addSpellings(spellings, 'weekday', d, endings);
    });
    for (const kind of RELATIVE_KINDS)
      for (const phrase of l.relativeDates?.[kind] ?? []) {
        const [head, ...rest] = keyOf(phrase).split(' ');
        add(head as string, {
          kind,
          n: 0,
          rest: rest.length > 0 ? rest.map((w) => w.normalize('NFC')) : NO_WORDS,
          placed: true,
          stop: false,
        });
      }
    const fill = (set: Set<string>, words: readonly string[] | undefined) => {
      for (const w of words ?? []) for (const k of encodings(keyOf(w))) set.add(k);
    };
    fill(t.endings, dw.endings);
    fill(t.after, dw.after);
    fill(t.before, dw.before);
    fill(t.joiners, dw.joiners);
    fill(t.sinceBefore, dw.sinceBefore);
    fill(t.sinceAfter, dw.sinceAfter);
    fill(t.afterwards, dw.afterwards);
  }
  // Phrases first, longest first: "इस महीने" before "इस".
  for (const list of t.forms.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  for (const e of t.endings) {
    const last = e.charCodeAt(e.length - 1);
    const list = t.endingsByLast.get(last);
    if (list) list.push(e);
    else t.endingsByLast.set(last, [e]);
  }
  for (const w of t.afterwards) t.afterwardsFirst.add(w.charCodeAt(0));
  for (const [w, v] of numberWords()) if (v >= 1 && v <= 31 && !ambiguous.has(w)) t.dayWords.set(keyOf(w), v);
  for (const k of t.forms.keys()) {
    let h = 0;
    for (let i = 0; i < k.length; i++) h = hashStep(h, lowerCode(k.charCodeAt(i)));
    t.hashes[h >>> 5] = (t.hashes[h >>> 5] as number) | (1 << (h & 31));
    const c = lowerCode(k.charCodeAt(0));
    if (c < 0x0e00) t.first[c] = 1;
  }
  return t;
}

/** A letter in lower case, as `toLowerCase` gives it for the scripts keys are in (Latin, Cyrillic). */
function lowerCode(c: number): number {
  if (c <= 0x5a) return c >= 0x41 ? c + 32 : c;
  if (c < 0xc0) return c;
  if (c <= 0xde) return c === 0xd7 ? c : c + 32;
  if (c < 0x400) return c;
  if (c <= 0x40f) return c + 80;
  if (c <= 0x42f) return c + 32;
  return c === 0x490 ? 0x491 : c;
}

/** The size of the table of key hashes, in bits (32 KB). */
const HASH_BITS = 1 << 18;

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) & (HASH_BITS - 1);
}

const W = buildWordTables();

/** The digits of every script news on this story is written in, by their zero. */
const ZEROS = [0x30, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66];

function digitOf(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x0660 || c > 0x0d6f) return -1;
  for (const z of ZEROS) if (c >= z && c <= z + 9) return c - z;
  return -1;
}

/** A letter or mark of a word: Latin, Cyrillic, Arabic script, the Indian scripts, the zero-width joiners. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0x0900) {
    if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
    if (c >= 0x300 && c <= 0x36f) return true;
    if (c >= 0x400 && c <= 0x52f) return true;
    if (c >= 0x620 && c <= 0x6ff) return (c < 0x660 || c > 0x66d) && (c < 0x6f0 || c > 0x6f9) && c !== 0x6d4;
    return false;
  }
  if (c <= 0x0dff) {
    // Each Indian script's digits sit at the same place of its block.
    const o = c & 0x7f;
    return (o < 0x66 || o > 0x6f) && c !== 0x964 && c !== 0x965;
  }
  return c === 0x200c || c === 0x200d;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

/** Where the word that starts at `i` ends: letters, and an apostrophe between two letters (п'ятниця). */
function wordEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (isLetter(c)) j++;
    else if (j > i && isApostrophe(c) && j + 1 < to && isLetter(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

/** Spaces to skip between two words of a date: a few at most. */
const GAP = 4;

function skipSpaces(text: string, k: number, to: number): number {
  const limit = Math.min(to, k + GAP);
  while (k < limit && isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

function skipSpacesBack(text: string, k: number, from: number): number {
  const limit = Math.max(from, k - GAP);
  while (k > limit && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/** The word at `k` (after an apostrophe: "ਫਰਵਰੀ 'ਚ"), or null. */
function wordAt(text: string, k: number, to: number): { start: number; end: number; key: string } | null {
  if (k < to && isApostrophe(text.charCodeAt(k))) k++;
  if (k >= to || !isLetter(text.charCodeAt(k))) return null;
  const end = wordEnd(text, k, to);
  return { start: k, end, key: keyOf(text.slice(k, end)) };
}

/** The word that ends at `k`, or null. */
function wordBefore(
  text: string,
  k: number,
  from: number,
): { start: number; end: number; key: string } | null {
  let i = k;
  const limit = Math.max(from, k - 32);
  while (i > limit && (isLetter(text.charCodeAt(i - 1)) || isApostrophe(text.charCodeAt(i - 1)))) i--;
  if (i === k || !isLetter(text.charCodeAt(i))) return null;
  return { start: i, end: k, key: keyOf(text.slice(i, k)) };
}

interface Num {
  value: number;
  digits: number;
  start: number;
  end: number;
}

/** Digits of any one run at `k` (at most four, not part of a longer number such as 1,426 or 7.5). */
function digitsAt(text: string, k: number, to: number): Num | null {
  let j = k;
  let value = 0;
  while (j < to && j - k <= 4) {
    const d = digitOf(text.charCodeAt(j));
    if (d < 0) break;
    value = value * 10 + d;
    j++;
  }
  const n = j - k;
  if (n === 0 || n > 4) return null;
  const c = text.charCodeAt(j);
  if ((c === 44 || c === 46) && digitOf(text.charCodeAt(j + 1)) >= 0) return null;
  return { value, digits: n, start: k, end: j };
}

/** A number token that ends at `k`: digits, then perhaps a glued or hyphenated ending ("2024-ஆம்", "2024ರ"). */
function numberBefore(text: string, k: number, from: number): Num | null {
  let i = k;
  const limit = Math.max(from, k - 16);
  while (i > limit && isLetter(text.charCodeAt(i - 1))) i--;
  if (i < k && i > limit && (text.charCodeAt(i - 1) === 45 || isApostrophe(text.charCodeAt(i - 1)))) i--;
  const digitsEnd = i;
  while (i > limit && digitOf(text.charCodeAt(i - 1)) >= 0) i--;
  if (i === digitsEnd || digitsEnd - i > 4) return null;
  const c = text.charCodeAt(i - 1);
  if (
    i > from &&
    (digitOf(c) >= 0 || isLetter(c) || ((c === 44 || c === 46) && digitOf(text.charCodeAt(i - 2)) >= 0))
  )
    return null;
  const n = digitsAt(text, i, digitsEnd);
  return n ? { ...n, start: i } : null;
}

/** A day spelled out, with or without a case ending ("ഒന്നിന്" = ഒന്ന് + ിന്). */
function dayWord(key: string): number {
  const v = W.dayWords.get(key);
  if (v !== undefined) return v;
  for (const e of W.endingsByLast.get(key.charCodeAt(key.length - 1)) ?? NO_WORDS) {
    if (e.length >= key.length || !key.endsWith(e)) continue;
    const base = key.slice(0, -e.length);
    const c = base.charCodeAt(base.length - 1);
    const found =
      W.dayWords.get(base) ??
      (c >= 0x900 && c <= 0xdff
        ? W.dayWords.get(base + String.fromCharCode((c & 0xff80) + 0x4d))
        : undefined);
    if (found !== undefined) return found;
  }
  return 0;
}

function isYear(n: Num): boolean {
  return n.digits === 4 && n.value >= 1900 && n.value <= 2099;
}

function isDay(n: Num): boolean {
  return n.digits <= 2 && n.value >= 1 && n.value <= 31;
}

/** The phrase of `forms` whose following words the text has at `end`: where it ends, or -1. */
function phraseEnd(text: string, end: number, form: WordForm, to: number): number {
  let k = end;
  for (const r of form.rest) {
    const w = wordAt(text, skipSpaces(text, k, to), to);
    if (!w || w.key.normalize('NFC') !== r) return -1;
    k = w.end;
  }
  if (form.stop) {
    if (text.charCodeAt(k) !== 46) return -1;
    k++;
  }
  return k;
}

/** The first form of the word at [i, j) the text around it has, with where it ends. */
function formAt(text: string, i: number, j: number, to: number): [WordForm, number] | null {
  const forms = W.forms.get(keyOf(text.slice(i, j)));
  if (!forms) return null;
  for (const f of forms) {
    const end = phraseEnd(text, j, f, to);
    if (end >= 0) return [f, end];
  }
  return null;
}

/** "since", "from", "until" right before `start` or right after `end` (glued to a number there: "2025થી"). */
function opensSpan(text: string, start: number, end: number, from: number, to: number): boolean {
  const b = wordBefore(text, skipSpacesBack(text, start, from), from);
  if (b && W.sinceBefore.has(b.key)) return true;
  const glued = end < to && isLetter(text.charCodeAt(end)) ? wordAt(text, end, to) : null;
  if (glued && W.sinceAfter.has(glued.key)) return true;
  const a = wordAt(text, skipSpaces(text, end, to), to);
  return a !== null && W.sinceAfter.has(a.key);
}

/** Sentence and clause marks: full stops of every script, commas, semicolons, colons. */
const CLAUSE_MARKS = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x964, 0x965, 0x6d4, 0x60c, 0x61b, 0x61f]);

/**
 * Where the next clause mark or digit, and the next "after" word, are in the paragraph being read:
 * found by scans that only move forward, as the months asking do, so that a paragraph of months
 * costs its length once.
 */
const LOOKAHEAD = { text: '', to: 0, stopAt: -1, afterAt: -1 };

function nextStop(k: number): number {
  if (LOOKAHEAD.stopAt >= k) return LOOKAHEAD.stopAt;
  const { text, to } = LOOKAHEAD;
  let p = k;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (CLAUSE_MARKS.has(c) || digitOf(c) >= 0) break;
    p++;
  }
  LOOKAHEAD.stopAt = p;
  return p;
}

function nextAfterwards(k: number): number {
  if (LOOKAHEAD.afterAt >= k) return LOOKAHEAD.afterAt;
  const { text, to } = LOOKAHEAD;
  let p = k;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (!isLetter(c)) {
      p++;
      continue;
    }
    const j = wordEnd(text, p, to);
    if (W.afterwardsFirst.has(c) && W.afterwards.has(keyOf(text.slice(p, j)))) break;
    p = j;
  }
  LOOKAHEAD.afterAt = p;
  return p;
}

/** "after" later in the clause of a month, before any number: the month is an event's a count runs from. */
function countsFrom(k: number): boolean {
  if (W.afterwards.size === 0) return false;
  const a = nextAfterwards(k);
  return a < LOOKAHEAD.to && a < k + 200 && a < nextStop(k);
}

interface Found {
  start: number;
  end: number;
  value: PartialDate | undefined;
}

function readMonth(
  text: string,
  start: number,
  end: number,
  form: WordForm,
  pub: YMD | null,
  relYear: { kind: WordKind; start: number } | null,
  from: number,
  to: number,
): Found | null {
  let s = relYear ? relYear.start : start;
  let e = end;
  let placed = form.placed || relYear !== null;
  let offset: WordKind | null = relYear?.kind ?? null;
  let day = 0;
  let year = 0;
  // Behind: a day or a year ("7 फरवरी", "२०२४ সালের আগস্টে", "7 de febrero"), a word such as "в".
  if (!relYear) {
    const w = wordBefore(text, skipSpacesBack(text, start, from), from);
    const joined = w !== null && W.joiners.has(w.key);
    const n = numberBefore(
      text,
      joined ? skipSpacesBack(text, w.start, from) : skipSpacesBack(text, start, from),
      from,
    );
    if (n && isYear(n)) {
      year = n.value;
      s = n.start;
    } else if (n && isDay(n)) {
      day = n.value;
      s = n.start;
    } else if (w) {
      const d = joined ? 0 : dayWord(w.key);
      if (d > 0) {
        day = d;
        s = w.start;
      } else if (W.before.has(w.key)) {
        placed = true;
        s = w.start;
      }
    }
  }
  // A glued ending after a hyphen: "মে-তে".
  if (text.charCodeAt(e) === 45) {
    const g = wordAt(text, e + 1, to);
    if (g && g.start === e + 1 && W.endings.has(g.key)) {
      placed = true;
      e = g.end;
    }
  }
  // Ahead: a year, a day, "this year", a postposition ("में", "ਵਿੱਚ", "মাসে").
  let k = skipSpaces(text, e, to);
  const joiner = wordAt(text, k, to);
  const kj = joiner && W.joiners.has(joiner.key) ? skipSpaces(text, joiner.end, to) : k;
  const n = digitsAt(text, kj, to);
  if (n && isYear(n) && !year) {
    year = n.value;
    e = n.end;
  } else if (n && isDay(n) && kj === k && !day && !form.placed) {
    day = n.value;
    e = n.end;
    k = skipSpaces(text, text.charCodeAt(e) === 44 ? e + 1 : e, to);
    const y = digitsAt(text, k, to);
    if (y && isYear(y) && !year) {
      year = y.value;
      e = y.end;
    }
  } else if (!n) {
    const w = wordAt(text, kj, to);
    const f = w ? formAt(text, w.start, w.end, to) : null;
    if (f && (f[0].kind === 'thisYear' || f[0].kind === 'lastYear') && !offset && !year) {
      offset = f[0].kind;
      placed = true;
      e = f[1];
    } else if (w && kj === k && W.after.has(w.key)) {
      placed = true;
      e = w.end;
    } else if (w && kj === k && !day && !form.placed) {
      const d = dayWord(w.key);
      if (d > 0) {
        day = d;
        e = w.end;
      }
    }
  }
  if (!placed && !day && !year) return null;
  if (opensSpan(text, s, e, from, to) || countsFrom(e)) return { start: s, end: e, value: undefined };
  const month = form.n;
  let y: number | undefined = year || undefined;
  if (!y && offset) {
    if (!pub) return { start: s, end: e, value: null };
    y = offset === 'thisYear' ? pub.y : pub.y - 1;
  }
  const value = day
    ? resolveMonthDay(pub, month, day, y)
    : y !== undefined
      ? formatMonth(y, month)
      : resolveMonth(pub, month);
  return { start: s, end: e, value };
}

const RELATIVE_WORDS: Partial<Record<WordKind, string>> = {
  today: 'today',
  yesterday: 'yesterday',
  thisMonth: 'this month',
  lastMonth: 'last month',
  lastYear: 'last year',
};

/** Time expressions of every language but English, in [from, to), in text order. */
function findWordExpressions(
  text: string,
  pub: YMD | null,
  published: PartialDate,
  from: number,
  to: number,
): TimeExpression[] {
  const out: TimeExpression[] = [];
  let relYear: { kind: WordKind; start: number } | null = null;
  LOOKAHEAD.text = text;
  LOOKAHEAD.to = to;
  LOOKAHEAD.stopAt = -1;
  LOOKAHEAD.afterAt = -1;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    const lower = lowerCode(c);
    if (lower < 0x0e00 && W.first[lower] === 0) {
      relYear = null;
      i = wordEnd(text, i, to);
      continue;
    }
    // The word's end and its key's hash in one pass (as `wordEnd` and `keyOf` read it).
    let j = i;
    let h = 0;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isLetter(d)) {
        if (d !== 0x200c && d !== 0x200d) h = hashStep(h, lowerCode(d));
      } else if (j > i && isApostrophe(d) && j + 1 < to && isLetter(text.charCodeAt(j + 1))) {
        h = hashStep(h, 0x27);
      } else break;
      j++;
    }
    const hit = ((W.hashes[h >>> 5] as number) & (1 << (h & 31))) !== 0 ? formAt(text, i, j, to) : null;
    if (!hit) {
      relYear = null;
      i = j;
      continue;
    }
    const [form, end] = hit;
    let found: Found | null = null;
    if (form.kind === 'month') {
      found = readMonth(text, i, end, form, pub, relYear, from, to);
    } else if (form.kind === 'weekday') {
      let s = i;
      let e = end;
      const a = wordAt(text, skipSpaces(text, e, to), to);
      if (a && W.after.has(a.key)) e = a.end;
      const b = wordBefore(text, skipSpacesBack(text, s, from), from);
      if (b && W.before.has(b.key)) s = b.start;
      found = {
        start: s,
        end: e,
        value: opensSpan(text, s, e, from, to) ? undefined : pub ? dayOfWeekBefore(pub, form.n) : null,
      };
    } else if (form.kind === 'thisYear' || form.kind === 'lastYear') {
      // "इस साल फरवरी में": the month next reads it; alone, "last year" is an earlier, unstated time.
      const k = skipSpaces(text, end, to);
      const next = wordAt(text, k, to);
      const f = next ? formAt(text, next.start, next.end, to) : null;
      if (f && f[0].kind === 'month') {
        relYear = { kind: form.kind, start: i };
        i = k;
        continue;
      }
      found = { start: i, end, value: form.kind === 'lastYear' ? null : undefined };
    } else {
      const word = RELATIVE_WORDS[form.kind] as string;
      found = {
        start: i,
        end,
        value: opensSpan(text, i, end, from, to) ? undefined : resolveWord(pub, word),
      };
    }
    relYear = null;
    if (!found) {
      i = j;
      continue;
    }
    i = Math.max(found.end, j);
    const { start, end: fe, value } = found;
    if (value === undefined) continue;
    // A date after publication is a plan, not the time of a figure.
    if (value && published && value.slice(0, 7) > published.slice(0, 7)) continue;
    // Expressions do not overlap: one that reached back over the last is not a second one.
    const last = out[out.length - 1];
    if (last && start < last.end) continue;
    out.push({ start, end: fe, value });
  }
  return out;
}

/**
 * The as-of date of a figure at `pos`: a time expression in its own clause (between the numbers
 * around it), else the last time expression before it in its sentence, else a
 * time expression after it in the same sentence ("..., the MEA said on Friday"), else one carried
 * from an earlier sentence of the same paragraph, else the publication date.
 */
const MAX_STEPS = 64;

function firstAtOrAfter(expressions: readonly TimeExpression[], pos: number): number {
  let lo = 0;
  let hi = expressions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((expressions[mid] as TimeExpression).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function resolveAsOf(
  pos: number,
  sentence: Span,
  paragraph: Span,
  expressions: readonly TimeExpression[],
  published: PartialDate,
  clause: Span = sentence,
): PartialDate {
  let carried: TimeExpression | undefined;
  let inClause: TimeExpression | undefined;
  let before: TimeExpression | undefined;
  let beforeUndated: TimeExpression | undefined;
  let after: TimeExpression | undefined;
  let afterUndated: TimeExpression | undefined;
  // Expressions are sorted: start at the sentence and walk a bounded number of steps each way, so
  // a paragraph with thousands of dates and figures stays linear.
  const first = firstAtOrAfter(expressions, sentence.start);
  const previous = expressions[first - 1];
  if (previous && previous.end > paragraph.start) carried = previous;
  for (let i = first, steps = 0; i < expressions.length && steps < MAX_STEPS; i++, steps++) {
    const e = expressions[i] as TimeExpression;
    if (e.start >= sentence.end || e.start >= paragraph.end) break;
    if (e.start >= clause.start && e.end <= clause.end && e.value && !inClause) inClause = e;
    if (e.end > sentence.end) continue;
    if (e.start < pos) {
      if (e.value) before = e;
      else beforeUndated = e;
    } else if (e.value) after ??= e;
    else afterUndated ??= e;
  }
  // A dated expression in the sentence beats "had said" or "earlier" beside it.
  // One in the figure's own clause ("up from 27 it had counted in September") comes first.
  const chosen = inClause ?? before ?? after ?? beforeUndated ?? afterUndated ?? carried;
  return chosen ? chosen.value : published;
}
