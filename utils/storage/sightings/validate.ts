import { checkedFigureProblem } from '../../contracts/checked-figure';
import {
  isPlainObject,
  keysProblem,
  LIMITS,
  numberProblem,
  type Problem,
  partialDateProblem,
  stringProblem,
  urlProblem,
} from '../../contracts/checks';
import { type Failure, failure } from '../../wording/failure';
import { SIGHTINGS_CAP, SIGHTINGS_FORMAT, SIGHTINGS_VERSION } from './types';

/** Checks of the stored sightings and of import files: every field, before anything is used or written. */

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function isIsoTimestamp(v: unknown): v is string {
  return typeof v === 'string' && ISO_TIMESTAMP.test(v) && !Number.isNaN(Date.parse(v));
}

/** A figure as the card and the popup read it, without its text (the sightings keep none). */
const figureProblem = (v: unknown, path: string): Problem =>
  checkedFigureProblem(v, path, { without: ['text'] });

const PAGE_KEYS = ['url', 'publisher', 'title', 'published', 'figures', 'firstSeen', 'lastSeen'] as const;

function pageProblem(v: unknown, path: string): Problem {
  if (!isPlainObject(v)) return `${path}: must be an object`;
  const checks: Array<() => Problem> = [
    () => keysProblem(v, PAGE_KEYS, path),
    () => urlProblem(v.url, `${path}.url`),
    () => stringProblem(v.publisher, LIMITS.publisher, `${path}.publisher`),
    () => stringProblem(v.title, LIMITS.title, `${path}.title`),
    () => partialDateProblem(v.published, `${path}.published`),
    () => (isIsoTimestamp(v.firstSeen) ? null : `${path}.firstSeen: must be an ISO timestamp`),
    () => (isIsoTimestamp(v.lastSeen) ? null : `${path}.lastSeen: must be an ISO timestamp`),
    () =>
      Date.parse(v.firstSeen as string) <= Date.parse(v.lastSeen as string)
        ? null
        : `${path}: firstSeen is after lastSeen`,
    () => {
      const figures = v.figures;
      if (!Array.isArray(figures)) return `${path}.figures: must be an array`;
      if (figures.length > LIMITS.figures) return `${path}.figures: more than ${LIMITS.figures}`;
      for (let i = 0; i < figures.length; i++) {
        const p = figureProblem(figures[i], `${path}.figures[${i}]`);
        if (p) return p;
      }
      return null;
    },
  ];
  for (const c of checks) {
    const p = c();
    if (p) return p;
  }
  return null;
}

function pagesProblem(pages: unknown, dropped: unknown): Problem {
  const d = numberProblem(dropped, 0, Number.MAX_SAFE_INTEGER, 'dropped', true);
  if (d) return d;
  if (!Array.isArray(pages)) return 'pages: must be an array';
  if (pages.length > SIGHTINGS_CAP) return `pages: more than ${SIGHTINGS_CAP}`;
  const urls = new Set<string>();
  for (let i = 0; i < pages.length; i++) {
    const p = pageProblem(pages[i], `pages[${i}]`);
    if (p) return p;
    const url = (pages[i] as { url: string }).url;
    if (urls.has(url)) return `pages[${i}].url: the same page twice`;
    urls.add(url);
  }
  return null;
}

/** The first problem with a stored sightings value (this version's), or null. */
export function sightingsDataProblem(v: unknown): Problem {
  if (!isPlainObject(v)) return 'sightings: must be an object';
  return keysProblem(v, ['pages', 'dropped'], 'sightings') ?? pagesProblem(v.pages, v.dropped);
}

/** The first problem with an export file, worded for the reader (in English and as a catalogue message), or null. */
export function sightingsFileFailure(v: unknown): Failure | null {
  if (!isPlainObject(v) || v.format !== SIGHTINGS_FORMAT)
    return failure(
      'This is not a sightings export of this extension (its "format" field is missing or different).',
      'fileNotSightings',
    );
  if (v.version !== SIGHTINGS_VERSION) {
    const ours = String(SIGHTINGS_VERSION);
    if (typeof v.version === 'number' && v.version > SIGHTINGS_VERSION)
      return failure(
        `This file is sightings schema version ${v.version}, from a newer version of the extension; this one reads version ${ours}.`,
        'fileNewerVersion',
        String(v.version),
        ours,
      );
    const theirs = JSON.stringify(v.version) ?? 'undefined';
    return failure(
      `Unsupported sightings schema version ${theirs}; expected ${ours}.`,
      'fileUnsupportedVersion',
      theirs,
      ours,
    );
  }
  const p =
    keysProblem(v, ['format', 'version', 'pages', 'dropped'], 'file') ?? pagesProblem(v.pages, v.dropped);
  return p ? fileDamaged(p) : null;
}

/** A file whose shape is wrong somewhere: `detail` says where, in the checks' own terms. */
export const fileDamaged = (detail: string): Failure =>
  failure(`The file is damaged or was edited: ${detail}.`, 'fileDamaged', detail);
