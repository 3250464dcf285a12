import { LIVE_ANNOTATOR } from '@/utils/live-annotator-handle';
import { TOPIC_HIT, type TopicHitMessage } from '@/utils/messages';
import { NEWS_SITE_MATCHES } from '@/utils/news-sites';
import { leadOf } from '@/utils/page-lead';
import { stageTimeline } from '@/utils/stage-timeline';
import { looksOnTopic } from '@/utils/topic-lead';

/**
 * The one extension API the detector needs, taken from the global so that our own code needs no
 * polyfill (WXT's content-script runtime still brings one into the built file: see `npm run bench`).
 */
interface RuntimeLike {
  runtime: { sendMessage(message: TopicHitMessage): Promise<unknown> | undefined };
}

type Shared = Record<symbol, { stop(): void; rescan(): void } | undefined> & {
  browser?: RuntimeLike;
  chrome?: RuntimeLike;
};

/** Late-loading article bodies: look again this often, this many times, while the page fills in. */
const RETRY_MS = 1500;
const RETRIES = 4;

/**
 * Injected into every page of the curated news sites. Decides from the title, URL and first
 * paragraphs whether the page may be about the topic; only then asks the background to inject the
 * annotator, which reads the whole article. On SPA navigation it decides again.
 */
export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const g = globalThis as unknown as Shared;
    // The timing build's timeline (utils/stage-timeline.ts); none in a release build.
    const timeline = stageTimeline(performance);
    const check = (quiet: boolean): boolean => {
      try {
        const live = g[LIVE_ANNOTATOR];
        // Only the latest check stays in the timeline.
        timeline?.clearMeasures('factcheck-detect');
        timeline?.mark('factcheck-detect-start');
        const hit = looksOnTopic(document.title, location.href, leadOf(document));
        timeline?.measure('factcheck-detect', 'factcheck-detect-start');
        timeline?.clearMarks('factcheck-detect-start');
        if (!hit) {
          if (live) {
            live.stop();
            g[LIVE_ANNOTATOR] = undefined;
          }
          if (!quiet) console.info('[factcheck] detector: not about the topic');
          return false;
        }
        if (live) {
          live.rescan();
          return true;
        }
        console.info('[factcheck] detector: possible topic page');
        const api = g.browser ?? g.chrome;
        void api?.runtime.sendMessage({ type: TOPIC_HIT, url: location.href })?.catch(() => undefined);
        return true;
      } catch {
        return false; // never throw into the page
      }
    };
    if (!check(false)) {
      let tries = 0;
      const timer = ctx.setInterval(() => {
        if (check(true) || ++tries >= RETRIES) clearInterval(timer);
      }, RETRY_MS);
    }
    ctx.addEventListener(window, 'wxt:locationchange', () => check(false));
    ctx.onInvalidated(() => {
      g[LIVE_ANNOTATOR]?.stop();
      g[LIVE_ANNOTATOR] = undefined;
    });
  },
});
