import { browser } from 'wxt/browser';
import { FOCUS_FIGURE, type FocusFigureMessage } from '@/utils/contracts/focus-figure';

/**
 * Asks the annotator of tab `tabId` to move the reader to figure `figure` (its index in the tab's
 * result); true once the page shows it. From the full view, a tab of its own, the page's tab and its
 * window come to the front first; the toolbar popup already sits over its tab.
 */
export async function showFigureInTab(
  tabId: number,
  figure: number,
  bringToFront: boolean,
): Promise<boolean> {
  if (bringToFront) {
    const tab = await browser.tabs.update(tabId, { active: true });
    // No windows API on Firefox for Android, where the tab is the screen.
    if (tab?.windowId !== undefined) await browser.windows?.update(tab.windowId, { focused: true });
  }
  const message: FocusFigureMessage = { type: FOCUS_FIGURE, figure };
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) === true;
}
