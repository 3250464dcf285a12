/**
 * `npm run icon-preview`: draws the extension's mark (scripts/icon/icon.svg) at 16, 32 and 128 px
 * on a light and two dark toolbar colours, each with a badge in every standing's colour beside a plain
 * copy, scaled up 4× without smoothing so that the 16 px pixels can be judged. Writes
 * artifacts/screenshots/icon-toolbars.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../tests/browser/support/paths';
import { STANDING_COLORS } from '../utils/record/standing';
import { iconPng } from './icon/icon-files';
import { decodePng, encodePng } from './icon/png';
import { parseHex, type Rgb } from './icon/svg-shapes';

const ZOOM = 4;
const SIZES = [16, 32, 128];
const TOOLBARS = ['#f1f3f4', '#202124', '#35363a'].map(parseHex);
const BADGES = Object.values(STANDING_COLORS).map(parseHex);
const CELL = 128 + 16;
const width = (1 + BADGES.length) * CELL * 1 + 16;
const height = TOOLBARS.length * SIZES.length * (CELL / 2) + 16;

const svg = readFileSync(join(PROJECT_ROOT, 'scripts', 'icon', 'icon.svg'), 'utf8');
const out = new Uint8Array(width * height * 4);
function put(x: number, y: number, c: readonly number[], alpha = 1) {
  if (x < 0 || y < 0 || x >= width || y >= height) return;
  const i = (y * width + x) * 4;
  for (let k = 0; k < 3; k++) out[i + k] = Math.round((c[k] ?? 0) * alpha + (out[i + k] ?? 0) * (1 - alpha));
  out[i + 3] = 255;
}

let row = 0;
for (const bg of TOOLBARS) {
  for (const size of SIZES) {
    const zoom = size === 16 ? ZOOM : size === 32 ? 2 : 0.5;
    const top = 8 + row * (CELL / 2);
    for (let y = top; y < top + CELL / 2; y++) for (let x = 0; x < width; x++) put(x, y, bg);
    const { rgba } = decodePng(iconPng(svg, size));
    for (let cell = 0; cell <= BADGES.length; cell++) {
      const left = 8 + cell * CELL;
      const shown = size * zoom;
      for (let y = 0; y < shown; y++) {
        for (let x = 0; x < shown; x++) {
          const [sx, sy] = [Math.floor(x / zoom), Math.floor(y / zoom)];
          const i = (sy * size + sx) * 4;
          put(
            left + x,
            top + 4 + y,
            [rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0],
            (rgba[i + 3] ?? 0) / 255,
          );
        }
      }
      const badge: Rgb | undefined = cell > 0 ? BADGES[cell - 1] : undefined;
      if (!badge) continue;
      // The badge: a box over the icon's lower right corner, as Chromium draws it (about 60 % × 40 %).
      for (let y = Math.round(shown * 0.62); y < shown; y++) {
        for (let x = Math.round(shown * 0.35); x < shown; x++) put(left + x + 4, top + 4 + y, badge);
      }
    }
    row++;
  }
}
mkdirSync(join(PROJECT_ROOT, 'artifacts', 'screenshots'), { recursive: true });
const file = join(PROJECT_ROOT, 'artifacts', 'screenshots', 'icon-toolbars.png');
writeFileSync(file, encodePng(out, width, height));
console.log(`Wrote ${file}`);
