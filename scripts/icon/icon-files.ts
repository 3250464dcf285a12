import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './png';
import { rasterize } from './rasterize';
import { parseDrawing } from './svg-shapes';

/** The sizes the mark is exported at: the toolbar's (16, 32 at 2×), the extensions page's (48) and the stores' (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Where each export goes in a build, relative to its output directory. */
export const iconPath = (size: number): string => `icon/${size}.png`;

/** The mark as a PNG of `size` × `size` pixels, drawn from scripts/icon/icon.svg. */
export function iconPng(svg: string, size: number): Buffer {
  return encodePng(rasterize(parseDrawing(svg), size), size, size);
}

/**
 * Writes the mark's exports into `dir` (a build's scratch directory) from the SVG at `svgPath`, and
 * returns them as the build's public files.
 */
export function writeIconFiles(
  svgPath: string,
  dir: string,
): { absoluteSrc: string; relativeDest: string }[] {
  const svg = readFileSync(svgPath, 'utf8');
  return ICON_SIZES.map((size) => {
    const absoluteSrc = join(dir, iconPath(size));
    mkdirSync(join(absoluteSrc, '..'), { recursive: true });
    writeFileSync(absoluteSrc, iconPng(svg, size));
    return { absoluteSrc, relativeDest: iconPath(size) };
  });
}
