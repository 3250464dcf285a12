// @vitest-environment happy-dom
import type { VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type ShowInPage } from '../../components/PopupView';
import type { TabResult } from '../../utils/background/tab-results';
import { figure, pageResult } from './support/page-results';
import { click, renderSettled, text, useRenderTarget } from './support/render-target';

/**
 * "Show in the page" on each figure of the popup and the full view, in happy-dom: one button per
 * figure, named for it; pressed, it asks for that figure by its index in the tab's result (the order of
 * the page's badges, not the popup's grouping by kind), and says so beside it when the page could not.
 */

let container: HTMLElement;

const $$ = (s: string) => [...container.querySelectorAll<HTMLElement>(s)];

const show = (vnode: VNode) => renderSettled(vnode, container);

useRenderTarget((c) => {
  container = c;
});

// In the page's order: the popup lists them by kind (recruited, serving, ... missing).
const RESULT: TabResult = {
  ...pageResult({
    figures: [
      figure({ value: 44, kind: 'serving', asOf: '2025-11-08', text: '44 Indian nationals are serving' }),
      figure({ value: 127, kind: 'recruited_total', asOf: '2025-07', text: '127 Indian nationals' }),
      figure({ value: 12, kind: 'missing', asOf: '2025-07', text: '12 are missing' }),
      figure({ value: 13, kind: 'serving', asOf: '2025-07', text: '13 still serving' }),
    ],
  }),
  tabId: 7,
  receivedAt: '2025-12-31T10:00:00.000Z',
};

const buttons = () => $$('li.figure .show-in-page button');
const statuses = () => $$('li.figure .show-in-page [aria-live="polite"]').map(text);

describe('"Show in the page"', () => {
  it('is on each figure, named for its figure, with a live region that is empty until used', async () => {
    await show(
      <PopupView state={{ kind: 'result', tabId: 7, result: RESULT }} onShowInPage={async () => true} />,
    );
    expect($$('li.figure').map((li) => `${li.dataset.value} ${li.dataset.kind}`)).toEqual([
      '127 recruited_total',
      '44 serving',
      '13 serving',
      '12 missing',
    ]);
    expect(buttons().map(text)).toEqual(Array(4).fill('Show in the page'));
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Show in the page: 127 recruited in all, Jul 2025',
      'Show in the page: 44 still serving, 8 Nov 2025',
      'Show in the page: 13 still serving, Jul 2025',
      'Show in the page: 12 missing, Jul 2025',
    ]);
    expect(buttons().every((b) => b.getAttribute('type') === 'button')).toBe(true);
    expect(statuses()).toEqual(['', '', '', '']);
  });

  it('asks for the figure by its index in the tab result, the order of the badges in the page', async () => {
    const onShowInPage = vi.fn<ShowInPage>(async () => true);
    await show(
      <PopupView state={{ kind: 'result', tabId: 7, result: RESULT }} full onShowInPage={onShowInPage} />,
    );
    // The third in the list (13 serving) is the fourth figure of the page.
    await click(buttons()[2]);
    expect(onShowInPage.mock.calls).toEqual([[7, 3]]);
    await click(buttons()[0]);
    expect(onShowInPage.mock.calls.at(-1)).toEqual([7, 1]);
    expect(statuses()).toEqual(['', '', '', '']);
  });

  it('says beside the figure when the page could not show it, and clears that on the next try', async () => {
    const answers = [false, true];
    const onShowInPage = vi.fn<ShowInPage>(async () => answers.shift() ?? true);
    await show(
      <PopupView state={{ kind: 'result', tabId: 7, result: RESULT }} onShowInPage={onShowInPage} />,
    );
    await click(buttons()[1]);
    const failed =
      'This figure is not shown in the page now: its badges may be turned off, or the page has changed since.';
    expect(statuses()).toEqual(['', failed, '', '']);
    await click(buttons()[1]);
    expect(statuses()).toEqual(['', '', '', '']);
  });

  it('says so too when the tab cannot be reached (no annotator in it)', async () => {
    const onShowInPage = vi.fn<ShowInPage>(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await show(
      <PopupView state={{ kind: 'result', tabId: 7, result: RESULT }} onShowInPage={onShowInPage} />,
    );
    await click(buttons()[3]);
    expect(statuses()[3]).toMatch(/^This figure is not shown in the page now/);
  });

  it('is not offered without a way to reach the page', async () => {
    await show(<PopupView state={{ kind: 'result', tabId: 7, result: RESULT }} full />);
    expect($$('li.figure')).toHaveLength(4);
    expect(buttons()).toEqual([]);
  });
});
