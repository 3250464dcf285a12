import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../scripts/icon/png';
import { parseDrawing, parseHex, type Rgb } from '../../scripts/icon/svg-shapes';
import { STANDING_COLORS } from '../../utils/record/standing';
import { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR, PROJECT_ROOT } from './support/paths';

/**
 * The extension's mark (scripts/icon/icon.svg), exported at build time: declared by both manifests at each
 * size, legible at 16 px on light and dark toolbars, and unlike the badge colours drawn over it.
 */
const SIZES = ['16', '32', '48', '128'];
/**
 * Toolbar colours (Chromium's light and dark themes, Firefox's dark) and the share of the 16 px mark
 * that must stand 3:1 against each: on a light toolbar the violet tile does (60 % of the mark) and its
 * white check mark does not, standing 3:1 against the tile instead (tested below); on a dark one both
 * do, all but the anti-aliased rim (86 %).
 */
const TOOLBARS: [string, Rgb, number][] = [
  ['light', parseHex('#f1f3f4'), 0.55],
  ['dark', parseHex('#202124'), 0.8],
  ['dark grey', parseHex('#35363a'), 0.8],
];

function luminance([r, g, b]: readonly number[]): number {
  const lin = (c = 0) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: readonly number[], b: readonly number[]): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The share of the mostly opaque pixels (alpha ≥ 50 %) that, laid over `bg`, stand 3:1 against it. */
function legibleShare(png: Buffer, bg: Rgb): number {
  const { rgba } = decodePng(png);
  let [opaque, legible] = [0, 0];
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = (rgba[i + 3] ?? 0) / 255;
    if (alpha < 0.5) continue;
    opaque++;
    const over = [0, 1, 2].map((c) => (rgba[i + c] ?? 0) * alpha + bg[c as 0 | 1 | 2] * (1 - alpha));
    if (contrast(over, bg) >= 3) legible++;
  }
  return legible / opaque;
}

describe.each([
  ['Chromium', CHROME_EXTENSION_DIR, 'action'],
  ['Firefox', FIREFOX_EXTENSION_DIR, 'browser_action'],
])('the built icon (%s)', (_, dir, actionKey) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('is declared at 16, 32, 48 and 128 px, as the extension icon and the toolbar button', () => {
    expect(Object.keys(manifest.icons ?? {})).toEqual(SIZES);
    expect(manifest[actionKey]?.default_icon).toEqual(manifest.icons);
  });

  it.each(SIZES)('is a square PNG of %s pixels a side', (size) => {
    const file = join(dir, manifest.icons?.[size] ?? `missing-${size}`);
    expect(existsSync(file), file).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
  });

  it.each(TOOLBARS)('stands out at 16 px on a %s toolbar', (_, bg, share) => {
    const png = readFileSync(join(dir, manifest.icons?.['16'] ?? 'missing'));
    expect(legibleShare(png, bg)).toBeGreaterThan(share);
  });
});

describe('the drawing', () => {
  it('has a check mark that stands 3:1 against its tile', () => {
    const { shapes } = parseDrawing(readFileSync(join(PROJECT_ROOT, 'scripts', 'icon', 'icon.svg'), 'utf8'));
    const tile = shapes.find((s) => s.kind === 'rect');
    const check = shapes.find((s) => s.kind === 'polyline');
    expect(tile && check && contrast(tile.fill, check.stroke)).toBeGreaterThanOrEqual(3);
  });
});

describe('the toolbar badge over the icon', () => {
  it.each(Object.entries(STANDING_COLORS))(
    'in its %s colour is unlike the icon’s main colour',
    (_, color) => {
      const png = readFileSync(join(CHROME_EXTENSION_DIR, 'icon', '128.png'));
      // The main colour: the one most pixels of the 128 px export have.
      const { rgba } = decodePng(png);
      const counts = new Map<number, number>();
      for (let i = 0; i < rgba.length; i += 4) {
        if (rgba[i + 3] !== 255) continue;
        const key = ((rgba[i] ?? 0) << 16) | ((rgba[i + 1] ?? 0) << 8) | (rgba[i + 2] ?? 0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
      const icon = [main >> 16, (main >> 8) & 0xff, main & 0xff];
      const badge = parseHex(color);
      const distance = Math.hypot(...icon.map((c, i) => c - (badge[i] ?? 0)));
      expect(distance).toBeGreaterThan(100);
    },
  );
});
