import { TOPIC_HIT, type TopicHitMessage } from '@/utils/messages';
import { NEWS_SITE_MATCHES } from '@/utils/news-sites';
import { leadOf } from '@/utils/page-lead';
import { looksOnTopic } from '@/utils/relevance';

/** The one extension API the detector needs, taken from the global so no polyfill ships with it. */
interface RuntimeLike {
  runtime: { sendMessage(message: TopicHitMessage): Promise<unknown> | undefined };
}

/**
 * Injected into every page of the curated news sites. Decides from the title, URL and first
 * paragraphs whether the page may be about the topic; only then asks the background to inject the
 * annotator, which reads the whole article.
 */
export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    try {
      if (!looksOnTopic(document.title, location.href, leadOf(document))) {
        console.info('[factcheck] detector: not about the topic');
        return;
      }
      console.info('[factcheck] detector: possible topic page');
      const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
      const api = g.browser ?? g.chrome;
      void api?.runtime.sendMessage({ type: TOPIC_HIT, url: location.href })?.catch(() => undefined);
    } catch {
      // Never throw into the page.
    }
  },
});
