/**
 * The shapes of the extension's mark (scripts/icon/icon.svg), read from the SVG subset it is drawn in: a
 * `viewBox`, a `<title>`, `<rect>` (with `rx`) and `<path>` made of M and L commands, each with a `fill` or a round
 * `stroke` in #rrggbb. Anything else in the file is refused, so that the exported PNGs never silently
 * differ from the drawing.
 */

export type Rgb = readonly [number, number, number];

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number; fill: Rgb }
  | { kind: 'polyline'; points: readonly (readonly [number, number])[]; stroke: Rgb; width: number };

export interface Drawing {
  /** The side of the square viewBox. */
  size: number;
  shapes: Shape[];
}

export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`expected a #rrggbb colour, got ${hex}`);
  return [Number.parseInt(m[1] ?? '', 16), Number.parseInt(m[2] ?? '', 16), Number.parseInt(m[3] ?? '', 16)];
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) out.set(m[1] ?? '', m[2] ?? '');
  return out;
}

/** The attributes each element may carry: any other (a transform, an opacity, a stroke on a rect) is refused. */
const DRAWN = {
  rect: ['x', 'y', 'width', 'height', 'rx', 'fill'],
  path: ['d', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'],
} as const;

function refuseUndrawn(name: keyof typeof DRAWN, attrs: Map<string, string>): void {
  const allowed: readonly string[] = DRAWN[name];
  const undrawn = [...attrs.keys()].filter((a) => !allowed.includes(a));
  if (undrawn.length > 0) throw new Error(`<${name}> ${undrawn.join(', ')}: not drawn by icon/rasterize.ts`);
}

function num(attrs: Map<string, string>, name: string, fallback?: number): number {
  const v = attrs.get(name);
  if (v === undefined && fallback !== undefined) return fallback;
  const n = Number(v);
  if (v === undefined || !Number.isFinite(n)) throw new Error(`expected a number in ${name}="${v}"`);
  return n;
}

function polylinePoints(d: string): [number, number][] {
  const tokens = d.trim().split(/[\s,]+/);
  const points: [number, number][] = [];
  for (let i = 0; i < tokens.length; i += 3) {
    const command = tokens[i];
    if (command !== (i === 0 ? 'M' : 'L')) throw new Error(`only "M x y L x y ..." paths are drawn: ${d}`);
    points.push([Number(tokens[i + 1]), Number(tokens[i + 2])]);
  }
  if (points.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) throw new Error(`bad path: ${d}`);
  return points;
}

export function parseDrawing(svg: string): Drawing {
  const text = svg.replace(/<!--[\s\S]*?-->/g, '');
  const root = /<svg\b[^>]*>/.exec(text)?.[0];
  const viewBox = root ? attributes(root).get('viewBox')?.split(/\s+/).map(Number) : undefined;
  const [x0, y0, width, height] = viewBox ?? [];
  if (x0 !== 0 || y0 !== 0 || !width || width !== height) throw new Error('expected <svg viewBox="0 0 N N">');
  const shapes: Shape[] = [];
  for (const m of text.matchAll(/<(\w+)\b([^>]*)\/?>/g)) {
    const [tag, name] = [m[0], m[1]];
    if (name === 'svg' || name === 'title') continue;
    const a = attributes(tag);
    if (name === 'rect' || name === 'path') refuseUndrawn(name, a);
    if (name === 'rect') {
      shapes.push({
        kind: 'rect',
        x: num(a, 'x', 0),
        y: num(a, 'y', 0),
        width: num(a, 'width'),
        height: num(a, 'height'),
        rx: num(a, 'rx', 0),
        fill: parseHex(a.get('fill') ?? ''),
      });
    } else if (name === 'path') {
      if (
        a.get('fill') !== 'none' ||
        a.get('stroke-linecap') !== 'round' ||
        a.get('stroke-linejoin') !== 'round'
      ) {
        throw new Error('a path is drawn as a round-capped, round-joined stroke with fill="none"');
      }
      shapes.push({
        kind: 'polyline',
        points: polylinePoints(a.get('d') ?? ''),
        stroke: parseHex(a.get('stroke') ?? ''),
        width: num(a, 'stroke-width'),
      });
    } else {
      throw new Error(`<${name}> is not drawn by icon/rasterize.ts`);
    }
  }
  return { size: width, shapes };
}
