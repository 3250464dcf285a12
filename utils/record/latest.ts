import type { FigureKind } from '../engine/figure-types';
import { type Partition, partitionsOf, QUESTIONS, sameQuestion } from './questions';
import type { ReferenceRecord } from './reference-record';

/**
 * The latest official figure of each question the record answers (recruited, still there,
 * discharged, killed, missing), as known by `today`: the popup's first lines. Running totals only.
 */
export function latestOfficialFigures(
  records: readonly ReferenceRecord[],
  today?: string,
): Array<{ question: FigureKind; record: ReferenceRecord }> {
  const out: Array<{ question: FigureKind; record: ReferenceRecord }> = [];
  for (const question of QUESTIONS) {
    const kinds = sameQuestion(question);
    let latest: ReferenceRecord | undefined;
    for (const r of records) {
      if (!r.official || r.incremental || !kinds.includes(r.kind)) continue;
      if (today !== undefined && r.date.slice(0, today.length) > today) continue;
      // On one date, the question's own kind first, then the higher bound of a range.
      if (
        !latest ||
        r.date > latest.date ||
        (r.date === latest.date && kinds.indexOf(r.kind) < kinds.indexOf(latest.kind))
      )
        latest = r;
    }
    if (latest) out.push({ question, record: latest });
  }
  return out;
}

/** The statement whose parts add up to the latest total, when the latest figures are one such statement. */
export function latestPartition(
  records: readonly ReferenceRecord[],
  latest: ReadonlyArray<{ record: ReferenceRecord }>,
): Partition | null {
  const total = latest.find((l) => l.record.kind === 'recruited_total')?.record;
  if (!total) return null;
  const partition = partitionsOf(records).find((p) => p.total.id === total.id);
  if (!partition) return null;
  const ids = new Set(latest.map((l) => l.record.id));
  return partition.parts.every((r) => ids.has(r.id)) ? partition : null;
}
