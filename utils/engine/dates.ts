import type { PartialDate } from './figure-types';

export interface YMD {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  // Hindi month names as news text writes them.
  जनवरी: 1,
  फरवरी: 2,
  मार्च: 3,
  अप्रैल: 4,
  मई: 5,
  जून: 6,
  जुलाई: 7,
  अगस्त: 8,
  सितंबर: 9,
  अक्टूबर: 10,
  नवंबर: 11,
  दिसंबर: 12,
};

/** The English months and their abbreviations (a regex source). */
export const ENGLISH_MONTH_PATTERN =
  'jan(?:uary)?\\.?|feb(?:ruary)?\\.?|mar(?:ch)?\\.?|apr(?:il)?\\.?|may|june?|july?|aug(?:ust)?\\.?|sept?(?:ember)?\\.?|oct(?:ober)?\\.?|nov(?:ember)?\\.?|dec(?:ember)?\\.?';

/** English and Hindi months, for dates a page prints (its publication date). */
export const MONTH_PATTERN = `${ENGLISH_MONTH_PATTERN}|जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर`;

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDay(d: YMD): string {
  return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function parsePartialDate(s: PartialDate): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : 0 };
}

export function addDays(d: YMD, days: number): YMD {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function weekday(d: YMD): number {
  return new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
}

/**
 * The calendar date written in an ISO timestamp, as the publisher wrote it ("2025-11-08T07:00:00+05:30"
 * is 8 Nov, whatever the reader's time zone).
 */
export function dateFromIso(s: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? formatDay({ y, m: mo, d }) : null;
}

const VISIBLE_DATE = new RegExp(
  [
    // Nov 08 2025 / Nov 08, 2025 / November 8, 2025
    `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`,
    // 08 Nov 2025 / 8 November, 2025 / 15/Mar/2024 / 15-Mar-2024
    `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|[/-])(${MONTH_PATTERN})(?:,?\\s+|[/-])(\\d{4})`,
  ].join('|'),
  'i',
);

/** Reads the first "Nov 08 2025" or "8 November 2025" style date in a string. */
export function parseVisibleDate(s: string): string | null {
  const m = VISIBLE_DATE.exec(s);
  if (!m) return null;
  let y: number;
  let mo: number | undefined;
  let d: number;
  if (m[1]) {
    mo = monthNumber(m[1]);
    d = Number(m[2]);
    y = Number(m[3]);
  } else {
    d = Number(m[4]);
    mo = monthNumber(m[5] as string);
    y = Number(m[6]);
  }
  if (!mo || !isValidDay(y, mo, d)) return null;
  return formatDay({ y, m: mo, d });
}

const PARTIAL_DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** `YYYY-MM-DD` or `YYYY-MM`, a real calendar date. */
export function isPartialDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = PARTIAL_DATE_PATTERN.exec(v);
  if (!m) return false;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const t = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

/** The reader's calendar date, YYYY-MM-DD, in their own time zone: records after it are not known yet. */
export function localDay(d: Date = new Date()): string {
  return formatDay({ y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() });
}
