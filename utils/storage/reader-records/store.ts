import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import { type RecordSet, recordSetWith } from '../../record/record-set';
import { type ReferenceRecord, validateReferenceFile } from '../../record/reference-record';
import { type Failure, failure } from '../../wording/failure';
import type { Result } from '../sightings/types';
import { type Candidate, readerRecordsFile, recordsFromCandidate } from './candidates';

/**
 * The reader's own record, in `storage.local`: the candidates they accepted (as records in the shipped
 * record's format, each counted as official on this device and shown as theirs) and the keys of those
 * they rejected. The background reads it for every verdict; the options page changes it.
 */

const READER_RECORDS_KEY = 'local:reader-records' as const;
const READER_RECORDS_VERSION = 1;
/** More accepted figures than a reader would ever add by hand; past it, accepting is refused. */
const READER_RECORDS_CAP = 500;
const REJECTED_CAP = 5000;

interface ReaderRecordsData {
  records: ReferenceRecord[];
  rejected: string[];
}

const emptyReaderRecords = (): ReaderRecordsData => ({ records: [], rejected: [] });

export type ReaderRecordsItem = WxtStorageItem<ReaderRecordsData | null, { v: number }>;

export function defineReaderRecordsItem(): ReaderRecordsItem {
  return storage.defineItem<ReaderRecordsData, { v: number }>(READER_RECORDS_KEY, {
    version: READER_RECORDS_VERSION,
  });
}

/** The first problem with a stored value, or null: every record as the shipped file's check wants it. */
function readerRecordsProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null) return 'must be an object';
  const { records, rejected } = v as Partial<ReaderRecordsData>;
  if (!Array.isArray(records) || records.length > READER_RECORDS_CAP) return 'records: must be a short array';
  if (!Array.isArray(rejected) || rejected.length > REJECTED_CAP) return 'rejected: must be a short array';
  if (!rejected.every((k) => typeof k === 'string' && k.length <= 300)) return 'rejected: must hold keys';
  const errors = validateReferenceFile({ schema: 1, records });
  return errors[0] ?? null;
}

type ReaderRecordsRead = { ok: true; data: ReaderRecordsData } | Failure;

export interface ReaderRecordsStore {
  read(): Promise<ReaderRecordsRead>;
  /** The shipped record with the accepted figures; read once, and again after each change. */
  recordSet(): Promise<RecordSet>;
  accept(candidate: Candidate, today: string): Promise<Result>;
  reject(key: string): Promise<Result>;
  /** Takes an accepted figure back out (both ends of a range). */
  remove(id: string): Promise<Result>;
  /** The accepted figures as a file in the shipped record's format. */
  exportJson(today: string): Promise<{ ok: true; text: string } | Failure>;
}

export function createReaderRecordsStore(
  item: ReaderRecordsItem = defineReaderRecordsItem(),
): ReaderRecordsStore {
  let cached: Promise<RecordSet> | null = null;
  try {
    item.watch(() => {
      cached = null;
    });
  } catch {
    // No storage events here: the set is read again after each change made through this store.
  }

  async function read(): Promise<ReaderRecordsRead> {
    try {
      const value = await item.getValue();
      if (value === null) return { ok: true, data: emptyReaderRecords() };
      const problem = readerRecordsProblem(value);
      if (problem)
        return failure(
          `Your accepted figures could not be read (${problem}).`,
          'readerRecordsUnreadable',
          problem,
        );
      return { ok: true, data: value };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return failure(`Could not read your accepted figures: ${why}`, 'readerRecordsReadFailed', why);
    }
  }

  let queue: Promise<unknown> = Promise.resolve();
  const change = (edit: (d: ReaderRecordsData) => ReaderRecordsData | Failure): Promise<Result> => {
    const run = queue.then(async (): Promise<Result> => {
      const current = await read();
      if (!current.ok) return current;
      const next = edit(current.data);
      if ('ok' in next) return next;
      try {
        await item.setValue(next);
        cached = null;
        return { ok: true };
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return failure(`Could not save: ${why}`, 'readerRecordsSaveFailed', why);
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    read,
    recordSet() {
      cached ??= read().then((r) => recordSetWith(r.ok ? r.data.records : []));
      return cached;
    },
    accept: (candidate, today) =>
      change((d) => {
        const taken = new Set(d.records.map((r) => r.id));
        const added = recordsFromCandidate(candidate, today, taken);
        if (d.records.length + added.length > READER_RECORDS_CAP)
          return failure(
            `You have accepted ${d.records.length} figures, the most this keeps.`,
            'readerRecordsFull',
            String(d.records.length),
          );
        return {
          records: [...d.records, ...added],
          rejected: d.rejected.filter((k) => k !== candidate.key),
        };
      }),
    reject: (key) =>
      change((d) => ({
        records: d.records,
        rejected: d.rejected.includes(key) ? d.rejected : [...d.rejected, key].slice(-REJECTED_CAP),
      })),
    remove: (id) =>
      change((d) => {
        const gone = d.records.find((r) => r.id === id);
        if (!gone) return d;
        // The two ends of one range go together.
        const range = /^\s*\[range \d+-\d+\]/.exec(gone.notes)?.[0];
        return {
          records: d.records.filter(
            (r) =>
              r.id !== id &&
              !(range && r.date === gone.date && r.kind === gone.kind && r.notes.startsWith(range)),
          ),
          rejected: d.rejected,
        };
      }),
    async exportJson(today) {
      const r = await read();
      if (!r.ok) return r;
      return { ok: true, text: `${JSON.stringify(readerRecordsFile(r.data.records, today), null, 2)}\n` };
    },
  };
}
