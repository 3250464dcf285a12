import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { CheckedFigure } from '@/utils/contracts/checked-figure';
import { isHttpUrl } from '@/utils/contracts/checks';
import type { FigureKind, PartialDate, Qualifier } from '@/utils/engine/figure-types';
import { ownPublisher } from '@/utils/sites/own-site';
import { sightingUrl } from '@/utils/storage/sightings/record';
import type { SightingsStore } from '@/utils/storage/sightings/store';
import type { SightingsData } from '@/utils/storage/sightings/types';
import { dateText, valueText } from '@/utils/wording/figure-wording';
import { t } from './i18n';

/**
 * "Also reported elsewhere": figures of the same kind that the reader's own sightings hold from other
 * pages, newest first. Reads the sightings store through its API; shows nothing when there are none
 * (or when the store cannot be read: the rest of the popup does not depend on it).
 */

export type SightingsReader = Pick<SightingsStore, 'read'>;

/** The reader's sightings, provided by the popup's entry point; without one, nothing is shown. */
export const SightingsContext = createContext<SightingsReader | null>(null);

export interface ElsewhereItem {
  url: string;
  publisher: string;
  title: string;
  /** The page's publication date, else the day it was last seen. */
  date: PartialDate;
  value: number;
  qualifier: Qualifier;
  asOf: PartialDate;
}

const ALSO_REPORTED_LIMIT = 5;

/**
 * The figures of `kind` on pages other than `pageUrl`, newest first, at most `limit`; one entry per
 * page and value. For `other`, only figures with the same sub-label as `tag` (none without one).
 */
function alsoReported(
  data: SightingsData,
  kind: FigureKind,
  pageUrl: string,
  options: { tag?: string; limit?: number } = {},
): ElsewhereItem[] {
  const { tag, limit = ALSO_REPORTED_LIMIT } = options;
  if (kind === 'other' && !tag) return [];
  const items: Array<ElsewhereItem & { seen: string }> = [];
  for (const page of data.pages) {
    if (page.url === pageUrl) continue;
    const values = new Set<string>();
    for (const f of page.figures) {
      if (f.kind !== kind) continue;
      if (kind !== 'other' && f.subject !== 'indian') continue;
      if (kind === 'other' && f.tag !== tag) continue;
      const key = `${f.qualifier}${f.value}`;
      if (values.has(key)) continue;
      values.add(key);
      items.push({
        url: page.url,
        // The stored name is what the page said of itself when it was read, or what a file said:
        // the page's own site decides it (own-site.ts).
        publisher: ownPublisher(page.url, page.publisher),
        title: page.title,
        date: page.published ?? page.lastSeen.slice(0, 10),
        value: f.value,
        qualifier: f.qualifier,
        asOf: f.asOf,
        seen: page.lastSeen,
      });
    }
  }
  const when = (i: { date: PartialDate }) => i.date ?? '';
  items.sort((a, b) =>
    when(a) !== when(b) ? (when(a) < when(b) ? 1 : -1) : a.seen < b.seen ? 1 : a.seen > b.seen ? -1 : 0,
  );
  return items.slice(0, limit).map(({ seen: _seen, ...item }) => item);
}

/** One read per reader: the popup shows several kinds from the same sightings. */
const READS = new WeakMap<SightingsReader, Promise<SightingsData | null>>();

function readSightings(reader: SightingsReader): Promise<SightingsData | null> {
  let read = READS.get(reader);
  if (!read) {
    read = reader.read().then(
      (r) => (r.ok ? r.data : null),
      () => null,
    );
    READS.set(reader, read);
    // A failed read is not kept: the next view reads again.
    void read.then((data) => {
      if (data === null) READS.delete(reader);
    });
  }
  return read;
}

/** The reader's sightings from a reader (the context's unless given), null until read or when unreadable. */
export function useSightings(sightings?: SightingsReader): SightingsData | null {
  const fromContext = useContext(SightingsContext);
  const reader = sightings ?? fromContext;
  const [data, setData] = useState<SightingsData | null>(null);
  useEffect(() => {
    if (!reader) return;
    let live = true;
    void readSightings(reader).then((d) => {
      if (live) setData(d);
    });
    return () => {
      live = false;
    };
  }, [reader]);
  return data;
}

export function AlsoReported({
  kind,
  figures,
  page,
  sightings,
}: {
  kind: FigureKind;
  /** The page's figures of the kind (their sub-label, for `other`). */
  figures: readonly CheckedFigure[];
  /** This page: its own sightings are not "elsewhere". */
  page: { url: string; canonicalUrl: string | null };
  /** Defaults to the SightingsContext's. */
  sightings?: SightingsReader;
}) {
  const data = useSightings(sightings);
  if (!data) return null;
  const pageUrl = sightingUrl(page);
  const tag = kind === 'other' ? (figures.map((f) => f.tag).find(Boolean) ?? undefined) : undefined;
  const items = alsoReported(data, kind, pageUrl, { tag });
  if (items.length === 0) return null;
  const headingId = `also-${kind}`;
  return (
    <section class="also" data-kind={kind} aria-labelledby={headingId}>
      <h4 id={headingId}>{t('alsoReportedHeading')}</h4>
      <ul>
        {items.map((item) => (
          <li key={`${item.url} ${item.qualifier}${item.value}`} class="also-item" data-value={item.value}>
            <span class="also-value">{valueText(t, item.value, item.qualifier)}</span>
            <span class="also-body">
              {isHttpUrl(item.url) ? (
                <a href={item.url} target="_blank" rel="noopener noreferrer" title={item.title || undefined}>
                  {item.publisher}
                  <span class="sr-only"> {t('opensInNewTab')}</span>
                </a>
              ) : (
                <span>{item.publisher}</span>
              )}
              <span class="also-date">
                {item.asOf
                  ? t('alsoReportedWhen', [dateText(t, item.date), dateText(t, item.asOf)])
                  : dateText(t, item.date)}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
