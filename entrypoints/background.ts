import { browser } from 'wxt/browser';
import { badgeApiOf } from '@/utils/badge';
import { HIGHLIGHT_CSS } from '@/utils/paint-highlights';
import { createSightingsStore } from '@/utils/sightings/store';
import { createBackgroundHandlers } from '@/utils/tab-results';

/** Wires browser events to the handlers in utils/tab-results.ts; no logic of its own. */
export default defineBackground(() => {
  const handlers = createBackgroundHandlers({
    extensionId: browser.runtime.id,
    badge: badgeApiOf(browser as unknown as { action?: unknown; browserAction?: unknown }),
    defaultTitle: browser.runtime.getManifest().name,
    // Defined at start-up, so that a pending migration of the stored sightings runs after an update.
    sightings: createSightingsStore(),
    injectAnnotator: async (tabId, frameIds) => {
      // The highlight colours go in as an extension stylesheet: no <style> element in the page.
      await browser.scripting.insertCSS({ target: { tabId, frameIds }, css: HIGHLIGHT_CSS });
      return browser.scripting.executeScript({ target: { tabId, frameIds }, files: ['/annotator.js'] });
    },
  });

  const logFailure = (e: unknown) => console.error('[factcheck] background handler failed', e);
  // The listeners return nothing: no reply is sent, and the message channel is not held open.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    handlers.message(message, sender).catch(logFailure);
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    handlers.tabUpdated(tabId, changeInfo, tab).catch(logFailure);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    handlers.tabRemoved(tabId).catch(logFailure);
  });
});
