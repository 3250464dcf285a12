import type { Standing } from '../record/standing';

/**
 * The colours figures are painted in, chosen against the page's own background: on a dark news site
 * the standings' dark inks almost vanish. Each standing has an ink for light pages and one for dark
 * pages; the one that stands at least 3:1 against the page's background (WCAG's contrast for graphics)
 * is taken, else the one that stands out more. Pure: the background comes in as an RGB triple.
 */

export type Rgb = readonly [number, number, number];

/** The least contrast a highlight's underline and a badge keep against the page. */
export const MIN_CONTRAST = 3;

/** Inks for light pages (the toolbar's and the popup's colours) and for dark pages. */
export const INKS: Record<Standing, { light: Rgb; dark: Rgb }> = {
  current: { light: [30, 107, 53], dark: [129, 201, 149] },
  differs: { light: [179, 38, 30], dark: [242, 139, 130] },
  superseded: { light: [138, 75, 0], dark: [253, 186, 116] },
  newer: { light: [26, 86, 196], dark: [138, 180, 248] },
  unknown: { light: [95, 99, 104], dark: [189, 193, 198] },
};

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Is the page's background dark: does the dark pages' ink stand out more on it than the light? */
export function isDarkBackground(background: Rgb): boolean {
  return luminance(background) < 0.18;
}

/** The ink of a standing on this background. */
export function inkOn(standing: Standing, background: Rgb): Rgb {
  const { light, dark } = INKS[standing];
  const first = isDarkBackground(background) ? dark : light;
  const other = first === dark ? light : dark;
  if (contrast(first, background) >= MIN_CONTRAST) return first;
  return contrast(other, background) > contrast(first, background) ? other : first;
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
