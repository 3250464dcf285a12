import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverlay, OVERLAY_TAG, type Overlay } from '../../utils/page/overlay';
import { getMessageEn } from './support/i18n-en';
import { badgeFigures, figure } from './support/page-results';

/**
 * A badge's place is read from the page (the blank beside its figure, the line's leading) when its
 * figure moves or changes size, not on every scroll: a scroll moves no figure in the page.
 */

let overlay: Overlay | undefined;
afterEach(() => {
  overlay?.remove();
  overlay = undefined;
});

describe("a badge's place", () => {
  it('is read again when its figure moves in the page, not when the page scrolls', async () => {
    const win = new HappyWindow({ url: 'https://www.business-standard.com/news/story.html' });
    win.document.write(
      '<!doctype html><html><body><p id="p">In July, 127 Indian nationals served.</p></body></html>',
    );
    const doc = win.document as unknown as Document;
    const text = doc.getElementById('p')?.firstChild as Text;
    const range = doc.createRange();
    range.setStart(text, 9);
    range.setEnd(text, 12);
    // The figure's box in the viewport: the page scrolled by `scrolled`, the figure at `top` in the page.
    let top = 100;
    let scrolled = 0;
    Object.defineProperty(range, 'getClientRects', {
      value: () => [
        { left: 100, right: 120, top: top - scrolled, bottom: top - scrolled + 16, width: 20, height: 16 },
      ],
    });
    Object.defineProperty(win, 'scrollY', { get: () => scrolled });
    const style = vi.spyOn(win, 'getComputedStyle');
    overlay = createOverlay(
      doc,
      win as unknown as Window,
      badgeFigures([figure({ value: 127, text: '127 Indian nationals' })], ['127 recruited in all']),
      [[range]],
      {
        messages: getMessageEn,
        shippedEnd: '2025-12-18',
        readerEnd: null,
        outlet: 'Business Standard',
        published: '2025-11-08',
      },
    );
    await vi.waitFor(() => expect(doc.querySelector(OVERLAY_TAG)).not.toBeNull());
    const reads = style.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    const badge = overlay.host.shadowRoot?.querySelector('button.badge') as HTMLElement;
    const before = badge.style.top;

    scrolled = 40;
    overlay.reposition();
    expect(style.mock.calls.length, 'a scroll reads nothing of the page again').toBe(reads);
    expect(badge.style.top, 'the badge stays on its figure in the page').toBe(before);

    top = 160;
    overlay.reposition();
    expect(style.mock.calls.length, 'a figure that moved is read again').toBeGreaterThan(reads);
    expect(Number.parseFloat(badge.style.top)).toBe(Number.parseFloat(before) + 60);
  });
});
