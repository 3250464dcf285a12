import { FIGURE_KINDS, type FigureKind } from '../engine/figure-types';
import type { RecordTable } from '../record/verdicts';
import { answerIdProblem } from './analyze-message';
import {
  type CheckedFigure,
  recordObjectProblem,
  recordTableProblem,
  verdictEssentialsProblem,
} from './checked-figure';
import { isPlainObject, keysProblem, type Problem } from './checks';

/**
 * A card's details, asked for when it first opens: the page's badges paint from what the answer
 * carries, and the background, which keeps the tab's latest answer in full, gives one figure in the
 * shared shape with the records its verdict names. The request names the answer the page painted
 * (its id) and the figure's index in it; a request naming any other answer (a stale one) is refused.
 */
export const FIGURE_DETAILS = 'factcheck:figure-details';

export interface FigureDetailsRequest {
  type: typeof FIGURE_DETAILS;
  answer: string;
  figure: number;
}

export interface FigureDetails {
  figure: CheckedFigure;
  records: RecordTable;
}

/** The details, or `ok: false` when the answer named is not the tab's latest (or has no such figure). */
export type FigureDetailsReply = ({ ok: true } & FigureDetails) | { ok: false };

export function isFigureDetailsRequest(value: unknown): value is FigureDetailsRequest {
  return (
    isPlainObject(value) &&
    value.type === FIGURE_DETAILS &&
    keysProblem(value, ['type', 'answer', 'figure'], 'message') === null &&
    answerIdProblem(value.answer, 'answer') === null &&
    Number.isSafeInteger(value.figure) &&
    (value.figure as number) >= 0
  );
}

/**
 * The page's check of a details reply, as much as the card paints from (the page puts text only in
 * `textContent`, and keeps its bundle small): a refusal, or a figure with a value, a kind and a
 * verdict's status, currency and record ids, and every record it names there under its own id.
 */
export function figureDetailsPaintProblem(value: unknown): Problem {
  if (!isPlainObject(value)) return 'reply: must be an object';
  if (value.ok === false) return null;
  if (value.ok !== true) return 'ok: must be true or false';
  const f = value.figure;
  if (!isPlainObject(f) || typeof f.value !== 'number' || !FIGURE_KINDS.includes(f.kind as FigureKind))
    return 'figure: must be a figure';
  if (!isPlainObject(f.verdict)) return 'figure.verdict: must be an object';
  return (
    verdictEssentialsProblem(f.verdict, 'figure.verdict') ??
    recordTableProblem(value.records, [f as unknown as CheckedFigure], recordObjectProblem)
  );
}
