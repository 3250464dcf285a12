import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerAnalyzeRequest } from '../../utils/background/analyze-request';
import { createOverlay, OVERLAY_TAG, type Overlay } from '../../utils/page/overlay';
import { getMessageEn } from './support/i18n-en';
import { badgeFigures, figure } from './support/page-results';

/**
 * Painting the badges reads no message catalogue: the background words each badge's name and says in
 * which language (reading the catalogue from a page costs a few ms in Chromium). The catalogue is read
 * when a card first opens.
 */

let overlay: Overlay | undefined;
afterEach(() => {
  overlay?.remove();
  overlay = undefined;
});

async function painted(lang: string | undefined) {
  const win = new HappyWindow({ url: 'https://www.business-standard.com/news/story.html' });
  win.document.write(
    '<!doctype html><html><body><p id="p">In July, 127 Indian nationals served.</p></body></html>',
  );
  const doc = win.document as unknown as Document;
  const text = doc.getElementById('p')?.firstChild as Text;
  const range = doc.createRange();
  range.setStart(text, 9);
  range.setEnd(text, 12);
  const box = { left: 100, right: 120, top: 40, bottom: 56, width: 20, height: 16 };
  Object.defineProperty(range, 'getClientRects', { value: () => [box] });
  const messages = vi.fn(getMessageEn);
  const made = createOverlay(
    doc,
    win as unknown as Window,
    badgeFigures([figure({ value: 127, text: '127 Indian nationals' })], ['127 recruited in all: current']),
    [[range]],
    {
      messages,
      lang,
      shippedEnd: '2025-12-18',
      readerEnd: null,
      outlet: 'Business Standard',
      published: '2025-11-08',
    },
  );
  overlay = made;
  await vi.waitFor(() => expect(doc.querySelector(OVERLAY_TAG)).not.toBeNull());
  const root = made.host.shadowRoot as ShadowRoot;
  return {
    messages,
    layer: root.querySelector('.layer') as HTMLElement,
    badge: root.querySelector('button.badge') as HTMLElement,
  };
}

describe('the badges in the language of their names', () => {
  it('paints without reading the catalogue, in the language the background named', async () => {
    const { messages, layer, badge } = await painted('hi');
    expect(messages).not.toHaveBeenCalled();
    expect(layer.lang).toBe('hi');
    expect(badge.getAttribute('aria-label')).toBe('127 recruited in all: current');
  });

  it("takes the catalogue's language when a card first opens, where the background named none", async () => {
    const { messages, layer, badge } = await painted(undefined);
    expect(messages).not.toHaveBeenCalled();
    expect(layer.lang).toBe('');
    badge.click();
    await vi.waitFor(() => expect(messages).toHaveBeenCalled());
    expect(layer.lang).toBe('en');
  });

  it('is told the language by the background, beside the names it words', () => {
    const request = {
      type: 'factcheck:analyze-text',
      text: 'x',
      blocks: [],
      truncated: false,
      url: 'https://a.in/',
      published: null,
    } as never;
    const reply = answerAnalyzeRequest(request, '2026-12-06', undefined, getMessageEn);
    expect(reply.labelsLang).toBe('en');
    expect(answerAnalyzeRequest(request, '2026-12-06').labelsLang).toBeUndefined();
  });
});
