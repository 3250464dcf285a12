import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FigureDetails } from '../../utils/contracts/figure-details';
import { createOverlay, OVERLAY_TAG, type Overlay } from '../../utils/page/overlay';
import { getMessageEn } from './support/i18n-en';
import { badgeFigures, figure, recordsFor } from './support/page-results';

/**
 * Moving the reader from figure to figure (the keyboard shortcuts and the popup's "Show in the page"):
 * the overlay's focus order in a happy-dom page of four figures, one paragraph each. happy-dom lays
 * nothing out, so each figure's range is given the box a browser would give it, or none (a figure the
 * page hides, whose badge is hidden).
 */

const VALUES = [127, 98, 13, 12];
const PAGE = `<!doctype html><html><body><article>
<p id="p0">In July, 127 Indian nationals were in the Russian armed forces.</p>
<p id="p1">Of them, 98 were discharged.</p>
<a id="between" href="#more">More on this story</a>
<p id="p2">Another 13 are still serving.</p>
<p id="p3">Another 12 are missing.</p>
</article></body></html>`;

let overlay: Overlay | undefined;
afterEach(() => {
  overlay?.remove();
  overlay = undefined;
});

/**
 * The page with its overlay placed; `hidden` lists the figures the page shows no box for, `count` how
 * many of its figures have badges (the first ones).
 */
async function page(
  hidden: number[] = [],
  reducedMotion = false,
  details?: (i: number) => Promise<FigureDetails | null>,
  count = VALUES.length,
) {
  const win = new HappyWindow({ url: 'https://www.business-standard.com/news/story.html' });
  win.document.write(PAGE);
  const doc = win.document as unknown as Document;
  const scrolled: Array<{ value: string | null; options: unknown }> = [];
  win.HTMLElement.prototype.scrollIntoView = function (this: HTMLElement, options?: unknown) {
    scrolled.push({ value: this.getAttribute('data-value'), options });
  } as never;
  (win as unknown as { matchMedia: (q: string) => { matches: boolean } }).matchMedia = (q) => ({
    matches: reducedMotion && q === '(prefers-reduced-motion: reduce)',
  });
  const values = VALUES.slice(0, count);
  const ranges = values.map((value, i) => {
    const text = doc.getElementById(`p${i}`)?.firstChild as Text;
    const start = (text.textContent ?? '').indexOf(String(value));
    const range = doc.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + String(value).length);
    const box = { left: 100, right: 120, top: 40 * i, bottom: 40 * i + 16, width: 20, height: 16 };
    Object.defineProperty(range, 'getClientRects', {
      value: () => (hidden.includes(i) ? [] : [box]),
    });
    return [range];
  });
  const figures = badgeFigures(
    values.map((value) => figure({ value, text: `${value} Indian nationals` })),
    undefined,
    details,
  );
  overlay = createOverlay(doc, win as unknown as Window, figures, ranges as unknown as Range[][], {
    messages: getMessageEn,
    shippedEnd: '2025-12-18',
    readerEnd: null,
    outlet: 'Business Standard',
    published: '2025-11-08',
  });
  const made = overlay;
  // Placed, and attached, in the next frame.
  await vi.waitFor(() => expect(doc.querySelector(OVERLAY_TAG)).not.toBeNull());
  const root = made.host.shadowRoot as ShadowRoot;
  const focused = () => {
    if (doc.activeElement !== made.host) return null;
    return root.activeElement?.getAttribute('data-value') ?? null;
  };
  const card = root.querySelector('.card') as HTMLElement;
  const open = () =>
    Array.from(root.querySelectorAll('button.badge'))
      .filter((b) => b.getAttribute('aria-expanded') === 'true')
      .map((b) => b.getAttribute('data-value'));
  /** The card, once its details came and filled it. */
  const filled = () => vi.waitFor(() => expect(card.hidden).toBe(false));
  return { win, doc, overlay: made, focused, card, open, scrolled, filled, asked: figures.asked };
}

