/**
 * What each badge of the overlay covers, measured in the page (`page.evaluate(badgeGeometry)`): its box
 * (the touch target), the boxes of what it draws, and the page's characters and links under them. No
 * imports and nothing from outside: it runs in the page, serialised by Playwright.
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BadgeGeometry {
  figure: string;
  /** The button's box: the touch target. */
  box: Box;
  /** What it draws: each element with a visible background, border, shadow, outline or glyphs. */
  drawn: Box[];
  /** The figure's own box (the last of its highlight range's boxes). */
  own: Box | null;
  /** Characters of the page, outside the badge's own figure, that a drawn box overlaps. */
  covers: string[];
  /** Links of the page under the touch target. */
  links: string[];
  /** The size of the text it draws, px (0: none). */
  fontSize: number;
  /** What the test cannot measure (a pseudo-element that draws). */
  problems: string[];
}

export const badgeGeometry = (): BadgeGeometry[] => {
  const host = document.querySelector('factcheck-overlay');
  const buttons = Array.from(host?.shadowRoot?.querySelectorAll('button.badge') ?? []) as HTMLElement[];
  const box = (r: DOMRect | Box): Box => ({ x: r.x, y: r.y, width: r.width, height: r.height });
  /** Overlap of two boxes by more than half a pixel each way (boxes that touch do not cover). */
  const overlaps = (a: Box, b: Box) =>
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
  const transparent = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
  /** Every length of a shadow or an outline, added up: how far past its box it may draw. */
  const reach = (value: string) =>
    (value.match(/-?[\d.]+px/g) ?? []).reduce((sum, v) => sum + Math.abs(Number.parseFloat(v)), 0);
  const grow = (b: Box, by: number): Box => ({
    x: b.x - by,
    y: b.y - by,
    width: b.width + 2 * by,
    height: b.height + 2 * by,
  });

  // Every glyph of the page's text, one box per character (white space draws nothing).
  const chars: Array<{ node: Text; at: number; end: number; ch: string; box: Box }> = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const text = n.data;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const end = code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1;
      const ch = text.slice(i, end);
      if (/^\s$/u.test(ch) || ch === '\u200b' || ch === '\u00ad') {
        i = end - 1;
        continue;
      }
      range.setStart(n, i);
      range.setEnd(n, end);
      for (const r of Array.from(range.getClientRects()))
        if (r.width > 0 && r.height > 0) chars.push({ node: n, at: i, end, ch, box: box(r) });
      i = end - 1;
    }
  }
  const registry = (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights;
  const figures: Range[] = [];
  for (const [name, highlight] of registry)
    if (name.startsWith('factcheck-')) for (const r of highlight) if (r instanceof Range) figures.push(r);
  const links = Array.from(document.querySelectorAll('a[href]')) as HTMLAnchorElement[];

  return buttons
    .filter((b) => !b.hidden)
    .map((b) => {
      const target = box(b.getBoundingClientRect());
      const problems: string[] = [];
      const drawn: Box[] = [];
      let fontSize = 0;
      for (const el of [b, ...(Array.from(b.querySelectorAll('*')) as HTMLElement[])]) {
        const cs = getComputedStyle(el);
        if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') continue;
        for (const pseudo of ['::before', '::after']) {
          const content = getComputedStyle(el, pseudo).content;
          if (content !== 'none' && content !== 'normal') problems.push(`${pseudo} draws`);
        }
        const own = box(el.getBoundingClientRect());
        const glyphs = Array.from(el.childNodes).some(
          (c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim() !== '',
        );
        const border = ['Top', 'Right', 'Bottom', 'Left'].some(
          (side) =>
            Number.parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
            cs.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
            !transparent(cs.getPropertyValue(`border-${side.toLowerCase()}-color`)),
        );
        if (glyphs) fontSize = Math.max(fontSize, Number.parseFloat(cs.fontSize));
        if (glyphs || border || !transparent(cs.backgroundColor) || cs.backgroundImage !== 'none')
          drawn.push(own);
        // Shadows drawn inside the box (inset) reach no further than the box.
        const shadows = cs.boxShadow.split(/,(?![^(]*\))/);
        if (cs.boxShadow !== 'none')
          drawn.push(grow(own, shadows.every((sh) => /\binset\b/.test(sh)) ? 0 : reach(cs.boxShadow)));
        if (cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0)
          drawn.push(
            grow(own, Number.parseFloat(cs.outlineWidth) + Math.abs(Number.parseFloat(cs.outlineOffset))),
          );
      }
      // The badge's own figure: the highlighted range nearest its centre.
      const cx = target.x + target.width / 2;
      const cy = target.y + target.height / 2;
      let nearest: Range | null = null;
      let best = Number.POSITIVE_INFINITY;
      let ownBox: Box | null = null;
      for (const r of figures) {
        const rects = Array.from(r.getClientRects());
        const last = rects[rects.length - 1];
        if (!last) continue;
        const d = Math.hypot(last.x + last.width / 2 - cx, last.y + last.height / 2 - cy);
        if (d < best) {
          best = d;
          nearest = r;
          ownBox = box(last);
        }
      }
      const inOwn = (c: { node: Text; at: number; end: number }) =>
        nearest?.isPointInRange(c.node, c.at) === true && nearest.isPointInRange(c.node, c.end);
      const covers = chars
        .filter((c) => !inOwn(c) && drawn.some((d) => overlaps(d, c.box)))
        .map((c) => {
          const word = c.node.data.slice(Math.max(0, c.at - 6), c.end + 6).replace(/\s+/g, ' ');
          return `"${c.ch}" in "${word}"`;
        });
      const under = links
        .filter((a) => Array.from(a.getClientRects()).some((r) => overlaps(box(r), target)))
        .map((a) => a.textContent?.trim() ?? a.href);
      return {
        figure: `${b.getAttribute('data-value')} ${b.getAttribute('data-kind')}`,
        box: target,
        drawn,
        own: ownBox,
        covers,
        links: under,
        fontSize,
        problems,
      };
    });
};
