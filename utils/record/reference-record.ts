import { isPartialDate } from '../engine/dates';
import { FIGURE_KINDS, type FigureKind, QUALIFIERS, type Qualifier } from '../engine/figure-types';

/** One reported figure from the sourced record (`official-figures.json`). */
export interface ReferenceRecord {
  id: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  date: string;
  kind: FigureKind;
  value: number;
  qualifier: Qualifier;
  /** "2 more killed": never compared with running totals. */
  incremental: boolean;
  speaker: string;
  venue: string;
  /** False for figures only the media gave. */
  official: boolean;
  confidence: 'high' | 'medium' | 'low';
  summary: string;
  sources: Array<{ url: string; publisher: string }>;
  notes: string;
  /** Sub-label of `other` records: remains_repatriated, cbi_arrests ... */
  tag?: string;
  /**
   * Never in the shipped file: a figure the reader accepted on this device from a page that quoted an
   * official. It counts as official there, and is always shown as the reader's.
   */
  local?: boolean;
}

export interface ReferenceFile {
  schema: number;
  topic: string;
  compiled: string;
  coverage: { from: string; to: string };
  kinds: string[];
  records: ReferenceRecord[];
}

const CONFIDENCE = ['high', 'medium', 'low'];

/** Every problem with a reference file, one line each; empty when it is sound. */
export function validateReferenceFile(file: unknown): string[] {
  const errors: string[] = [];
  if (typeof file !== 'object' || file === null) return ['not an object'];
  const f = file as Partial<ReferenceFile>;
  if (f.schema !== 1) errors.push(`schema must be 1, got ${String(f.schema)}`);
  if (!Array.isArray(f.records)) return [...errors, 'records must be an array'];
  const ids = new Set<string>();
  f.records.forEach((raw, i) => {
    const r = raw as Partial<ReferenceRecord>;
    const at = `record ${i} (${String(r.id)})`;
    if (typeof r.id !== 'string' || r.id === '') errors.push(`${at}: id missing`);
    else if (ids.has(r.id)) errors.push(`${at}: duplicate id`);
    else ids.add(r.id);
    if (!isPartialDate(r.date)) errors.push(`${at}: date must be YYYY-MM-DD or YYYY-MM`);
    if (!FIGURE_KINDS.includes(r.kind as FigureKind)) errors.push(`${at}: unknown kind ${String(r.kind)}`);
    if (!QUALIFIERS.includes(r.qualifier as Qualifier))
      errors.push(`${at}: unknown qualifier ${String(r.qualifier)}`);
    if (typeof r.value !== 'number' || !Number.isInteger(r.value) || r.value < 0)
      errors.push(`${at}: value must be a whole number`);
    if (typeof r.incremental !== 'boolean') errors.push(`${at}: incremental must be true or false`);
    if (typeof r.official !== 'boolean') errors.push(`${at}: official must be true or false`);
    if (!CONFIDENCE.includes(r.confidence as string))
      errors.push(`${at}: confidence must be high, medium or low`);
    for (const field of ['speaker', 'venue', 'summary'] as const)
      if (typeof r[field] !== 'string' || r[field] === '') errors.push(`${at}: ${field} missing`);
    if (typeof r.notes !== 'string') errors.push(`${at}: notes must be a string`);
    if (!Array.isArray(r.sources) || r.sources.length === 0) errors.push(`${at}: needs at least one source`);
    else
      r.sources.forEach((s, j) => {
        if (typeof s?.url !== 'string' || !/^https?:\/\/\S+$/.test(s.url))
          errors.push(`${at}: source ${j} url`);
        if (typeof s?.publisher !== 'string' || s.publisher === '')
          errors.push(`${at}: source ${j} publisher`);
      });
    if (r.kind === 'other' && (typeof r.tag !== 'string' || r.tag === ''))
      errors.push(`${at}: other records need a tag`);
    if (
      r.incremental !== /\[incremental\]/.test(r.notes ?? '') &&
      typeof r.notes === 'string' &&
      r.notes.includes('[incremental]')
    )
      errors.push(`${at}: notes say [incremental] but incremental is false`);
  });
  return errors;
}
