import { isDevanagari, isWordCode } from './char-codes';
import {
  addDays,
  formatDay,
  formatMonth,
  isValidDay,
  MONTH_PATTERN,
  monthNumber,
  parsePartialDate,
  weekday,
  type YMD,
} from './dates';
import type { PartialDate, Span } from './figure-types';

/**
 * A time expression in the article ("In July", "on 9 August 2024", "on Monday", "last year") and
 * the date it stands for, resolved against the publication date. `value` null means "some earlier,
 * unstated time" (last year, previously, had said).
 */
export interface TimeExpression extends Span {
  value: PartialDate;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const M = `(${MONTH_PATTERN})`;
const HINDI_MONTHS = 'जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर';
/** "had said", "had also told": an earlier, unstated time. An alternative of the pattern and an anchor. */
const HAD_SAID =
  'had\\s+(?:also\\s+|further\\s+|earlier\\s+)?(?:said|told|informed|stated|reported|confirmed|disclosed)\\b';
/** Sunday first, as WEEKDAYS. */
const HINDI_WEEKDAYS = ['रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार'];

// Alternatives in priority order: longer, more specific forms first. No Unicode flag and no
// look-behind. It is tried only around anchors (below), at the places a match can start.
export const TIME_EXPRESSION = new RegExp(
  [
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M},?\\s+(\\d{4})\\b`, // 9 August 2024
    `\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, // August 9, 2024
    `\\b(?:early |mid-|mid |late |end of |the end of )?${M},?\\s+(?:of\\s+)?(\\d{4})\\b`, // August 2024
    `\\b${M}\\s+(this|last|previous)\\s+year\\b`, // January this year
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?![a-z])`, // 9 August
    `\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, // August 9
    `\\b(?:in|since|during|by|till|until|early|mid-|late|of|last|this)\\s+(?:early |mid-|late |the month of )?${M}(?!,?\\s+(?:of\\s+)?\\d{4})(?!\\s+\\d{1,2}(?!\\d))(?!\\s+(?:this|last|previous)\\s+year)(?![a-z])`, // in July
    `\\b(?:on|last|this|since|by)\\s+(${WEEKDAYS.join('|')})\\b`, // on Monday
    `(${HINDI_MONTHS})\\s+(?:में|को)`, // फरवरी में
    `\\b(yesterday|today|last week|last month|this month|earlier this month|earlier this year|this year|last year|previous year|the year before|previously|earlier(?=\\s*,)|(?:said|told|stated|reported|announced) earlier|in (?:20\\d\\d))\\b`,
    `\\b${HAD_SAID}`,
    `(${HINDI_MONTHS})\\s+(\\d{4})`, // फरवरी 2025
    `(${HINDI_WEEKDAYS.join('|')})\\s+को`, // शुक्रवार को
    `(इस महीने|पिछले महीने)`, // इस महीने की शुरुआत में: earlier this month
    `\\bthe\\s+${M}\\s+(?:reply|replies|statement|briefing|answer|update|figures?|data|count|report)\\b`, // the December reply
  ].join('|'),
  'gi',
);

/** The same pattern, tried at one position only. */
const TIME_EXPRESSION_AT = new RegExp(TIME_EXPRESSION.source, 'iy');

/**
 * What a left-to-right scan of `win` for the pattern gives at `anchor`: the first match, of a run of
 * matches that do not overlap, that ends after the anchor, if it starts no later than the anchor.
 * Tried only where a match can start (a word's first character, or a Devanagari one) and never past
 * the anchor: a scan would try every position of the window, up to its end.
 */
export function expressionAround(win: string, anchor: number): RegExpExecArray | null {
  let p = 0;
  while (p <= anchor) {
    const c = win.charCodeAt(p);
    if (isDevanagari(c) || (isWordCode(c) && (p === 0 || !isWordCode(win.charCodeAt(p - 1))))) {
      TIME_EXPRESSION_AT.lastIndex = p;
      const m = TIME_EXPRESSION_AT.exec(win);
      if (m && m[0].length > 0) {
        if (p + m[0].length > anchor) return m;
        p += m[0].length;
        continue;
      }
    }
    p++;
  }
  return null;
}

/**
 * Words every time expression contains; the full pattern is tried only around them. "had" (the
 * commonest, in "had been", "had joined") anchors only in the one expression that has it, "had said".
 */
const ANCHOR = new RegExp(
  `\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|last|this|earlier|previously|${HAD_SAID}|in 20)|${HINDI_MONTHS}|वार को|महीने`,
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
    const m = expressionAround(win, at - winStart);
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
    } else if (g[16] !== undefined) value = resolveMonth(pub, monthNumber(g[16]) ?? 0);
    else if (g[17] !== undefined) value = resolveWord(pub, g[17]);
    else if (g[18] !== undefined) value = formatMonth(Number(g[19]), monthNumber(g[18]) ?? 0);
    else if (g[20] !== undefined) value = pub ? dayOfWeekBefore(pub, HINDI_WEEKDAYS.indexOf(g[20])) : null;
    else if (g[21] !== undefined) value = resolveWord(pub, g[21] === 'इस महीने' ? 'this month' : 'last month');
    else if (g[22] !== undefined) value = resolveMonth(pub, monthNumber(g[22]) ?? 0);
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
