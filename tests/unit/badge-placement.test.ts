import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeBadge } from '../../utils/page/badge-placement';

/** The smallest touch target (WCAG 2.2), CSS px. */
const TARGET_SIZE = 24;
/** How far the chip may reach into the blank beside the figure, each side, and into the leading, CSS px. */
const REACH = 8;
const LIFT = 2;

/**
 * A badge over its figure: a touch target of at least 24 x 24 px, and a chip over the figure that
 * reaches into the blank beside it and the leading around it, never further.
 */
describe('placeBadge', () => {
  it.each([
    // figure w x h, room left/right/gap: chip x, y, w, h (relative to the figure); target w, h
    ['"12" between two spaces, no leading', 16, 17, { left: 4, right: 4, gap: 0 }, [-4, 0, 24, 17], [24, 24]],
    [
      '"44," after a space: no room after it',
      16,
      17,
      { left: 4, right: 0, gap: 0 },
      [-4, 0, 20, 17],
      [24, 24],
    ],
    ['"(9)": no room either side', 8, 17, { left: 0, right: 0, gap: 0 }, [0, 0, 8, 17], [24, 24]],
    ['at a line end, with leading', 24, 17, { left: 4, right: 300, gap: 9 }, [-4, -2, 36, 21], [36, 24]],
    ['a headline figure', 32, 36, { left: 8, right: 8, gap: 0 }, [-8, 0, 48, 36], [48, 36]],
    ['kerning into the neighbours', 16, 17, { left: -1, right: -0.5, gap: 0 }, [0, 0, 16, 17], [24, 24]],
    ['Nastaliq: lines overlap by 11 px', 24, 50, { left: 4, right: 4, gap: -11 }, [-4, 11, 32, 28], [32, 28]],
    ['lines overlapping most of it', 24, 40, { left: 4, right: 4, gap: -30 }, [-4, 10, 32, 20], [32, 24]],
  ])('%s', (_, width, height, room, [cx, cy, cw, ch], [tw, th]) => {
    const p = placeBadge(width, height, room);
    expect([p.x + p.markX, p.y + p.markY, p.markWidth, p.markHeight]).toEqual([cx, cy, cw, ch]);
    expect([p.width, p.height]).toEqual([tw, th]);
  });

  it('gives every figure a target of 24 x 24 or more that holds the chip, and keeps the chip to the blank', () => {
    const length = fc.double({ min: 0, max: 200, noNaN: true });
    const room = fc.double({ min: -20, max: 400, noNaN: true });
    fc.assert(
      fc.property(length, length, room, room, room, (width, height, left, right, gap) => {
        const p = placeBadge(width, height, { left, right, gap });
        expect(p.width).toBeGreaterThanOrEqual(TARGET_SIZE);
        expect(p.height).toBeGreaterThanOrEqual(TARGET_SIZE);
        // The chip inside the target.
        expect(p.markX).toBeGreaterThanOrEqual(0);
        expect(p.markY).toBeGreaterThanOrEqual(0);
        expect(p.markX + p.markWidth).toBeLessThanOrEqual(p.width + 1e-9);
        expect(p.markY + p.markHeight).toBeLessThanOrEqual(p.height + 1e-9);
        // The chip over the figure and the blank beside it only.
        const x = p.x + p.markX;
        const y = p.y + p.markY;
        const eps = 1e-9;
        expect(x).toBeGreaterThanOrEqual(-Math.min(REACH, Math.max(0, left)) - eps);
        expect(x + p.markWidth).toBeLessThanOrEqual(width + Math.min(REACH, Math.max(0, right)) + eps);
        // Up and down into the leading, or away from lines that overlap the figure's box.
        const lift = Math.max(Math.min(LIFT, gap), -height / 4);
        expect(y).toBeGreaterThanOrEqual(-lift - eps);
        expect(y + p.markHeight).toBeLessThanOrEqual(height + lift + eps);
        expect(p.markHeight).toBeGreaterThanOrEqual(height / 2 - eps);
        // Over the whole figure: nothing of the figure shows beside the chip.
        expect(x).toBeLessThanOrEqual(eps);
        expect(x + p.markWidth).toBeGreaterThanOrEqual(width - eps);
      }),
    );
  });
});
