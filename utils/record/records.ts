import data from './official-figures.json';
import type { ReferenceFile, ReferenceRecord } from './reference-record';

/**
 * The sourced record of reported figures, Feb 2024 to Dec 2025. To add a statement, see "Adding an
 * official statement" in the README; `tests/unit/reference-records.test.ts` checks the file.
 */
export const REFERENCE: ReferenceFile = data as ReferenceFile;
export const REFERENCE_RECORDS: readonly ReferenceRecord[] = REFERENCE.records;
