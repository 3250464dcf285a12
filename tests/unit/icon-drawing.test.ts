import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconPng } from '../../scripts/icon/icon-files';
import { parseDrawing } from '../../scripts/icon/svg-shapes';

/**
 * scripts/icon/icon.svg is drawn in a subset of SVG that scripts/icon/rasterize.ts draws: anything it would leave out
 * is refused, so that the exported PNGs never silently differ from the drawing.
 */
const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`;
const STROKE = 'fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

describe('the drawing of the mark', () => {
  it('reads the repository’s scripts/icon/icon.svg', () => {
    const drawing = parseDrawing(readFileSync('scripts/icon/icon.svg', 'utf8'));
    expect(drawing.size).toBe(128);
    expect(drawing.shapes.map((s) => s.kind)).toEqual(['rect', 'polyline']);
  });

  it.each([
    ['an element it does not draw', svg('<circle cx="5" cy="5" r="4" fill="#000000"/>')],
    ['a stroke on a rect', svg('<rect width="10" height="10" fill="#000000" stroke="#ffffff"/>')],
    ['a transform', svg('<rect width="10" height="10" fill="#000000" transform="rotate(45)"/>')],
    ['an opacity', svg(`<path d="M 1 1 L 9 9" ${STROKE} opacity="0.5"/>`)],
    ['a curve', svg(`<path d="M 1 1 Q 5 0 9 9" ${STROKE}/>`)],
    ['a named colour', svg('<rect width="10" height="10" fill="white"/>')],
  ])('refuses %s', (_, text) => {
    expect(() => parseDrawing(text)).toThrow();
  });

  it('exports the same bytes each time', () => {
    const text = readFileSync('scripts/icon/icon.svg', 'utf8');
    expect(iconPng(text, 16).equals(iconPng(text, 16))).toBe(true);
  });
});
