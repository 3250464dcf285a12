/** The kinds of figure the extension tracks (DESIGN.md section 2). */
export const FIGURE_KINDS = [
  'recruited_total',
  'serving',
  'awaiting_discharge',
  'discharged',
  'killed',
  'missing',
  'other',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const SUBJECTS = ['indian', 'other_nationality', 'unknown'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Whose count: the whole country's, or one group's (one district, one village, one agent's recruits). */
export const SCOPES = ['national', 'group'] as const;
export type Scope = (typeof SCOPES)[number];

/** Who the text says gave a figure, and where: "Randhir Jaiswal, MEA spokesperson", "weekly briefing". */
export interface Attribution {
  speaker: string;
  /** Null when the text names no venue. */
  venue: string | null;
}

/** `YYYY-MM-DD`, `YYYY-MM`, or null when the text gives no usable date. */
export type PartialDate = string | null;

export interface Span {
  start: number;
  end: number;
}

export interface Figure extends Span {
  value: number;
  kind: FigureKind;
  qualifier: Qualifier;
  subject: Subject;
  asOf: PartialDate;
  /**
   * The figure as written: from the number (or the sentence start, when it is near) to the end of the
   * clause that decided, whitespace collapsed, at most about 180 characters.
   */
  text: string;
  /** "20-odd": the approximation runs upward, 20 to 29. */
  odd?: boolean;
  /** "two more were killed": a count of new cases, not a running total. */
  incremental?: boolean;
  /** For `other` figures, what they count (remains_repatriated, cbi_arrests ...), when the text says. */
  tag?: string;
  /** A count of one group, never compared with national totals; national when absent. */
  scope?: Scope;
  /** The official the text attributes the figure to, when it names one. */
  attribution?: Attribution;
  /** "35-40": this figure is one end of a range, whose two ends are given here (both ends carry it). */
  range?: { low: number; high: number };
  /** On a claim made of a range's two ends (utils/record/claims.ts): the range's top; `value` is its bottom. */
  high?: number;
  /** Every place in the flat text that states this figure, in text order; `start`/`end` is the first in the body. */
  mentions: Span[];
}

export interface PageAnalysis {
  relevant: boolean;
  score: number;
  published: PartialDate;
  figures: Figure[];
  /** True when the input was longer than the size limit and only its head was read. */
  truncated: boolean;
}
