/**
 * What makes a page hard to use on a phone's screen, read in the page itself (Puppeteer's or
 * Playwright's `page.evaluate(phoneLayout, MIN_TARGET_PX)`). One function, nothing from outside but
 * its argument: it is serialised into the page.
 */

/** WCAG 2.5.8, Target Size (Minimum): a pointer target is at least 24 × 24 CSS px. */
export const MIN_TARGET_PX = 24;

export interface PhoneLayout {
  /** The layout viewport's width, without a classic scrollbar. */
  viewportWidth: number;
  /** `document.scrollingElement.scrollWidth`: above the viewport's width, the page scrolls sideways. */
  scrollWidth: number;
  /** How many controls and lines of text were looked at: a check that found nothing to check fails. */
  controls: number;
  textLines: number;
  /** The width of each timeline chart (svg.tl-chart), as drawn. */
  charts: number[];
  /** One line per problem: a control too small or off the screen, text cut off, off the screen or overlapping. */
  problems: string[];
}

/**
 * Opens every <details> (what is folded must fit too), then looks at every control (links, buttons,
 * form fields, summaries) and every line of text:
 * - a control smaller than `minTarget` in either direction, unless it is a link inside a sentence
 *   (WCAG's inline exception); a visually hidden file input is measured by its label;
 * - a control not wholly inside the viewport's width;
 * - a line of text that runs out of the viewport's width, is cut by a box that hides its overflow
 *   (lines wholly hidden by a deliberate line clamp are not shown, and so not counted), or overlaps
 *   another line of text;
 * - a timeline chart wider than the viewport.
 */
export function phoneLayout(minTarget: number): PhoneLayout {
  for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
  const root = document.documentElement;
  const vw = root.clientWidth;
  const problems: string[] = [];
  const name = (el: Element) => {
    const cls =
      typeof el.className === 'string' && el.className
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    // A form field by its label's text.
    const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`) : el.closest('label');
    const text = ((el.textContent ?? '') || (labelled?.textContent ?? ''))
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40);
    return `<${el.tagName.toLowerCase()}${cls}> "${text}"`;
  };
  const round = (n: number) => Math.round(n * 10) / 10;
  const hiddenByStyle = (el: Element) => {
    const s = getComputedStyle(el);
    return s.visibility !== 'visible' || s.display === 'none';
  };
  /** Visually hidden (the .sr-only pattern): one pixel or less, or clipped away. */
  const visuallyHidden = (r: DOMRect) => r.width <= 1 || r.height <= 1;
  /** `el` and the boxes around it, up to the body, that hide their overflow, nearest first. */
  const clippers = (el: Element) => {
    const out: Element[] = [];
    for (let a: Element | null = el; a && a !== root && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') out.push(a);
    }
    return out;
  };

  // Controls.
  const controls = Array.from(
    document.querySelectorAll(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
    ),
  );
  let measured = 0;
  for (const control of controls) {
    if (hiddenByStyle(control)) continue;
    let target: Element = control;
    let r = control.getBoundingClientRect();
    if (visuallyHidden(r)) {
      // A file input hidden behind its label: the label is what a finger meets.
      const label =
        control.closest('label') ??
        (control.id ? document.querySelector(`label[for="${control.id}"]`) : null);
      if (!label) continue;
      target = label;
      r = label.getBoundingClientRect();
      if (visuallyHidden(r)) continue;
    }
    measured++;
    const inSentence =
      target.tagName === 'A' &&
      Array.from(target.parentNode?.childNodes ?? []).some(
        (n) => n !== target && n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
    if (!inSentence && (r.width < minTarget - 0.01 || r.height < minTarget - 0.01))
      problems.push(`control ${round(r.width)}×${round(r.height)} px, under ${minTarget}: ${name(target)}`);
    if (r.left < -0.5 || r.right > vw + 0.5)
      problems.push(
        `control off the screen (x ${round(r.left)} to ${round(r.right)} of ${vw}): ${name(target)}`,
      );
  }

  // Boxes that cut their content sideways.
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (hiddenByStyle(el) || el.closest('svg')) continue;
    const s = getComputedStyle(el);
    if (s.overflowX === 'visible' || el.clientWidth === 0) continue;
    if (el.scrollWidth > el.clientWidth + 1 && !visuallyHidden(el.getBoundingClientRect()))
      problems.push(`content cut sideways (${el.scrollWidth} px in ${el.clientWidth}): ${name(el)}`);
  }

  // Lines of text.
  type Line = { rect: DOMRect; owner: Element };
  const lines: Line[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement;
    if (!owner || (node.textContent ?? '').trim() === '') continue;
    if (owner.closest('script, style, template, noscript') || hiddenByStyle(owner)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const boxes = clippers(owner).map((c) => ({ c, r: c.getBoundingClientRect() }));
    // Inside a box of a pixel that hides its overflow: visually hidden, for screen readers (.sr-only).
    if (boxes.some(({ r }) => visuallyHidden(r))) continue;
    for (const rect of Array.from(range.getClientRects())) {
      if (visuallyHidden(rect)) continue;
      // Wholly outside a box that hides its overflow: not shown (a line clamp's later lines).
      const outside = boxes.some(
        ({ r }) =>
          rect.bottom <= r.top + 1 ||
          rect.top >= r.bottom - 1 ||
          rect.right <= r.left + 1 ||
          rect.left >= r.right - 1,
      );
      if (outside) continue;
      const cut = boxes.find(
        ({ r }) =>
          rect.left < r.left - 1 ||
          rect.right > r.right + 1 ||
          rect.top < r.top - 1 ||
          rect.bottom > r.bottom + 1,
      );
      if (cut) problems.push(`text cut by ${name(cut.c)}: ${name(owner)}`);
      if (rect.left < -0.5 || rect.right > vw + 0.5)
        problems.push(
          `text off the screen (x ${round(rect.left)} to ${round(rect.right)} of ${vw}): ${name(owner)}`,
        );
      lines.push({ rect, owner });
    }
  }
  // Two lines of text drawn over each other (a little slack for tall glyphs and tight line heights).
  const slack = 3;
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i] as Line;
    for (let j = i + 1; j < lines.length; j++) {
      const b = lines[j] as Line;
      if (a.owner === b.owner) continue;
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (w > slack && h > slack) problems.push(`text overlaps: ${name(a.owner)} and ${name(b.owner)}`);
    }
  }

  const charts = Array.from(document.querySelectorAll('svg.tl-chart')).map((svg) => {
    const r = svg.getBoundingClientRect();
    if (r.left < -0.5 || r.right > vw + 0.5)
      problems.push(`chart off the screen (x ${round(r.left)} to ${round(r.right)} of ${vw})`);
    return round(r.width);
  });

  return {
    viewportWidth: vw,
    scrollWidth: document.scrollingElement?.scrollWidth ?? root.scrollWidth,
    controls: measured,
    textLines: lines.length,
    charts,
    problems: Array.from(new Set(problems)),
  };
}
