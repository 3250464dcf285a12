import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import {
  type DetectorRuntime,
  startTopicDetector,
  type TopicDetectorDeps,
} from '@/utils/page/detector/topic-detector';
import { stageTimeline } from '@/utils/page/stage-timeline';

type Shared = TopicDetectorDeps['shared'] & {
  browser?: { runtime: DetectorRuntime };
  chrome?: { runtime: DetectorRuntime };
};

/**
 * Injected into every page of the curated news sites by the manifest's `content_scripts` entry
 * (wxt.config.ts), and into every page when the reader asks for every site (utils/background/every-site.ts):
 * the cheap first stage, utils/page/detector/topic-detector.ts. An unlisted script rather than a WXT content script:
 * WXT's content-script context announces each start on the page's window with the extension's id,
 * and stops on such an announcement, which any page can forge. The one extension API it needs is taken
 * from the global, so that it carries no polyfill.
 */
export default defineUnlistedScript(() => {
  try {
    const g = globalThis as unknown as Shared;
    startTopicDetector({
      doc: document,
      win: window as unknown as TopicDetectorDeps['win'],
      shared: g,
      runtime: (g.browser ?? g.chrome)?.runtime,
      log: (line) => console.info(line),
      timeline: stageTimeline(performance),
    });
  } catch {
    // Never thrown into the page.
  }
});
