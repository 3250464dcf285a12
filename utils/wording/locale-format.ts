import { isPartialDate, parsePartialDate } from '../engine/dates';
import type { Messages } from './figure-wording';

/**
 * Numbers and dates in the language of the words around them, through Intl, as they are written in
 * India: counts with Indian digit grouping (1,00,000, not 100,000), large ones in lakh and crore.
 * English is `en-IN` and Hindi `hi-IN`; any other language as its catalogue names it.
 */

/** The Intl locale for a language of the messages (`en` → `en-IN`, `hi` → `hi-IN`). */
function intlLocale(lang: string): string {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'en') return 'en-IN';
  if (base === 'hi') return 'hi-IN';
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en-IN';
  } catch {
    return 'en-IN';
  }
}

/** The language the catalogue in use is written in (its `htmlLang`), English where it names none. */
export function catalogueLang(m: Messages): string {
  const lang = m('htmlLang');
  return lang && lang !== 'htmlLang' ? lang : 'en';
}

// A formatter is costly to make and cheap to use: one per locale and style.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, style: 'plain' | 'short' | 'long' | 'mb'): Intl.NumberFormat {
  const id = `${locale}|${style}`;
  let f = numberFormats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(
      locale,
      style === 'plain'
        ? { maximumFractionDigits: 0 }
        : style === 'mb'
          ? { maximumFractionDigits: 1 }
          : { notation: 'compact', compactDisplay: style, maximumFractionDigits: 1 },
    );
    numberFormats.set(id, f);
  }
  return f;
}

/** A count: "44", "1,426", "1,00,000" (Indian grouping). */
export function countIn(lang: string, n: number): string {
  return numberFormat(intlLocale(lang), 'plain').format(n);
}

/** A size in megabytes, one decimal at most. */
export function megabytesIn(lang: string, mb: number): string {
  return numberFormat(intlLocale(lang), 'mb').format(mb);
}

/** One lakh: from here on, an axis says lakh and crore rather than the digits. */
const LAKH = 100_000;

/**
 * A value on a chart's axis, short: the digits below 10,000; then thousands ("50K", "50 हज़ार"); from
 * a lakh on, lakh and crore as words ("1.5 lakh", "2 crore"; "1.5 लाख", "2 करोड़"). Intl's shortest
 * forms, "1.5L" and "2Cr" in English and "2 क॰" in Hindi, are easily misread.
 */
export function axisNumberIn(lang: string, n: number): string {
  if (Math.abs(n) < 10_000) return countIn(lang, n);
  const locale = intlLocale(lang);
  return numberFormat(locale, Math.abs(n) >= LAKH || !locale.startsWith('en') ? 'long' : 'short').format(n);
}

function dateFormat(locale: string, withDay: boolean): Intl.DateTimeFormat {
  const id = `${locale}|${withDay}`;
  let f = dateFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      ...(withDay ? { day: 'numeric' } : {}),
      // Hindi news writes the month whole ("दिसंबर"); Intl's short Hindi months ("दिस॰") read as a code.
      month: locale.startsWith('hi') ? 'long' : 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(id, f);
  }
  return f;
}

/**
 * A record's or a figure's date, `YYYY-MM-DD` or `YYYY-MM`: "8 Nov 2025", "Jul 2025"; "8 नवंबर 2025",
 * "जुलाई 2025". Anything else is given back as it is.
 */
export function dateIn(lang: string, date: string): string {
  const ymd = isPartialDate(date) ? parsePartialDate(date) : null;
  if (!ymd) return date;
  return dateFormat(intlLocale(lang), ymd.d > 0).format(Date.UTC(ymd.y, ymd.m - 1, ymd.d || 1));
}
