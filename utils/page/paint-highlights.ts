import type { Span } from '../engine/figure-types';
import type { TextModel } from '../engine/text/text-model';
import { STANDINGS, type Standing } from '../record/standing';
import { INKS } from './page-colours';
import { piecesOf } from './text-ranges';

/**
 * Figures are painted with the CSS Custom Highlight API, one highlight per standing, so the
 * page's text nodes are never touched. Everything page-specific comes in through `HighlightHost`,
 * so the painting logic runs (and is tested) without a browser.
 */

const HIGHLIGHT_PREFIX = 'factcheck-';
/** Each standing's highlight, in the ink for a light page, or (`-dark`) for a dark one. */
const highlightName = (standing: Standing, onDark = false) =>
  `${HIGHLIGHT_PREFIX}${standing}${onDark ? '-dark' : ''}`;

/**
 * A translucent wash and an underline in the standing's ink (utils/page/page-colours.ts), its style telling
 * the standings apart without colour (solid, double, dashed, dotted).
 */
const UNDERLINE: Record<Standing, string> = {
  current: 'solid',
  differs: 'solid',
  superseded: 'double',
  newer: 'dashed',
  unknown: 'dotted',
};

const rule = (standing: Standing, onDark: boolean) => {
  const [r, g, b] = INKS[standing][onDark ? 'dark' : 'light'];
  const ink = `${r} ${g} ${b}`;
  return `::highlight(${highlightName(standing, onDark)}) { background-color: rgb(${ink} / ${onDark ? 0.28 : 0.22}); text-decoration: underline ${UNDERLINE[standing]} rgb(${ink}) 2px; text-underline-offset: 2px; }`;
};

// Marked pure: the annotator imports this module for paintHighlights alone, and the bundler would
// otherwise keep this sheet (inserted by the background) in it, 0.4 KB it never uses.
export const HIGHLIGHT_CSS = /* @__PURE__ */ [false, true]
  .flatMap((onDark) => STANDINGS.map((s) => rule(s, onDark)))
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
  /** The page's background is dark: the inks for dark pages. */
  onDark = false,
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
      // A page read again may have turned dark or light: the other ink's highlight goes.
      registry.delete(highlightName(standing, !onDark));
      if (list && list.length > 0) registry.set(highlightName(standing, onDark), host.createHighlight(list));
      else registry.delete(highlightName(standing, onDark));
    }
  }
  return {
    ranges,
    clear: () => {
      if (registry)
        for (const standing of STANDINGS) {
          registry.delete(highlightName(standing));
          registry.delete(highlightName(standing, true));
        }
    },
  };
}
