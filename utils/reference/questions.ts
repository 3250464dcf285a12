import type { FigureKind } from '../figure-types';
import type { ReferenceRecord } from './reference-record';

/**
 * Which kinds answer the same question, and how the kinds fit together. "Still serving" and "awaiting
 * discharge" both count the men still in the Russian army (DESIGN.md section 2): a later figure of
 * either supersedes an earlier one of the other. The rest is read from the record itself: where one
 * official statement gives a total and the parts that add up to it (18 Dec 2025: 202 recruited = 119
 * discharged + 26 killed + 7 missing + 50 awaiting discharge), those kinds are the parts of the total.
 */

/** The kinds that count the men still in the army. */
export const STILL_THERE: readonly FigureKind[] = ['serving', 'awaiting_discharge'];

/** The kinds whose figures answer the same question as `kind`'s (itself first). */
export function sameQuestion(kind: FigureKind): readonly FigureKind[] {
  if (!STILL_THERE.includes(kind)) return [kind];
  return [kind, ...STILL_THERE.filter((k) => k !== kind)];
}

/** The question a kind answers, named by its first kind: both still-there kinds are "serving". */
export function questionOf(kind: FigureKind): FigureKind {
  return STILL_THERE.includes(kind) ? (STILL_THERE[0] as FigureKind) : kind;
}

/** One official statement's total and the parts that add up to it exactly. */
export interface Partition {
  date: string;
  total: ReferenceRecord;
  parts: ReferenceRecord[];
}

const isRunningCount = (r: ReferenceRecord) =>
  r.official && !r.incremental && r.qualifier === 'exact' && r.kind !== 'other';

/**
 * Every statement of the record (one date, one speaker) in which the figures of the other kinds add up
 * to its recruited total, oldest first. A statement whose figures do not add up is left out: its kinds
 * overlap in ways it does not say.
 */
export function partitionsOf(records: readonly ReferenceRecord[]): Partition[] {
  const statements = new Map<string, ReferenceRecord[]>();
  for (const r of records) {
    if (!isRunningCount(r)) continue;
    const key = `${r.date}|${r.speaker}`;
    const list = statements.get(key);
    if (list) list.push(r);
    else statements.set(key, [r]);
  }
  const found: Partition[] = [];
  for (const list of statements.values()) {
    const total = list.find((r) => r.kind === 'recruited_total');
    if (!total) continue;
    // One figure per kind: the still-there kinds fill one place between them.
    const byQuestion = new Map<FigureKind, ReferenceRecord>();
    for (const r of list)
      if (r !== total && !byQuestion.has(questionOf(r.kind))) byQuestion.set(questionOf(r.kind), r);
    const parts = [...byQuestion.values()];
    if (parts.length < 2) continue;
    if (parts.reduce((sum, r) => sum + r.value, 0) === total.value)
      found.push({ date: total.date, total, parts });
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The questions a statement of the record answers, in the order a reader takes them in. */
export const QUESTIONS: readonly FigureKind[] = [
  'recruited_total',
  'serving',
  'discharged',
  'killed',
  'missing',
];
