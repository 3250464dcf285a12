import type { Span } from './figure-types';
import type { TextModel } from './text-model';
import { piecesOf } from './text-ranges';
import type { VerdictStatus } from './verdicts';

/**
 * Figures are painted with the CSS Custom Highlight API, one highlight per verdict status, so the
 * page's text nodes are never touched. Everything page-specific comes in through `HighlightHost`,
 * so the painting logic runs (and is tested) without a browser.
 */

export const HIGHLIGHT_PREFIX = 'factcheck-';
export const STATUSES: readonly VerdictStatus[] = ['conflicts', 'unconfirmed', 'confirmed', 'no_record'];

export const highlightName = (status: VerdictStatus) => `${HIGHLIGHT_PREFIX}${status}`;

/** Tints that read on light and dark pages: a translucent wash and an underline in the same hue. */
export const HIGHLIGHT_CSS = [
  ['confirmed', '30 107 53', 'solid'],
  ['conflicts', '179 38 30', 'solid'],
  ['unconfirmed', '138 90 0', 'dashed'],
  ['no_record', '95 99 104', 'dotted'],
]
  .map(
    ([status, rgb, style]) =>
      `::highlight(${HIGHLIGHT_PREFIX}${status}) { background-color: rgb(${rgb} / 0.22); text-decoration: underline ${style} rgb(${rgb}) 2px; text-underline-offset: 2px; }`,
  )
  .join('\n');

export interface HighlightHost {
  /** `CSS.highlights`, or null where the API is missing (then nothing is painted). */
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): unknown } | null;
  createRange(): Range;
  createHighlight(ranges: Range[]): unknown;
}

export interface PaintedFigure {
  mentions: readonly Span[];
  status: VerdictStatus;
}

/** Paints every mention of every figure; returns the ranges per figure (for badges) and a clean-up. */
export function paintHighlights(
  host: HighlightHost,
  model: TextModel,
  figures: readonly PaintedFigure[],
): { ranges: Range[][]; clear: () => void } {
  const byStatus = new Map<VerdictStatus, Range[]>();
  const ranges = figures.map((f) => {
    const own: Range[] = [];
    for (const span of f.mentions) {
      const pieces = piecesOf(model, span);
      const first = pieces[0];
      const last = pieces[pieces.length - 1];
      if (!first || !last) continue;
      const range = host.createRange();
      range.setStart(first.node, first.startOffset);
      range.setEnd(last.node, last.endOffset);
      own.push(range);
    }
    const list = byStatus.get(f.status) ?? [];
    list.push(...own);
    byStatus.set(f.status, list);
    return own;
  });
  const registry = host.registry;
  if (registry) {
    for (const status of STATUSES) {
      const list = byStatus.get(status);
      if (list && list.length > 0) registry.set(highlightName(status), host.createHighlight(list));
      else registry.delete(highlightName(status));
    }
  }
  return {
    ranges,
    clear: () => {
      if (registry) for (const status of STATUSES) registry.delete(highlightName(status));
    },
  };
}