describe('the order of the badges', () => {
  // Of `shown` (false: a figure the page hides), the badge the reader is on (-1: none yet) and the way
  // they go, the badge they are moved to (-1: none, and the overlay says so).
  it.each<[string, boolean[], number, 'next' | 'previous', number]>([
    ['the first, from none', [true, true, true], -1, 'next', 0],
    ['the last, from none', [true, true, true], -1, 'previous', 2],
    ['the next', [true, true, true], 0, 'next', 1],
    ['the previous', [true, true, true], 2, 'previous', 1],
    ['round from the last to the first', [true, true, true], 2, 'next', 0],
    ['round from the first to the last', [true, true, true], 0, 'previous', 2],
    ['past a hidden one', [true, false, true], 0, 'next', 2],
    ['back past a hidden one', [true, false, true], 2, 'previous', 0],
    ['the first shown, from none', [false, false, true], -1, 'next', 2],
    ['itself, the only one shown', [false, true, false], 1, 'next', 1],
    ['none when none is shown', [false, false], -1, 'next', -1],
    ['none when there are none', [], -1, 'previous', -1],
  ])('%s', async (_name, shown, from, step, expected) => {
    const hidden = shown.flatMap((s, i) => (s ? [] : [i]));
    const p = await page(hidden, false, undefined, shown.length);
    if (from >= 0) {
      expect(p.overlay.focusFigure(from)).toBe(true);
      expect(p.focused()).toBe(String(VALUES[from]));
    }
    expect(p.overlay.focusFigure(step)).toBe(expected >= 0);
    expect(p.focused()).toBe(expected >= 0 ? String(VALUES[expected]) : null);
  });
});

