import { fileURLToPath } from 'node:url';

/** Paths shared by the browser tests and their global setup. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where `wxt build` writes the Chromium (MV3) build. */
export const CHROME_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3/', import.meta.url));
/**
 * Where `wxt build --mode timing` writes the Chromium build that records its stages' times in the page's
 * performance timeline (utils/page/stage-timeline.ts), for `npm run bench:browser` and `npm run demo`.
 */
export const CHROME_TIMING_EXTENSION_DIR = fileURLToPath(
  new URL('../../../.output/chrome-mv3-timing/', import.meta.url),
);
/** Fixture directories served to the browser, searched in this order. */
export const FIXTURE_DIRS = [
  fileURLToPath(new URL('../../fixtures/pages/', import.meta.url)),
  fileURLToPath(new URL('../../fixtures/browser/', import.meta.url)),
];
/** Where `wxt build -b firefox` writes the Firefox (MV2) build. */
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv2/', import.meta.url));
