import { clipUrl, TOPIC_HIT, type TopicHitMessage } from '../../contracts/messages';
import { looksOnTopic } from '../../engine/topic-lead';
import type { StageTimeline } from '../stage-timeline';
import { LIVE_ANNOTATOR } from './live-annotator-handle';
import { type LocationWindow, watchLocation } from './location-changes';
import { leadOf } from './page-lead';
import { runtimeAlive } from './runtime-alive';

/** The one extension API the detector needs. */
export interface DetectorRuntime {
  readonly id?: string;
  sendMessage(message: TopicHitMessage): Promise<unknown> | undefined;
}

/** The running annotator, as the detector sees it. */
interface LiveHandle {
  stop(): void;
  rescan(): void;
}

export interface TopicDetectorDeps {
  doc: Document;
  win: LocationWindow;
  /** The content scripts' shared global, where the running annotator is kept. */
  shared: Record<symbol, LiveHandle | undefined>;
  runtime: DetectorRuntime | undefined;
  log: (line: string) => void;
  /** The timing build's stage timeline (utils/page/stage-timeline.ts); none in a release build. */
  timeline?: StageTimeline;
}

/** Late-loading article bodies: look again this often, this many times, while the page fills in. */
const RETRY_MS = 1500;
const RETRIES = 4;

/**
 * The always-injected detector: decides from the title, URL and first paragraphs whether the page may
 * be about the topic; only then asks the background to inject the annotator, which reads the whole
 * article. On an SPA's navigation it decides again, and stops the annotator on a page off the topic.
 * When the extension is gone (reloaded, updated, removed: its runtime says so) it stops, and stops the
 * annotator; nothing the page sends or dispatches stops it.
 */
export function startTopicDetector(deps: TopicDetectorDeps): void {
  const { doc, win, shared, runtime, log, timeline } = deps;
  let retry: number | undefined;
  const stopRetrying = () => {
    if (retry !== undefined) win.clearInterval(retry);
    retry = undefined;
  };
  const shutDown = () => {
    stopRetrying();
    unwatch();
    shared[LIVE_ANNOTATOR]?.stop();
    shared[LIVE_ANNOTATOR] = undefined;
  };
  /** True once decided: about the topic, or the extension gone. */
  const check = (quiet: boolean): boolean => {
    if (!runtimeAlive(runtime)) {
      shutDown();
      return true;
    }
    try {
      const live = shared[LIVE_ANNOTATOR];
      // Only the latest check stays in the timeline.
      timeline?.clearMeasures('factcheck-detect');
      timeline?.mark('factcheck-detect-start');
      const hit = looksOnTopic(doc.title, win.location.href, leadOf(doc));
      timeline?.measure('factcheck-detect', 'factcheck-detect-start');
      timeline?.clearMarks('factcheck-detect-start');
      if (!hit) {
        if (live) {
          live.stop();
          shared[LIVE_ANNOTATOR] = undefined;
        }
        if (!quiet) log('[factcheck] detector: not about the topic');
        return false;
      }
      if (live) {
        live.rescan();
        return true;
      }
      log('[factcheck] detector: possible topic page');
      runtime?.sendMessage({ type: TOPIC_HIT, url: clipUrl(win.location.href) })?.catch(() => {
        if (!runtimeAlive(runtime)) shutDown();
      });
      return true;
    } catch {
      // Never thrown into the page. A runtime call that failed because the extension is gone ends it.
      if (runtimeAlive(runtime)) return false;
      shutDown();
      return true;
    }
  };
  /** Decides now and, while the answer is no, again a few times as the page fills in. */
  const look = () => {
    stopRetrying();
    if (check(false)) return;
    let tries = 0;
    retry = win.setInterval(() => {
      if (check(true) || ++tries >= RETRIES) stopRetrying();
    }, RETRY_MS);
  };
  const unwatch = watchLocation(win, look);
  look();
}
