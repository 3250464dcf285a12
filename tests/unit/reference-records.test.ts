import { describe, expect, it } from 'vitest';
import { REFERENCE, REFERENCE_RECORDS } from '../../utils/record/records';
import { validateReferenceFile } from '../../utils/record/reference-record';

describe('the reference record', () => {
  it('holds all 92 records and is valid', () => {
    expect(REFERENCE_RECORDS).toHaveLength(92);
    expect(validateReferenceFile(REFERENCE)).toEqual([]);
  });

  it('marks incremental records in both the flag and the notes', () => {
    for (const r of REFERENCE_RECORDS) expect(r.incremental, r.id).toBe(r.notes.includes('[incremental]'));
  });

  it.each([
    [{ ...REFERENCE, schema: 2 }, 'schema must be 1'],
    [
      {
        ...REFERENCE,
        records: [{ ...REFERENCE_RECORDS[0], id: REFERENCE_RECORDS[1]?.id }, REFERENCE_RECORDS[1]],
      },
      'duplicate id',
    ],
    [{ ...REFERENCE, records: [{ ...REFERENCE_RECORDS[0], date: '2025-13-01' }] }, 'date must be'],
    [{ ...REFERENCE, records: [{ ...REFERENCE_RECORDS[0], kind: 'wounded' }] }, 'unknown kind'],
    [{ ...REFERENCE, records: [{ ...REFERENCE_RECORDS[0], qualifier: 'roughly' }] }, 'unknown qualifier'],
    [{ ...REFERENCE, records: [{ ...REFERENCE_RECORDS[0], sources: [] }] }, 'at least one source'],
    [{ ...REFERENCE, records: [{ ...REFERENCE_RECORDS[0], official: 'yes' }] }, 'official must be'],
    [{ ...REFERENCE, records: [{ ...REFERENCE_RECORDS[0], kind: 'other', tag: undefined }] }, 'need a tag'],
  ])('rejects a broken file (%#)', (file, message) => {
    expect(validateReferenceFile(file).join('\n')).toContain(message);
  });
});
