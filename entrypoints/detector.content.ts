import { NEWS_SITE_MATCHES } from '@/utils/news-sites';
import { looksOnTopic } from '@/utils/relevance';

/**
 * Injected into every page of the curated news sites. Decides from the title, URL and first
 * paragraphs whether the page may be about the topic, and only then asks for the full check.
 */
export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    const lead = Array.from(document.querySelectorAll('h1, p'))
      .slice(0, 6)
      .map((p) => p.textContent ?? '')
      .join(' ')
      .slice(0, 3000);
    const hit = looksOnTopic(document.title, location.href, lead);
    console.info(`[factcheck] detector: ${hit ? 'possible topic page' : 'not about the topic'}`);
  },
});
