import type { Standing } from '../record/standing';

/**
 * The colours figures are painted in, chosen against the page's own background: on a dark news site
 * the standings' light-page inks almost vanish. Each standing has an ink for light pages and one for
 * dark pages, each standing at least 3:1 (WCAG's contrast for graphics) against the backgrounds it is
 * taken on (tests/unit/page-colours.test.ts). Pure: the background comes in as an RGB triple.
 */

export type Rgb = readonly [number, number, number];

/** Inks for light pages (the toolbar's and the popup's colours) and for dark pages. */
export const INKS: Record<Standing, { light: Rgb; dark: Rgb }> = {
  current: { light: [30, 107, 53], dark: [129, 201, 149] },
  differs: { light: [179, 38, 30], dark: [242, 139, 130] },
  superseded: { light: [138, 75, 0], dark: [253, 186, 116] },
  newer: { light: [26, 86, 196], dark: [138, 180, 248] },
  unknown: { light: [95, 99, 104], dark: [189, 193, 198] },
};

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Is the page's background dark: does the dark pages' ink stand out more on it than the light? */
export function isDarkBackground(background: Rgb): boolean {
  return luminance(background) < 0.18;
}

/**
 * A CSS colour as computed by the browser ("rgb(18, 18, 18)", "rgba(0, 0, 0, 0)", "rgb(18 18 18 / 0.5)")
 * as an RGB triple and its alpha; null for anything else.
 */
export function parseCssColour(value: string): { rgb: Rgb; alpha: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (!m) return null;
  const alphaText = m[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number.parseFloat(alphaText) / 100
        : Number(alphaText);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha };
}

export const cssRgb = ([r, g, b]: Rgb) => `rgb(${r} ${g} ${b})`;
