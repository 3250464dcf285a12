import { type Failure, failure } from '../../wording/failure';
import { MAX_IMPORT_BYTES } from './import-file';
import { migrateSightingsFrom } from './migrations';
import { SIGHTINGS_FORMAT, SIGHTINGS_VERSION, type SightingsData, type SightingsFile } from './types';
import { fileDamaged, sightingsFileFailure } from './validate';

/** Export of the sightings as JSON (the whole store, re-importable) and CSV (one row per figure). */

export function sightingsToJson(data: SightingsData): string {
  const file: SightingsFile = {
    format: SIGHTINGS_FORMAT,
    version: SIGHTINGS_VERSION,
    dropped: data.dropped,
    pages: data.pages,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The schema versions of export files that earlier versions of the extension wrote, still imported. */
const EXPORTED_BEFORE: readonly number[] = [2, 3];

/** Parses and checks a whole export file; nothing in it is used unless all of it is sound. */
export function parseSightingsJson(text: string): { ok: true; data: SightingsData } | Failure {
  if (typeof text !== 'string' || text.trim() === '') return failure('The file is empty.', 'fileEmpty');
  // A text longer than the largest file read (import-file.ts) came from elsewhere: refused unparsed.
  if (text.length > MAX_IMPORT_BYTES) {
    const limit = String(MAX_IMPORT_BYTES / 1024 / 1024);
    return failure(`The file is too large (over ${limit} MB).`, 'fileTooLarge', limit);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const why = (e as Error).message;
    return failure(`The file is not valid JSON (${why}).`, 'fileNotJson', why);
  }
  // A file exported by an earlier version (schema 2 or 3) is read as this one keeps it.
  const version = (parsed as { version?: unknown } | null)?.version;
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    (parsed as { format?: unknown }).format === SIGHTINGS_FORMAT &&
    typeof version === 'number' &&
    EXPORTED_BEFORE.includes(version)
  ) {
    try {
      parsed = {
        ...(migrateSightingsFrom(version, parsed) as SightingsData),
        format: SIGHTINGS_FORMAT,
        version: SIGHTINGS_VERSION,
      };
    } catch (e) {
      return fileDamaged((e as Error).message);
    }
  }
  const problem = sightingsFileFailure(parsed);
  if (problem) return problem;
  const file = parsed as SightingsFile;
  return { ok: true, data: { pages: file.pages, dropped: file.dropped } };
}

const CSV_COLUMNS = [
  'url',
  'publisher',
  'title',
  'published',
  'value',
  'high',
  'kind',
  'qualifier',
  'asOf',
  'status',
  'currency',
  'latestId',
  'attributedTo',
  'attributedVenue',
  'firstSeen',
  'lastSeen',
] as const;

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (= + - @, or a leading tab or carriage
 * return) gets a leading single quote; cells with a comma, quote or line break are quoted (RFC 4180).
 */
function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per figure; a page with no figures still gets a row, with the figure cells empty. */
export function sightingsToCsv(data: SightingsData): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const p of data.pages) {
    const page = [p.url, p.publisher, p.title, p.published];
    const seen = [p.firstSeen, p.lastSeen];
    const figures = p.figures.length > 0 ? p.figures : [null];
    for (const f of figures) {
      const cells = f
        ? [
            f.value,
            f.high,
            f.kind,
            f.qualifier,
            f.asOf,
            f.verdict.status,
            f.verdict.currency,
            f.verdict.latest,
            f.attribution?.speaker ?? null,
            f.attribution?.venue ?? null,
          ]
        : Array<null>(10).fill(null);
      rows.push([...page, ...cells, ...seen].map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
