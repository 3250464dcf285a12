import type { Drawing, Shape } from './svg-shapes';

/**
 * Draws the mark's shapes into a square RGBA image (straight alpha, 8 bits a channel), each pixel
 * sampled 8 × 8 times. Plain arithmetic on numbers, so that the same drawing gives the same bytes on
 * every machine (the Firefox build is rebuilt from its sources zip byte for byte).
 */
const GRID = 8;

function rectDistance(s: Extract<Shape, { kind: 'rect' }>, x: number, y: number): number {
  const r = Math.min(s.rx, s.width / 2, s.height / 2);
  const qx = Math.abs(x - (s.x + s.width / 2)) - (s.width / 2 - r);
  const qy = Math.abs(y - (s.y + s.height / 2)) - (s.height / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

function segmentDistance(x: number, y: number, a: readonly [number, number], b: readonly [number, number]) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / length2));
  return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
}

function inside(s: Shape, x: number, y: number): boolean {
  if (s.kind === 'rect') return rectDistance(s, x, y) <= 0;
  let d = Number.POSITIVE_INFINITY;
  for (let i = 1; i < s.points.length; i++) {
    const [a, b] = [s.points[i - 1], s.points[i]];
    if (a && b) d = Math.min(d, segmentDistance(x, y, a, b));
  }
  return d <= s.width / 2;
}

export function rasterize(drawing: Drawing, pixels: number): Uint8Array {
  const out = new Uint8Array(pixels * pixels * 4);
  const scale = drawing.size / pixels;
  const samples = GRID * GRID;
  for (let py = 0; py < pixels; py++) {
    for (let px = 0; px < pixels; px++) {
      // Premultiplied sums over the pixel's samples, each sample painted shape over shape.
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < GRID; sy++) {
        for (let sx = 0; sx < GRID; sx++) {
          const x = (px + (sx + 0.5) / GRID) * scale;
          const y = (py + (sy + 0.5) / GRID) * scale;
          let top: Shape | undefined;
          for (const s of drawing.shapes) if (inside(s, x, y)) top = s;
          if (!top) continue;
          const c = top.kind === 'rect' ? top.fill : top.stroke;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * pixels + px) * 4;
      if (a === 0) continue;
      out[i] = Math.round(r / a);
      out[i + 1] = Math.round(g / a);
      out[i + 2] = Math.round(b / a);
      out[i + 3] = Math.round((a / samples) * 255);
    }
  }
  return out;
}
