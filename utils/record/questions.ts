import type { FigureKind } from '../engine/figure-types';
import type { ReferenceRecord } from './reference-record';

/**
 * Which kinds answer the same question, and how the kinds fit together. "Still serving" and "awaiting
 * discharge" both count the men still in the Russian army (DESIGN.md section 2): a later figure of
 * either supersedes an earlier one of the other. The rest is read from the record itself: where one
 * official statement gives a total and the parts that add up to it (18 Dec 2025: 202 recruited = 119
 * discharged + 26 killed + 7 missing + 50 awaiting discharge), those kinds are the parts of the total,
 * and kinds that take each other's place in two such sums count the same men (tests/unit/record-questions.test.ts
 * finds the two still-there kinds so in the record's sums).
 */

/** The kinds that count the men still in the army. */
const STILL_THERE: readonly FigureKind[] = ['serving', 'awaiting_discharge'];

/** The kinds whose figures answer the same question as `kind`'s (itself first). */
export function sameQuestion(kind: FigureKind): readonly FigureKind[] {
  if (!STILL_THERE.includes(kind)) return [kind];
  return [kind, ...STILL_THERE.filter((k) => k !== kind)];
}

/** The question a kind answers, named by its first kind: both still-there kinds are "serving". */
function questionOf(kind: FigureKind): FigureKind {
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
 * Every statement of the record (one date, one speaker) in which figures of other kinds add up to its
 * recruited total, oldest first, with the largest such set of parts. A statement may count a kind
 * inside another (in Jan and Feb 2025 the 18 still there included the 16 missing: 126 = 96 + 12 + 18);
 * the parts left out are those so counted.
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
    // One figure per question: the still-there kinds fill one place between them.
    const byQuestion = new Map<FigureKind, ReferenceRecord>();
    for (const r of list)
      if (r !== total && !byQuestion.has(questionOf(r.kind))) byQuestion.set(questionOf(r.kind), r);
    const candidates = [...byQuestion.values()];
    let parts: ReferenceRecord[] | null = null;
    // Every subset, largest first: a statement has at most five questions, so at most 32 subsets.
    for (let mask = (1 << candidates.length) - 1; mask > 0; mask--) {
      const subset = candidates.filter((_, i) => mask & (1 << i));
      if (subset.length < 2 || (parts && subset.length <= parts.length)) continue;
      if (subset.reduce((sum, r) => sum + r.value, 0) === total.value) parts = subset;
    }
    if (parts) found.push({ date: total.date, total, parts });
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
