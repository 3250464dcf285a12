import { messagesLang } from './i18n';

/**
 * Numbers in the language of the messages in use. A language tag the browser does not know (or a
 * catalogue without one) falls back to plain digits rather than throwing.
 */

function format(n: number, options: Intl.NumberFormatOptions, fallback: () => string): string {
  try {
    return new Intl.NumberFormat(messagesLang(), options).format(n);
  } catch {
    return fallback();
  }
}

/** "3,000" in English, "3,000" in Hindi too (Latin digits, as Hindi news prints them). */
export const formatCount = (n: number): string => format(n, {}, () => String(n));

/** Megabytes (of 1024 × 1024 bytes, as the browser's quota is given), one decimal at most. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return format(mb, { maximumFractionDigits: 1 }, () => String(Math.round(mb * 10) / 10));
}

/** A timeline axis label: as written below 10,000, shortened above ("12K", "12 हज़ार"). */
export const compactCount = (n: number): string =>
  n >= 10_000 ? format(n, { notation: 'compact' }, () => String(n)) : String(n);
