import { browser } from 'wxt/browser';
import { isTopicHitMessage } from '@/utils/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only this extension's own content scripts, from a tab, with a well-formed message.
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !isTopicHitMessage(message))
      return;
    const frameIds = sender.frameId !== undefined ? [sender.frameId] : undefined;
    void browser.scripting
      .executeScript({ target: { tabId: sender.tab.id, frameIds }, files: ['/annotator.js'] })
      .catch((e: unknown) => console.warn('[factcheck] could not inject the annotator', e));
  });
});
