import type { Span } from './figure-types';
import { STANDINGS, type Standing } from './standing';
import type { TextModel } from './text-model';
import { piecesOf } from './text-ranges';

/**
 * Figures are painted with the CSS Custom Highlight API, one highlight per standing, so the
 * page's text nodes are never touched. Everything page-specific comes in through `HighlightHost`,
 * so the painting logic runs (and is tested) without a browser.
 */

export const HIGHLIGHT_PREFIX = 'factcheck-';
export const highlightName = (standing: Standing) => `${HIGHLIGHT_PREFIX}${standing}`;

/**
 * Tints that read on light and dark pages: a translucent wash and an underline in the same hue, its
 * style telling the standings apart without colour (solid, double, dashed, dotted).
 */
const HIGHLIGHT_STYLES: Record<Standing, [string, string]> = {
  current: ['30 107 53', 'solid'],
  differs: ['179 38 30', 'solid'],
  superseded: ['138 75 0', 'double'],
  newer: ['26 86 196', 'dashed'],
  unknown: ['95 99 104', 'dotted'],
};

export const HIGHLIGHT_CSS = STANDINGS.map((s) => [s, ...HIGHLIGHT_STYLES[s]])
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
  standing: Standing;
}

/** Paints every mention of every figure; returns the ranges per figure (for badges) and a clean-up. */
export function paintHighlights(
  host: HighlightHost,
  model: TextModel,
  figures: readonly PaintedFigure[],
): { ranges: Range[][]; clear: () => void } {
  const byStanding = new Map<Standing, Range[]>();
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
    const list = byStanding.get(f.standing) ?? [];
    list.push(...own);
    byStanding.set(f.standing, list);
    return own;
  });
  const registry = host.registry;
  if (registry) {
    for (const standing of STANDINGS) {
      const list = byStanding.get(standing);
      if (list && list.length > 0) registry.set(highlightName(standing), host.createHighlight(list));
      else registry.delete(highlightName(standing));
    }
  }
  return {
    ranges,
    clear: () => {
      if (registry) for (const standing of STANDINGS) registry.delete(highlightName(standing));
    },
  };
}