describe("a card's details, asked for when it first opens", () => {
  it('shows the card only once its details came, and asks for them once', async () => {
    let give: (d: FigureDetails | null) => void = () => undefined;
    const full = figure({ value: 98, text: '98 Indian nationals' });
    const p = await page([], false, (i) =>
      i === 1 ? new Promise((resolve) => (give = resolve)) : Promise.resolve(null),
    );
    p.overlay.focusFigure(1);
    expect(p.asked).toEqual([1]);
    expect(p.open()).toEqual(['98']);
    // Nothing to show yet: no empty card.
    await Promise.resolve();
    expect(p.card.hidden).toBe(true);
    give({ figure: full, records: recordsFor([full]) });
    await p.filled();
    expect(p.card.textContent).toContain('98');
    expect(p.card.querySelector('#factcheck-card-title')?.textContent).toContain('98');
    expect(p.card.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\//);
    // Closed and opened again: from the details it has, without asking again.
    p.overlay.focusFigure(0);
    await p.filled();
    p.overlay.focusFigure(1);
    expect(p.card.hidden).toBe(false);
    expect(p.card.textContent).toContain('98');
    expect(p.asked).toEqual([1, 0]);
  });

  it("says the card could not load when the details are refused, in the catalogue's words", async () => {
    const p = await page([], false, () => Promise.resolve(null));
    p.overlay.focusFigure(2);
    await p.filled();
    expect(p.card.textContent).toBe(getMessageEn('cardNotLoaded'));
    expect(p.card.querySelector('#factcheck-card-title')).not.toBeNull();
    expect(p.card.querySelector('button')).toBeNull();
  });

  it('drops details that come after the reader moved on to another card', async () => {
    let give: (d: FigureDetails | null) => void = () => undefined;
    const first = figure({ value: 127, text: '127 Indian nationals' });
    const p = await page([], false, (i) =>
      i === 0
        ? new Promise((resolve) => (give = resolve))
        : Promise.resolve({ figure: figure({ value: 98 }), records: recordsFor([figure({ value: 98 })]) }),
    );
    p.overlay.focusFigure(0);
    p.overlay.focusFigure(1);
    await p.filled();
    give({ figure: first, records: recordsFor([first]) });
    await Promise.resolve();
    await Promise.resolve();
    expect(p.open()).toEqual(['98']);
    expect(p.card.querySelector('#factcheck-card-title')?.textContent).toContain('98');
  });
});

describe("moving the reader to a figure's badge", () => {
  it('goes to the first figure, focuses its badge, opens its card and scrolls it to the middle', async () => {
    const p = await page();
    expect(p.focused()).toBeNull();
    expect(p.overlay.focusFigure('next')).toBe(true);
    expect(p.focused()).toBe('127');
    await p.filled();
    expect(p.open()).toEqual(['127']);
    expect(p.card.textContent).toContain('127');
    expect(p.scrolled).toEqual([{ value: '127', options: { block: 'center', behavior: 'smooth' } }]);
  });

  it('then to the next ones, round from the last to the first', async () => {
    const p = await page();
    const seen: Array<string | null> = [];
    for (let k = 0; k < 5; k++) {
      p.overlay.focusFigure('next');
      seen.push(p.focused());
    }
    expect(seen).toEqual(['127', '98', '13', '12', '127']);
    expect(p.open()).toEqual(['127']);
  });

  it('goes back to the previous ones, from none to the last', async () => {
    const p = await page();
    const seen: Array<string | null> = [];
    for (let k = 0; k < 5; k++) {
      p.overlay.focusFigure('previous');
      seen.push(p.focused());
    }
    expect(seen).toEqual(['12', '13', '98', '127', '12']);
  });

  it('passes over the badges of figures the page hides', async () => {
    const p = await page([1, 3]);
    const seen: Array<string | null> = [];
    for (let k = 0; k < 3; k++) {
      p.overlay.focusFigure('next');
      seen.push(p.focused());
    }
    expect(seen).toEqual(['127', '13', '127']);
    expect(p.overlay.focusFigure(1)).toBe(false);
    expect(p.focused()).toBe('127');
  });

  it('opens the card even when no focus event reaches the page (its window behind the popup)', async () => {
    const p = await page();
    // A window that is not the focused one moves its focus without telling: no focusin.
    p.overlay.host.shadowRoot?.addEventListener('focusin', (e) => e.stopPropagation(), true);
    expect(p.overlay.focusFigure(1)).toBe(true);
    expect(p.focused()).toBe('98');
    await p.filled();
    expect(p.open()).toEqual(['98']);
  });

  it('goes to one figure by its index in the page result (the popup)', async () => {
    const p = await page();
    expect(p.overlay.focusFigure(2)).toBe(true);
    expect(p.focused()).toBe('13');
    expect(p.open()).toEqual(['13']);
    // The next one from there.
    p.overlay.focusFigure('next');
    expect(p.focused()).toBe('12');
    expect(p.overlay.focusFigure(VALUES.length)).toBe(false);
  });

  it("starts from the reader's place in the page: after a focused link, the figure after it", async () => {
    const p = await page();
    (p.doc.getElementById('between') as HTMLElement).focus();
    p.overlay.focusFigure('next');
    expect(p.focused()).toBe('13');
    (p.doc.getElementById('between') as HTMLElement).focus();
    p.overlay.focusFigure('previous');
    expect(p.focused()).toBe('98');
  });

  it('from inside the open card, goes on from its figure', async () => {
    const p = await page();
    p.overlay.focusFigure(1);
    await p.filled();
    const link = p.card.querySelector('a') as HTMLElement;
    link.focus();
    expect(p.focused()).toBeNull();
    p.overlay.focusFigure('next');
    expect(p.focused()).toBe('13');
  });

  it('goes on from the last figure when focus has left the badges for nowhere in the page', async () => {
    const p = await page();
    p.overlay.focusFigure(2);
    (p.doc.activeElement as HTMLElement | null)?.blur();
    (p.overlay.host.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    p.overlay.focusFigure('next');
    expect(p.focused()).toBe('12');
  });

  it('scrolls at once, without smooth motion, for a reader who asks for reduced motion', async () => {
    const p = await page([], true);
    p.overlay.focusFigure('next');
    expect(p.scrolled).toEqual([{ value: '127', options: { block: 'center', behavior: 'instant' } }]);
  });

  it('says so when no figure is shown in the page', async () => {
    const p = await page([0, 1, 2, 3]);
    expect(p.overlay.focusFigure('next')).toBe(false);
    expect(p.overlay.focusFigure('previous')).toBe(false);
    expect(p.overlay.focusFigure(0)).toBe(false);
    expect(p.focused()).toBeNull();
    expect(p.card.hidden).toBe(true);
    expect(p.scrolled).toEqual([]);
  });
});
