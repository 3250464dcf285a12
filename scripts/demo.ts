/**
 * `npm run demo [-- --no-build]`: builds the Chromium extension (its timing build, which also records
 * the stages' times in the page: utils/page/stage-timeline.ts), serves fixture pages under real news host
 * names and walks headless Debian Chromium with the extension through what a reader sees, each step a
 * file of scripts/demo/:
 *  1. the seed-like topic page (ANI via Business Standard, 8 Nov 2025): highlights and badges, then one
 *     badge focused so that its card is open (seed-page.ts);
 *  2. a second topic page whose figures do not all match the record (Deccan Herald, Jul 2024:
 *     mixed-page.ts);
 *  3. a page of a news site that is not about the topic: nothing added (off-topic-page.ts);
 *  4. the popup's full view (`popup.html?tabId=N`) of the first page's tab (full-view.ts);
 *  5. the toolbar popup of that tab as it opens (420 x 600), light and dark (toolbar-popup.ts);
 *  6. a page published after the record that quotes the MEA with newer figures (NDTV, Mar 2026), and a
 *     Hindi page (Dainik Bhaskar, 18 Dec 2025), each with a card open, at a phone's width, dark
 *     (phone-cards.ts).
 * The reference article is read as of the machine's date: a year on, its figures are out of date.
 * Writes screenshots and report.md (figures, verdicts, toolbar badges, timings: report.ts) to
 * artifacts/demo/, the store listing images (1280 x 800, from the screenshots of 1 and 5:
 * scripts/store-images.ts) to artifacts/store/, and exits non-zero when something expected is missing.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { launchWithExtension } from '../tests/browser/support/chromium';
import { startFixtureServer } from '../tests/browser/support/fixture-server';
import { CHROME_TIMING_EXTENSION_DIR, FIXTURE_DIRS } from '../tests/browser/support/paths';
import { fullViewSection, showFullView } from './demo/full-view';
import { mixedPageSection, showMixedPage } from './demo/mixed-page';
import { offTopicSection, showOffTopicPage } from './demo/off-topic-page';
import { phoneCardsSections, showPhoneCards } from './demo/phone-cards';
import { reportHead, writeFailure, writeReport } from './demo/report';
import { seedPageSection, showSeedPage } from './demo/seed-page';
import { OUT } from './demo/settings';
import { showToolbarPopup, toolbarPopupSection } from './demo/toolbar-popup';
import { buildTimingExtension } from './support/timing-build';

const HOSTS = [
  'www.business-standard.com',
  'www.deccanherald.com',
  'www.hindustantimes.com',
  'www.ndtv.com',
  'www.bhaskar.com',
];

async function main(): Promise<void> {
  const noBuild = process.argv.slice(2).includes('--no-build');
  const started = Date.now();
  let buildMs = 0;
  if (!noBuild) {
    const b0 = Date.now();
    buildTimingExtension();
    buildMs = Date.now() - b0;
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const t0 = Date.now();
  const server = await startFixtureServer(FIXTURE_DIRS);
  const browser = await launchWithExtension(CHROME_TIMING_EXTENSION_DIR, server.port, HOSTS);
  const launchMs = Date.now() - t0;
  const report: string[] = [];
  try {
    const probe = await browser.context.newPage();
    const chromium = (await probe.evaluate(() => navigator.userAgent)).match(/Chrome\/(\S+)/)?.[1] ?? '?';
    await probe.close();

    const seed = await showSeedPage(browser);
    const mixed = await showMixedPage(browser);
    const offTopic = await showOffTopicPage(browser);
    const figures = seed.visit.result?.figures.length ?? 0;
    const fullView = await showFullView(browser, seed.visit.tabId, figures);
    const popup = await showToolbarPopup(browser, seed.page, figures, seed.cardShot);
    await seed.page.close();
    const phoneCards = await showPhoneCards(browser);

    const totalMs = Date.now() - started;
    report.push(
      ...reportHead(chromium, browser.extensionId, {
        build: noBuild ? null : buildMs,
        launch: launchMs,
        topic: seed.visit.annotatedAfterMs,
        mixed: mixed.annotatedAfterMs,
        offTopic: offTopic.decidedMs,
        fullView: fullView.viewMs,
        afterBuild: totalMs - buildMs,
        total: totalMs,
      }),
      ...seedPageSection(seed),
      ...mixedPageSection(mixed),
      ...offTopicSection(offTopic),
      ...fullViewSection(fullView),
      ...toolbarPopupSection(popup),
      ...phoneCardsSections(phoneCards),
    );
  } finally {
    await browser.close();
    await server.close();
  }
  writeReport(report);
}

main().catch(writeFailure);
