import { describe, expect, it } from 'vitest';
import { INKS, isDarkBackground, parseCssColour, type Rgb } from '../../utils/page/page-colours';
import { HIGHLIGHT_CSS } from '../../utils/page/paint-highlights';
import { STANDINGS } from '../../utils/record/standing';
import { contrast } from './support/contrast';

/** Backgrounds news sites paint behind their articles, light and dark. */
const LIGHT: Rgb[] = [
  [255, 255, 255],
  [248, 249, 250],
  [250, 247, 240],
  [238, 238, 238],
];
const DARK: Rgb[] = [
  [0, 0, 0],
  [18, 18, 18],
  [24, 24, 27],
  [32, 33, 36],
  [30, 30, 30],
  [48, 49, 52],
];

describe('inks against the page', () => {
  it.each(STANDINGS.flatMap((s) => [...LIGHT, ...DARK].map((bg) => [s, bg] as const)))(
    '%s on rgb(%s) stands out at least 3:1',
    (standing, background) => {
      // The ink the page takes: that for dark pages where its background is dark (live-annotator.ts).
      const ink = INKS[standing][isDarkBackground(background) ? 'dark' : 'light'];
      expect(contrast(ink, background)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(STANDINGS)(
    '%s: the badge text reads on its fill (white on light ink, dark on dark)',
    (standing) => {
      expect(contrast([255, 255, 255], INKS[standing].light)).toBeGreaterThanOrEqual(4.5);
      expect(contrast([32, 33, 36], INKS[standing].dark)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('tells dark backgrounds from light ones', () => {
    for (const bg of LIGHT) expect(isDarkBackground(bg)).toBe(false);
    for (const bg of DARK) expect(isDarkBackground(bg)).toBe(true);
  });

  it('has a highlight rule for every standing in both inks', () => {
    for (const s of STANDINGS) {
      expect(HIGHLIGHT_CSS).toContain(`::highlight(factcheck-${s}) {`);
      expect(HIGHLIGHT_CSS).toContain(`::highlight(factcheck-${s}-dark) {`);
    }
  });
});

describe('parseCssColour', () => {
  it.each([
    ['rgb(18, 18, 18)', { rgb: [18, 18, 18], alpha: 1 }],
    ['rgba(0, 0, 0, 0)', { rgb: [0, 0, 0], alpha: 0 }],
    ['rgba(255, 255, 255, 0.5)', { rgb: [255, 255, 255], alpha: 0.5 }],
    ['rgb(18 18 18 / 0.25)', { rgb: [18, 18, 18], alpha: 0.25 }],
    ['rgb(18 18 18 / 50%)', { rgb: [18, 18, 18], alpha: 0.5 }],
    ['transparent', null],
    ['', null],
  ])('%s', (value, parsed) => {
    expect(parseCssColour(value)).toEqual(parsed);
  });
});
