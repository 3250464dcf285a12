/**
 * Moving the reader to a figure in the page: the keyboard shortcuts (the manifest's `commands`, heard
 * by the background) and the popup's "Show in the page" send this to the annotator of the tab's top
 * frame, which focuses the figure's badge and opens its card. The annotator answers `true` when it did.
 */

export const FOCUS_FIGURE = 'factcheck:focus-figure';

/**
 * The next or the previous figure in reading order, from the reader's place in the page; or one
 * figure, by its index in the page's result (`PageResultFigure[]`, in the order of the overlay's badges).
 */
export type FigureTarget = 'next' | 'previous' | number;

export interface FocusFigureMessage {
  type: typeof FOCUS_FIGURE;
  figure: FigureTarget;
}

/** The manifest's commands (declared with their keys in wxt.config.ts) and where each moves to. */
export const FIGURE_COMMANDS = {
  'next-figure': 'next',
  'previous-figure': 'previous',
} as const satisfies Record<string, FigureTarget>;

export type FigureCommand = keyof typeof FIGURE_COMMANDS;

export function isFocusFigureMessage(m: unknown): m is FocusFigureMessage {
  if (typeof m !== 'object' || m === null || (m as { type?: unknown }).type !== FOCUS_FIGURE) return false;
  const f = (m as { figure?: unknown }).figure;
  return f === 'next' || f === 'previous' || (Number.isSafeInteger(f) && (f as number) >= 0);
}
