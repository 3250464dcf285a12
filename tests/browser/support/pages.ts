/**
 * The fixture pages the browser tests and the demo open, and the console lines the extension writes
 * on them. No test framework here: `npm run demo` imports it too.
 */

/** The seed-like fixture (ANI via Business Standard, 8 Nov 2025) under its outlet's host name. */
export const TOPIC_PAGE = 'http://www.business-standard.com/topic-seed-like-mea-44-2025-11.html';
/**
 * A cricket report: India, "fight back", "battle", but nothing about Russia. Served under
 * www.hindustantimes.com, not www.bbc.com: bbc.com is on Chromium's HSTS preload list, so
 * http://www.bbc.com/ is always upgraded to https, which this http server cannot answer.
 */
export const NEGATIVE_PAGE = 'http://www.hindustantimes.com/cricket-report.html';

export const DETECTOR_HIT = /^\[factcheck\] detector: possible topic page$/;
export const DETECTOR_MISS = /^\[factcheck\] detector: not about the topic$/;
export const ANNOTATOR_LINE = /^\[factcheck\] annotator: /;
/** How long a test waits for one of those lines. */
export const WAIT_MS = 15_000;

/**
 * Run in the page (`page.evaluate(overlayBadges)`, Playwright or Puppeteer): the overlay's badges as
 * "value kind", in order. One expression: nothing for a bundler to name inside it.
 */
export const overlayBadges = (): string[] =>
  Array.from(
    document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
  ).map((b) => `${b.getAttribute('data-value')} ${b.getAttribute('data-kind')}`);
