import { parseCssColour, type Rgb } from './page-colours';

/** The browser's canvas: white, or its dark canvas on a page that asks for a dark scheme. */
const LIGHT_CANVAS: Rgb = [255, 255, 255];
const DARK_CANVAS: Rgb = [18, 18, 18];

/**
 * The colour the page paints behind an element: the background of the element or of its nearest
 * ancestor that has one (translucent ones laid over what is behind them), else the canvas.
 */
export function backgroundBehind(win: Window, el: Element | null): Rgb {
  const layers: Array<{ rgb: Rgb; alpha: number }> = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const colour = parseCssColour(win.getComputedStyle(e).backgroundColor);
    if (!colour || colour.alpha === 0) continue;
    layers.push(colour);
    if (colour.alpha >= 1) break;
  }
  let behind = canvasOf(win);
  for (let i = layers.length - 1; i >= 0; i--) {
    const { rgb, alpha } = layers[i] as { rgb: Rgb; alpha: number };
    behind = [0, 1, 2].map((c) => Math.round(rgb[c]! * alpha + behind[c]! * (1 - alpha))) as unknown as Rgb;
  }
  return behind;
}

function canvasOf(win: Window): Rgb {
  const scheme = win.getComputedStyle(win.document.documentElement).colorScheme ?? '';
  const prefersDark = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return /\bdark\b/.test(scheme) && (prefersDark || !/\blight\b/.test(scheme)) ? DARK_CANVAS : LIGHT_CANVAS;
}
