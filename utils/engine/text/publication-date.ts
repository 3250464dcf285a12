import { dateFromIso, MONTH_PATTERN, parseVisibleDate } from '../dates';
import { withoutInvisible } from './invisible-chars';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="publish-date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[property="og:published_time"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];

function fromJsonLd(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = fromJsonLd(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.datePublished === 'string') {
    const d = dateFromIso(obj.datePublished) ?? parseVisibleDate(obj.datePublished);
    if (d) return d;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const found = fromJsonLd(obj[key], depth + 1);
    if (found) return found;
  }
  return null;
}

const LABELLED = new RegExp(
  `(first published|published on|published|posted on|posted|last updated|updated on|updated)[^\\n\\d]{0,12}?(?:\\d{1,2}[:.]\\d{2}(?: ?(?:am|pm|a\\.m\\.|p\\.m\\.|hrs|ist))?[ ,]{0,3})?` +
    `((?:(?:${MONTH_PATTERN})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})|(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+|[/-])(?:${MONTH_PATTERN})(?:,?\\s+|[/-])\\d{4})|(?:\\d{4}-\\d{2}-\\d{2}))`,
  'gi',
);

/** "First Published: Nov 08 2025 | 7:00 AM IST", "Updated: September 12, 2024 18:04 IST" ... */
export function publicationDateFromText(raw: string): string | null {
  // One space for every run of white space: the patterns then never meet long runs of it. Invisible
  // characters ("Nov 0&shy;8") are read through, as in the article's text.
  const text = withoutInvisible(raw.length > 400_000 ? raw.slice(0, 400_000) : raw).replace(/\s+/g, ' ');
  let published: string | null = null;
  let updated: string | null = null;
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m; m = LABELLED.exec(text)) {
    const label = (m[1] as string).toLowerCase();
    const raw = m[2] as string;
    const d = /^\d{4}-/.test(raw) ? dateFromIso(raw) : parseVisibleDate(raw);
    if (!d) continue;
    if (label.includes('updated')) {
      if (!updated || d < updated) updated = d;
    } else if (!published || d < published) {
      published = d;
    }
  }
  return published ?? updated ?? timestampedDate(text);
}

const DATE_NEAR_TIME = new RegExp(
  `((?:(?:${MONTH_PATTERN})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_PATTERN}),?\\s+\\d{4}))[ ,|]{0,4}\\d{1,2}[:.]\\d{2} ?(?:am|pm|ist|hrs)`,
  'i',
);

/** An unlabelled dateline with a clock time, "May 08, 2024 12:51 AM IST": a timestamp, so a publication date. */
function timestampedDate(text: string): string | null {
  const m = DATE_NEAR_TIME.exec(text);
  return m ? parseVisibleDate(m[1] as string) : null;
}

/**
 * The page's publication date: structured data first (JSON-LD `datePublished`,
 * `article:published_time`, `<time datetime>`), then visible "Published"/"Updated" lines.
 */
/** `document.body`, or null where a DOM implementation throws for a document without one. */
export function bodyOf(doc: Document): HTMLElement | null {
  try {
    return doc.body ?? null;
  } catch {
    return null;
  }
}

export function publicationDateFromDocument(doc: Document): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = (scripts[i] as Element).textContent ?? '';
    if (raw.length > 200_000) continue;
    try {
      const d = fromJsonLd(JSON.parse(raw));
      if (d) return d;
    } catch {
      // Broken JSON-LD is common; other sources follow.
    }
  }
  for (const sel of META_SELECTORS) {
    const content = doc.querySelector(sel)?.getAttribute('content');
    const d = content ? (dateFromIso(content) ?? parseVisibleDate(content)) : null;
    if (d) return d;
  }
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  const ip = itemprop?.getAttribute('datetime') ?? itemprop?.getAttribute('content');
  if (ip) {
    const d = dateFromIso(ip);
    if (d) return d;
  }
  const times = doc.querySelectorAll('time[datetime]');
  for (let i = 0; i < times.length; i++) {
    const d = dateFromIso((times[i] as Element).getAttribute('datetime') ?? '');
    if (d) return d;
  }
  return publicationDateFromText(bodyOf(doc)?.textContent ?? '');
}
