// @vitest-environment happy-dom
import type { VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../components/PopupView';
import type { TabResult } from '../../utils/background/tab-results';
import { figure, pageResult, REF_44, verdict } from './support/page-results';
import { click, renderSettled, text, useRenderTarget } from './support/render-target';

/**
 * The popup's "Copy with source" button on each figure, in happy-dom with a stand-in clipboard, and the
 * full view's "Export ClaimReview".
 */

let container: HTMLElement;

const $$ = (s: string) => [...container.querySelectorAll<HTMLElement>(s)];

const show = (vnode: VNode) => renderSettled(vnode, container);

function withClipboard(writeText: (s: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

useRenderTarget((c) => {
  container = c;
});

const RESULT: TabResult = {
  ...pageResult({
    url: 'https://www.example-news.in/india-russia-44-serving.html',
    title: 'Centre says 44 Indians still serve in the Russian army',
    publisher: 'Example News',
    figures: [
      figure({ attribution: { speaker: 'Randhir Jaiswal, MEA spokesperson', venue: 'weekly briefing' } }),
      figure({
        value: 40,
        text: '40 Indian nationals are currently serving.',
        verdict: verdict({ status: 'conflicts', reference: REF_44, previous: null, newer: null }),
      }),
    ],
  }),
  tabId: 4,
  receivedAt: '2025-12-31T10:00:00.000Z',
};
const view = <PopupView state={{ kind: 'result', tabId: 4, result: RESULT }} full />;

describe('"Copy with source"', () => {
  it('is offered on each figure, with a live region that is empty until used', async () => {
    withClipboard(async () => undefined);
    await show(view);
    const buttons = $$('li.figure .copy-source button');
    expect(buttons.map(text)).toEqual(['Copy with source', 'Copy with source']);
    const live = $$('li.figure .copy-source [aria-live="polite"]');
    expect(live.map(text)).toEqual(['', '']);
  });

  it('copies the figure with its page, verdict and record, and says "Copied" beside that figure', async () => {
    const writeText = withClipboard(async () => undefined);
    await show(view);
    await click($$('li.figure .copy-source button')[0]);
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied.split('\n')).toEqual([
      '“44 Indian nationals are currently serving …”',
      'Page: Centre says 44 Indians still serve in the Russian army, Example News, 8 Nov 2025',
      'https://www.example-news.in/india-russia-44-serving.html',
      'Attributed to: Randhir Jaiswal, MEA spokesperson, weekly briefing',
      expect.stringMatching(/^Verdict: Current\. /),
      'Against the official figure of its own date: it matched.',
      'Still current: yes, no later official figure differs.',
      'Compared with: 44 still serving, 7 Nov 2025, Randhir Jaiswal, MEA spokesperson, weekly briefing',
      'Source: https://www.mea.gov.in/briefing (MEA)',
      'Checked with Figures fact-check: Indians in the Russian army.',
    ]);
    expect($$('li.figure .copy-source [aria-live="polite"]').map(text)).toEqual(['Copied', '']);
  });

  it('says so when the browser refuses the clipboard', async () => {
    withClipboard(async () => {
      throw new Error('denied');
    });
    await show(view);
    await click($$('li.figure .copy-source button')[1]);
    expect($$('li.figure .copy-source [aria-live="polite"]').map(text)).toEqual([
      '',
      'Could not copy: the browser did not allow it.',
    ]);
  });
});

describe('"Export ClaimReview"', () => {
  const exportButton = () =>
    $$('button').find((b) => text(b) === 'Export ClaimReview') as HTMLElement | undefined;

  it('is in the full view only', async () => {
    await show(<PopupView state={{ kind: 'result', tabId: 4, result: RESULT }} />);
    expect(exportButton()).toBeUndefined();
    await show(view);
    expect(exportButton()).toBeDefined();
  });

  it('downloads one schema.org ClaimReview per figure as JSON-LD, dated the reader’s day', async () => {
    const download = vi.fn();
    await show(
      <PopupView
        state={{ kind: 'result', tabId: 4, result: RESULT }}
        full
        today="2026-12-07"
        download={download}
      />,
    );
    await click(exportButton());
    expect(download).toHaveBeenCalledTimes(1);
    const [filename, body, type] = download.mock.calls[0] as [string, string, string];
    expect(filename).toBe('claimreview-2026-12-07.jsonld');
    expect(type).toBe('application/ld+json');
    const reviews = JSON.parse(body) as Array<Record<string, unknown>>;
    expect(reviews.map((r) => [r['@type'], r.claimReviewed, r.datePublished])).toEqual([
      ['ClaimReview', '44 Indian nationals are currently serving', '2026-12-07'],
      ['ClaimReview', '40 Indian nationals are currently serving.', '2026-12-07'],
    ]);
    expect(reviews[0]?.itemReviewed).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Randhir Jaiswal, MEA spokesperson' },
      appearance: {
        url: 'https://www.example-news.in/india-russia-44-serving.html',
        publisher: { name: 'Example News' },
      },
    });
  });
});
