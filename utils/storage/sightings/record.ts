import type { CheckedFigure } from '../../contracts/checked-figure';
import type { PartialDate } from '../../engine/figure-types';
import { ownCanonical } from '../../sites/own-site';
import { SIGHTINGS_CAP, type Sighting, type SightingFigure, type SightingsData } from './types';

/** Pure updates of the sightings value; the store (store.ts) reads, applies one, and writes. */

/** What the background knows of a page when it records it (a validated page-result message). */
export interface SightingInput {
  url: string;
  canonicalUrl: string | null;
  publisher: string;
  title: string;
  published: PartialDate;
  figures: readonly CheckedFigure[];
}

/**
 * The dedupe key, which decides what a visit replaces: the canonical URL when the page has one on its
 * own site (own-site.ts), else the page's URL, without its fragment. A page never takes the place of
 * another site's page.
 */
export function sightingUrl(input: { url: string; canonicalUrl: string | null }): string {
  const raw = ownCanonical(input.url, input.canonicalUrl) ?? input.url;
  try {
    const u = new URL(raw);
    u.hash = '';
    return u.href;
  } catch {
    return raw.split('#')[0] ?? raw;
  }
}

/** A page's figure as the sightings keep it: as it came, without the text it was written in. */
function toSightingFigure(f: CheckedFigure): SightingFigure {
  const { text: _text, ...kept } = f;
  return { ...kept, verdict: { ...f.verdict } };
}

const time = (iso: string) => Date.parse(iso);

/** Drops the least recently seen pages beyond `cap`, counting them; the others keep their order. */
export function capSightings(data: SightingsData, cap = SIGHTINGS_CAP): SightingsData {
  const excess = data.pages.length - cap;
  if (excess <= 0) return data;
  const oldest = new Set(
    data.pages
      .map((p, i) => ({ t: time(p.lastSeen), i }))
      .sort((a, b) => a.t - b.t || a.i - b.i)
      .slice(0, excess)
      .map((x) => x.i),
  );
  return { pages: data.pages.filter((_, i) => !oldest.has(i)), dropped: data.dropped + excess };
}

/**
 * Records a visit: a page seen before keeps its `firstSeen` and takes the latest title and figures;
 * either way it moves to the end (most recently seen).
 */
export function addSighting(
  data: SightingsData,
  input: SightingInput,
  nowIso: string,
  cap = SIGHTINGS_CAP,
): SightingsData {
  const url = sightingUrl(input);
  const before = data.pages.find((p) => p.url === url);
  const firstSeen = before && time(before.firstSeen) < time(nowIso) ? before.firstSeen : nowIso;
  const lastSeen = before && time(before.lastSeen) > time(nowIso) ? before.lastSeen : nowIso;
  const page: Sighting = {
    url,
    publisher: input.publisher,
    title: input.title,
    published: input.published,
    figures: input.figures.map(toSightingFigure),
    firstSeen,
    lastSeen,
  };
  const pages = data.pages.filter((p) => p.url !== url);
  pages.push(page);
  return capSightings({ pages, dropped: data.dropped }, cap);
}

/**
 * Folds imported sightings into the current ones: one entry per URL, seen from the earlier first
 * sighting to the later last one, with the content of the later.
 */
export function mergeSightings(
  current: SightingsData,
  incoming: SightingsData,
  cap = SIGHTINGS_CAP,
): SightingsData {
  const byUrl = new Map<string, Sighting>();
  for (const p of [...current.pages, ...incoming.pages]) {
    const other = byUrl.get(p.url);
    if (!other) {
      byUrl.set(p.url, p);
      continue;
    }
    const later = time(p.lastSeen) >= time(other.lastSeen) ? p : other;
    const earlierFirst = time(p.firstSeen) <= time(other.firstSeen) ? p.firstSeen : other.firstSeen;
    byUrl.set(p.url, { ...later, firstSeen: earlierFirst });
  }
  const pages = [...byUrl.values()].sort((a, b) => time(a.lastSeen) - time(b.lastSeen));
  return capSightings({ pages, dropped: Math.max(current.dropped, incoming.dropped) }, cap);
}
