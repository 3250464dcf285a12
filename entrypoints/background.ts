import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeApiOf } from '@/utils/background/badge';
import { type EverySiteApis, syncEverySite } from '@/utils/background/every-site';
import { createFigureCommandHandler } from '@/utils/background/figure-commands';
import { createBackgroundHandlers } from '@/utils/background/tab-results';
import { warmUp } from '@/utils/background/warm-up';
import { ANALYZE_TEXT } from '@/utils/contracts/analyze-message';
import { isPlainObject } from '@/utils/contracts/checks';
import { FIGURE_DETAILS } from '@/utils/contracts/figure-details';
import { isCheckTabMessage } from '@/utils/contracts/messages';
import { localDay } from '@/utils/engine/dates';
import { HIGHLIGHT_CSS } from '@/utils/page/paint-highlights';
import { createReaderRecordsStore } from '@/utils/storage/reader-records/store';
import { createSettingsStore } from '@/utils/storage/settings';
import { createSightingsStore } from '@/utils/storage/sightings/store';
import { cachedMessages } from '@/utils/wording/cached-messages';
import { catalogueReader } from '@/utils/wording/catalogue';
import { createChosenCatalogues, fetchMessagesFile } from '@/utils/wording/chosen-language';

/**
 * Wires browser events to the handlers in utils/background/tab-results.ts. What it keeps itself: which messages
 * get an answer (and so hold the channel open), and the "Check every site" sync at start-up and when
 * the permission is taken back.
 */
export default defineBackground(() => {
  const settings = createSettingsStore();
  // The figures the reader accepted, read once and again only when they change.
  const readerRecords = createReaderRecordsStore();
  // The browser's language through its i18n API; a language the reader chose, from the extension's files.
  const browserMessages = cachedMessages((key, substitutions) => {
    try {
      return browser.i18n.getMessage(key as never, substitutions) || key;
    } catch {
      return key;
    }
  });
  const catalogues = createChosenCatalogues(
    fetchMessagesFile((path) => browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0])),
  );
  const handlers = createBackgroundHandlers({
    extensionId: browser.runtime.id,
    badge: badgeApiOf(browser as unknown as { action?: unknown; browserAction?: unknown }),
    defaultTitle: browser.runtime.getManifest().name,
    messages: browserMessages,
    wording: async () => {
      const catalogue = await catalogues.get((await settings.get()).language);
      return catalogue
        ? { messages: catalogueReader(catalogue), catalogue }
        : { messages: browserMessages, catalogue: null };
    },
    records: () => readerRecords.recordSet(),
    // Defined at start-up, so that a pending migration of the stored sightings runs after an update.
    sightings: createSightingsStore(),
    injectAnnotator: async (tabId, frameIds) => {
      // The highlight colours go in as an extension stylesheet: no <style> element in the page.
      await browser.scripting.insertCSS({ target: { tabId, frameIds }, css: HIGHLIGHT_CSS });
      return browser.scripting.executeScript({ target: { tabId, frameIds }, files: ['/annotator.js'] });
    },
    settings: () => settings.get(),
    extensionOrigin: browser.runtime.getURL('/'),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    warmUp: () => warmUp(localDay()),
  });

  const logFailure = (e: unknown) => console.error('[factcheck] background handler failed', e);
  // Only "Check this page", the annotator's analyze request and a card's details are answered; for every other message the
  // listener returns nothing: no reply is sent, and the message channel is not held open.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // "Check this page" from the popup: the popup says if it failed.
    if (isCheckTabMessage(message)) return handlers.checkTab(message, sender);
    // The annotator's request for the figures of its page: answered with them.
    if (isPlainObject(message) && message.type === ANALYZE_TEXT) {
      return handlers.analyze(message, sender);
    }
    // A card's details, from the tab's latest answer.
    if (isPlainObject(message) && message.type === FIGURE_DETAILS) {
      return handlers.details(message, sender);
    }
    handlers.message(message, sender).catch(logFailure);
  });

  // "Check every site": the detector registered at run time exactly when the setting is on and the
  // permission is held (the reader may take the permission back in the browser's own settings).
  const everySite = browser as unknown as EverySiteApis & {
    permissions?: { onRemoved?: { addListener(listener: () => void): void } };
  };
  const syncEverySiteNow = () =>
    settings
      .get()
      .then((s) =>
        s.everySite
          ? syncEverySite(everySite, true, (on) => settings.update((c) => ({ ...c, everySite: on })))
          : false,
      )
      .catch(logFailure);
  void syncEverySiteNow();
  try {
    everySite.permissions?.onRemoved?.addListener(() => void syncEverySiteNow());
  } catch {
    // No permissions events here (fakeBrowser in the unit tests); the start-up sync still ran.
  }
  // The shortcuts to the next and the previous figure, to the annotator of the tab the reader is on.
  const figureCommand = createFigureCommandHandler({
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  });
  // No commands API on Firefox for Android (nor in fakeBrowser): no shortcuts there.
  try {
    browser.commands?.onCommand.addListener((command, tab) => figureCommand(command, tab));
  } catch {
    // An API present but not implemented: no shortcuts either.
  }
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    handlers.tabUpdated(tabId, changeInfo, tab).catch(logFailure);
  });
  browser.tabs.onRemoved.addListener((tabId, removeInfo) => {
    handlers.tabRemoved(tabId, removeInfo).catch(logFailure);
  });
});
