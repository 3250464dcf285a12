/**
 * Where a figure's badge goes. The badge is a transparent touch target over the figure, at least
 * 24 x 24 CSS px (WCAG 2.2 target size), and it draws one mark: a chip in the standing's colour over
 * the figure itself, which shows the figure again and the standing's symbol. The chip may lie over the
 * figure and over blank page, never over another word: it reaches past the figure's ends only as far
 * as the blank beside it on its line (up to REACH), and up and down only as far as the leading between
 * the lines leaves free (up to LIFT), or stays that far inside the figure's box where the lines
 * overlap. Pure: the page's measurements come in, boxes go out, relative to the figure's top-left
 * corner.
 */

/** The smallest touch target, CSS px. */
const TARGET_SIZE = 24;
/** How far the chip may reach into the blank beside the figure, each side, CSS px. */
const REACH = 8;
/** How far it may reach into the leading above and below, CSS px. */
const LIFT = 2;

/** Blank page beside the figure, CSS px: no glyph of another word in it. */
export interface Room {
  /** Left of the figure, on its line. */
  left: number;
  /** Right of the figure, on its line. */
  right: number;
  /** Above and below the figure: the leading between its line and the next ones (below 0: overlap). */
  gap: number;
}

export interface BadgePlace {
  /** The touch target, relative to the figure's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The chip, relative to the touch target's top-left corner. */
  markX: number;
  markY: number;
  markWidth: number;
  markHeight: number;
}

const within = (value: number, most: number) => Math.min(most, Math.max(0, value));

export function placeBadge(width: number, height: number, room: Room): BadgePlace {
  const left = within(room.left, REACH);
  // Lines closer than their glyphs' boxes are tall (a Nastaliq line-height) overlap the figure's box
  // above and below by as much: the chip leaves those bands, keeping at least half the figure's height.
  const lift = Math.max(Math.min(room.gap, LIFT), -height / 4);
  const markWidth = width + left + within(room.right, REACH);
  const markHeight = height + 2 * lift;
  // The touch target is centred on the chip, and at least TARGET_SIZE each way.
  const tw = Math.max(TARGET_SIZE, markWidth);
  const th = Math.max(TARGET_SIZE, markHeight);
  const x = -left - (tw - markWidth) / 2;
  const y = -lift - (th - markHeight) / 2;
  return {
    x,
    y,
    width: tw,
    height: th,
    markX: -left - x,
    markY: -lift - y,
    markWidth,
    markHeight,
  };
}
