/**
 * `npm run demo [-- --no-build]`: builds the Chromium extension (its timing build, which also records
 * the stages' times in the page: utils/page/stage-timeline.ts), serves fixture pages under real news host
 * names and walks headless Debian Chromium with the extension through what a reader sees:
 *  1. the seed-like topic page (ANI via Business Standard, 8 Nov 2025): highlights and badges, then one
 *     badge focused so that its card is open;
 *  2. a second topic page whose figures do not all match the record (Deccan Herald, Jul 2024);
 *  3. a page of a news site that is not about the topic: nothing added;
 *  4. the popup's full view (`popup.html?tabId=N`) of the first page's tab;
 *  5. the toolbar popup of that tab as it opens (420 x 600), light and dark;
 *  6. a page published after the record that quotes the MEA with newer figures (NDTV, Mar 2026), and a
 *     Hindi page (Dainik Bhaskar, 18 Dec 2025), each with a card open, at a phone's width, dark.
 * The reference article is read as of the machine's date: a year on, its figures are out of date.
 * Writes screenshots and report.md (figures, verdicts, toolbar badges, timings) to artifacts/demo/, the
 * store listing images (1280 x 800, from the screenshots of 1 and 5: scripts/store-images.ts) to
 * artifacts/store/, and exits non-zero when something expected is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../tests/browser/support/chromium';
import { ConsoleLog } from '../tests/browser/support/console-log';
import { startFixtureServer } from '../tests/browser/support/fixture-server';
import {
  ANNOTATOR_LINE,
  DETECTOR_HIT,
  DETECTOR_MISS,
  NEGATIVE_PAGE,
  TOPIC_PAGE,
  WAIT_MS,
} from '../tests/browser/support/pages';
import { CHROME_TIMING_EXTENSION_DIR, FIXTURE_DIRS, PROJECT_ROOT } from '../tests/browser/support/paths';
import type { TabResult } from '../utils/background/tab-results';
import { type CheckedFigure, verdictOf } from '../utils/contracts/checked-figure';
import { TIMING_MODE } from '../utils/page/stage-timeline';
import { writeStoreImage } from './store-images';

const OUT = join(PROJECT_ROOT, 'artifacts', 'demo');
const STORE = join(PROJECT_ROOT, 'artifacts', 'store');
const TOPIC = TOPIC_PAGE;
const MIXED = 'http://www.deccanherald.com/topic-dh-kwatra-35-50-moscow-2024-07-09.html';
const OFF_TOPIC = NEGATIVE_PAGE;
const NEWER = 'http://www.ndtv.com/topic-ndtv-mea-briefing-31-killed-2026-03-13.html';
const HINDI = 'http://www.bhaskar.com/topic-bhaskar-hindi-202-bhartiya-bharti-26-maut-2025-12-18.html';
const HOSTS = [
  'www.business-standard.com',
  'www.deccanherald.com',
  'www.hindustantimes.com',
  'www.ndtv.com',
  'www.bhaskar.com',
];
const PHONE = { width: 400, height: 800 };
/** The toolbar badge's colour of a page whose figures are all current: never that of out-of-date ones. */
const GREEN = 'rgb(30, 107, 53)';
const VIEWPORT = { width: 1100, height: 900 };
/** How long a page the detector turned down is watched for an annotator that should not come. */
const QUIET_MS = 1_000;

/** Something expected that is missing: collected, reported, and the reason for a non-zero exit. */
const problems: string[] = [];
function check(ok: boolean, what: string): boolean {
  if (!ok) problems.push(what);
  return ok;
}

interface Badge {
  kind: string;
  value: string;
  status: string;
  standing: string;
  shown: boolean;
  label: string;
}

interface Card {
  head: string;
  quote: string;
  lead: string;
  records: string[];
}

interface ToolbarBadge {
  text: string;
  title: string;
  color: string;
}

interface TopicVisit {
  url: string;
  tabId: number;
  annotatorLine: string;
  /** Navigation start to the annotator's console line. */
  annotatedAfterMs: number;
  measures: Record<string, number>;
  result: TabResult;
  badges: Badge[];
  highlights: Array<{ name: string; ranges: number }>;
  cards: Array<Card | null>;
  toolbar: ToolbarBadge;
  screenshots: string[];
}

type Chrome = {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  action: {
    getBadgeText(d: object): Promise<string>;
    getTitle(d: object): Promise<string>;
    getBadgeBackgroundColor(d: object): Promise<number[]>;
  };
  storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
};

/**
 * The tab showing `url`, its result as the background keeps it (or null), and its toolbar badge; with
 * `withResult`, tries for 5 s until both the result and the badge are there.
 */
async function tabState(
  browser: ExtensionBrowser,
  url: string,
  withResult: boolean,
): Promise<{ tabId: number; result: TabResult | null; toolbar: ToolbarBadge } | null> {
  return browser.worker.evaluate(
    async ([u, needResult]) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      for (let i = 0; i < 50; i++) {
        const [tab] = await c.tabs.query({ url: u });
        if (tab?.id !== undefined) {
          const key = `tab-result:${tab.id}`;
          const result = ((await c.storage.session.get(key))[key] ?? null) as TabResult | null;
          const text = await c.action.getBadgeText({ tabId: tab.id });
          if (!needResult || (result && text !== '')) {
            const rgba = await c.action.getBadgeBackgroundColor({ tabId: tab.id });
            const color = `#${rgba
              .slice(0, 3)
              .map((n) => n.toString(16).padStart(2, '0'))
              .join('')}`;
            const title = await c.action.getTitle({ tabId: tab.id });
            return { tabId: tab.id, result, toolbar: { text, title, color } };
          }
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    },
    [url, withResult] as const,
  );
}

async function openPage(browser: ExtensionBrowser, url: string): Promise<{ page: Page; log: ConsoleLog }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(VIEWPORT);
  const log = new ConsoleLog(page);
  const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  check(response?.status() === 200, `${url}: HTTP ${response?.status()}`);
  return { page, log };
}

/** The badges in the overlay's shadow root, once placed (or after 5 s). */
async function readBadges(page: Page): Promise<Badge[]> {
  const read = () =>
    page.evaluate(() =>
      Array.from(
        document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
      ).map((b) => ({
        kind: b.getAttribute('data-kind') ?? '',
        value: b.getAttribute('data-value') ?? '',
        status: b.getAttribute('data-status') ?? '',
        standing: b.getAttribute('data-standing') ?? '',
        shown: !(b as HTMLElement).hidden,
        label: b.getAttribute('aria-label') ?? '',
      })),
    );
  const until = Date.now() + 5_000;
  let badges = await read();
  while ((badges.length === 0 || badges.some((b) => !b.shown)) && Date.now() < until) {
    await page.waitForTimeout(50);
    badges = await read();
  }
  return badges;
}

const readHighlights = (page: Page) =>
  page.evaluate(() =>
    Array.from((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights).map(([name, h]) => ({
      name,
      ranges: h.size,
    })),
  );

const badgeAt = (page: Page, i: number) => page.locator('factcheck-overlay').locator('button.badge').nth(i);

/** Focuses badge `i` and reads its card; leaves the card open. */
async function openCard(page: Page, i: number): Promise<Card | null> {
  await badgeAt(page, i).focus();
  const card = page.locator('factcheck-overlay').locator('.card');
  if (!(await card.isVisible())) return null;
  return card.evaluate((el) => {
    const ps = Array.from(el.children);
    return {
      head: ps[0]?.textContent ?? '',
      quote: ps[1]?.textContent ?? '',
      lead: ps[2]?.textContent ?? '',
      records: Array.from(el.querySelectorAll('.record')).map((r) =>
        Array.from(r.children)
          .map((p) => p.textContent)
          .join(' · '),
      ),
    };
  });
}

/** Scrolls so that badge `i`'s figure sits `fromTop` px below the top of the viewport. */
async function scrollToBadge(page: Page, i: number, fromTop: number): Promise<void> {
  const top = await badgeAt(page, i).evaluate((b) => b.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), Math.max(0, top - fromTop));
  await page.waitForTimeout(150); // the overlay repositions in the next frame
}

/**
 * A screenshot of the part of the page that holds every badge (the width of the viewport, from a
 * little above the first badge to a little below the last, at least a viewport high).
 */
async function screenshotBadges(page: Page, path: string): Promise<void> {
  const span = await page.evaluate(() => {
    const tops = Array.from(
      document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
    ).map((b) => b.getBoundingClientRect().top + window.scrollY);
    return { first: Math.min(...tops), last: Math.max(...tops), page: document.documentElement.scrollHeight };
  });
  const y = Math.max(0, Math.floor(span.first) - 220);
  const height = Math.min(Math.max(span.last + 120 - y, VIEWPORT.height), 2000, span.page - y);
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y, width: VIEWPORT.width, height } });
}

/** Opens a topic page, checks and reads what the extension added, and leaves the page open. */
async function visitTopicPage(
  browser: ExtensionBrowser,
  url: string,
  name: string,
): Promise<{ visit: TopicVisit; page: Page }> {
  const t0 = Date.now();
  const { page, log } = await openPage(browser, url);
  await log.waitFor(DETECTOR_HIT, WAIT_MS);
  const line = await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
  const annotatedAfterMs = Date.now() - t0;
  const measures = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('factcheck-'))
        .map((e) => [e.name, e.duration]),
    ),
  );
  const badges = await readBadges(page);
  const highlights = await readHighlights(page);
  const state = await tabState(browser, url, true);
  check(state !== null, `${url}: no tab result or toolbar badge within 5 s`);
  const result = state?.result as TabResult;
  const n = result?.figures.length ?? 0;
  check(/ relevant=true /.test(line.text), `${url}: annotator says not relevant: ${line.text}`);
  check(n > 0, `${url}: no figures`);
  check(badges.length === n, `${url}: ${badges.length} badges for ${n} figures`);
  check(
    badges.every((b) => b.shown),
    `${url}: badges not placed: ${badges.filter((b) => !b.shown).map((b) => `${b.value} ${b.kind}`)}`,
  );
  check(highlights.length > 0, `${url}: no highlights registered`);
  check(
    highlights.every((h) => h.name.startsWith('factcheck-')),
    `${url}: highlights not named factcheck-*: ${highlights.map((h) => h.name)}`,
  );
  check(state?.toolbar.text === String(n), `${url}: toolbar badge "${state?.toolbar.text}", ${n} figures`);

  // One entry per badge, in badge order (null where no card opened), so that rows stay in step.
  const cards: Array<Card | null> = [];
  for (let i = 0; i < badges.length; i++) {
    const card = await openCard(page, i);
    check(card !== null && card.lead !== '', `${url}: badge ${i} opens no card`);
    cards.push(card);
  }
  await page.keyboard.press('Escape');

  const shot = join(OUT, `${name}-badges.png`);
  await screenshotBadges(page, shot);
  const screenshots = [shot];
  return {
    page,
    visit: {
      url,
      tabId: state?.tabId ?? -1,
      annotatorLine: line.text,
      annotatedAfterMs,
      measures,
      result,
      badges,
      highlights,
      cards,
      toolbar: state?.toolbar ?? { text: '', title: '', color: '' },
      screenshots,
    },
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const started = Date.now();
  let buildMs = 0;
  if (!args.includes('--no-build')) {
    const b0 = Date.now();
    const command = ['wxt', 'build', '--mode', TIMING_MODE];
    const build = spawnSync('npx', command, { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`\`npx ${command.join(' ')}\` failed (exit ${build.status})`);
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

    // 1. The seed-like topic page, then one badge's card open: the figure with a newer record.
    const { visit: topic, page: topicPage } = await visitTopicPage(browser, TOPIC, '1-topic');
    check(
      topic.result?.figures.some((f) => f.kind === 'serving' && f.value === 44) ?? false,
      `${TOPIC}: no "44 serving" figure`,
    );
    const cardIndex = topic.badges.findIndex((b) => b.kind === 'recruited_total');
    check(cardIndex >= 0, `${TOPIC}: no recruited_total badge`);
    await scrollToBadge(topicPage, cardIndex, 250);
    check(
      (await openCard(topicPage, cardIndex)) !== null,
      `${TOPIC}: the card of badge ${cardIndex} does not open`,
    );
    const cardShot = join(OUT, '1-topic-card.png');
    await topicPage.screenshot({ path: cardShot });
    topic.screenshots.push(cardShot);
    await topicPage.keyboard.press('Escape');
    check(
      topic.toolbar.color !== GREEN,
      `${TOPIC}: the toolbar is green, though every figure was replaced since`,
    );
    check(
      topic.badges.every((b) => b.standing !== 'current'),
      `${TOPIC}: a badge shown as current, though every figure was replaced since`,
    );
    // The same card at a phone's width, dark.
    await topicPage.setViewportSize(PHONE);
    await topicPage.emulateMedia({ colorScheme: 'dark' });
    await scrollToBadge(topicPage, cardIndex, 200);
    check((await openCard(topicPage, cardIndex)) !== null, `${TOPIC}: no card at a phone's width`);
    const phoneShot = join(OUT, '1-topic-card-phone-dark.png');
    await topicPage.screenshot({ path: phoneShot });
    topic.screenshots.push(phoneShot);
    await topicPage.keyboard.press('Escape');
    await topicPage.emulateMedia({ colorScheme: 'light' });
    await topicPage.setViewportSize(VIEWPORT);

    // 2. A topic page whose figures do not all match the record.
    const { visit: mixed, page: mixedPage } = await visitTopicPage(browser, MIXED, '2-mixed');
    await mixedPage.close();
    check(
      mixed.result?.figures.some((f) => f.verdict.status !== 'confirmed') ?? false,
      `${MIXED}: every figure confirmed; the demo expects some that are not`,
    );

    // 3. A news site's page off the topic: the detector says no, nothing is added.
    const o0 = Date.now();
    const off = await openPage(browser, OFF_TOPIC);
    await off.log.waitFor(DETECTOR_MISS, WAIT_MS);
    const offDecidedMs = Date.now() - o0;
    await off.page.waitForTimeout(QUIET_MS);
    const offSeen = await off.page.evaluate(() => ({
      hosts: document.querySelectorAll('factcheck-overlay').length,
      highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
      detectMs: performance.getEntriesByName('factcheck-detect')[0]?.duration ?? null,
    }));
    const offState = await tabState(browser, OFF_TOPIC, false);
    check(!off.log.find(DETECTOR_HIT), `${OFF_TOPIC}: the detector flagged it`);
    check(!off.log.find(ANNOTATOR_LINE), `${OFF_TOPIC}: the annotator ran`);
    check(offSeen.hosts === 0, `${OFF_TOPIC}: ${offSeen.hosts} overlay hosts`);
    check(offSeen.highlights === 0, `${OFF_TOPIC}: ${offSeen.highlights} highlights`);
    check(offState?.toolbar.text === '', `${OFF_TOPIC}: toolbar badge "${offState?.toolbar.text}"`);
    check(offState !== null, `${OFF_TOPIC}: no toolbar state read`);
    check(offState?.result === null, `${OFF_TOPIC}: the background keeps a result for it`);
    const offShot = join(OUT, '3-off-topic.png');
    await off.page.screenshot({ path: offShot });
    await off.page.close();

    // 4. The full view of the first page's tab, still open.
    const tabId = topic.tabId;
    const v0 = Date.now();
    const view = await browser.context.newPage();
    await view.setViewportSize(VIEWPORT);
    await view.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const listed = await view
      .locator('li.figure')
      .first()
      .waitFor({ timeout: WAIT_MS })
      .then(() => true)
      .catch(() => false);
    const viewMs = Date.now() - v0;
    const viewSeen = await view.evaluate(() => ({
      heading: document.querySelector('h2')?.textContent ?? '',
      items: Array.from(document.querySelectorAll<HTMLElement>('li.figure')).map((li) => ({
        kind: li.dataset.kind ?? '',
        value: li.dataset.value ?? '',
        status: li.dataset.status ?? '',
        verdict: li.querySelector('.verdict')?.textContent ?? '',
      })),
      timelines: document.querySelectorAll('svg.tl-chart').length,
    }));
    const n = topic.result?.figures.length ?? 0;
    check(
      listed && viewSeen.items.length === n,
      `full view: ${viewSeen.items.length} figures listed, ${n} on the page`,
    );
    const viewShot = join(OUT, '4-full-view.png');
    await view.screenshot({ path: viewShot, fullPage: true });
    await view.close();

    // 5. The toolbar popup of the topic page's tab: it asks for the active tab, so the article comes first.
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await topicPage.bringToFront();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const answered = await popup
      .locator('li.answer-item')
      .first()
      .waitFor({ timeout: WAIT_MS })
      .then(() => true)
      .catch(() => false);
    const popupSeen = await popup.evaluate(() => ({
      answers: Array.from(document.querySelectorAll<HTMLElement>('li.answer-item')).map(
        (li) =>
          `${li.querySelector('.answer-head')?.textContent ?? ''} — ${li.querySelector('.answer-why')?.textContent ?? ''}`,
      ),
      latest: Array.from(document.querySelectorAll('li.latest-statement')).map((li) => li.textContent ?? ''),
      lowest: Math.max(
        ...Array.from(document.querySelectorAll('li.answer-item, li.latest-item')).map(
          (li) => li.getBoundingClientRect().bottom,
        ),
      ),
    }));
    check(
      answered && popupSeen.answers.length === n,
      `popup: ${popupSeen.answers.length} answer lines, ${n} figures`,
    );
    check(
      popupSeen.lowest <= 600,
      `popup: the answer runs to ${Math.round(popupSeen.lowest)} px, past the first 600`,
    );
    const popupShot = join(OUT, '5-popup.png');
    await popup.screenshot({ path: popupShot });
    await popup.emulateMedia({ colorScheme: 'dark' });
    const popupDarkShot = join(OUT, '5-popup-dark.png');
    await popup.screenshot({ path: popupDarkShot });
    await popup.close();
    // The store listing images: the topic page with a card open, and its toolbar popup beside it.
    const storeShots = [
      join(STORE, '1-page-and-popup.png'),
      join(STORE, '2-page-and-popup-dark.png'),
    ] as const;
    await writeStoreImage(browser.context, { page: cardShot, popup: popupShot, dark: false }, storeShots[0]);
    await writeStoreImage(
      browser.context,
      { page: cardShot, popup: popupDarkShot, dark: true },
      storeShots[1],
    );
    await topicPage.close();

    // 6. Newer than the record, and a Hindi page: a card open on each, at a phone's width, dark.
    const extra: Array<{ visit: TopicVisit; shot: string; card: Card | null }> = [];
    for (const [url, name, value] of [
      [NEWER, '6-newer', '31'],
      [HINDI, '7-hindi', '202'],
    ] as const) {
      const { visit, page } = await visitTopicPage(browser, url, name);
      const i = visit.badges.findIndex((b) => b.value === value);
      check(i >= 0, `${url}: no badge for ${value}`);
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: 'dark' });
      await scrollToBadge(page, i, 200);
      const card = await openCard(page, i);
      check(card !== null, `${url}: the card of ${value} does not open`);
      const shot = join(OUT, `${name}-card-phone-dark.png`);
      await page.screenshot({ path: shot });
      visit.screenshots.push(shot);
      extra.push({ visit, shot, card });
      await page.close();
    }
    check(
      extra[0]?.visit.badges.find((b) => b.value === '31')?.standing === 'newer',
      `${NEWER}: 31 killed is not shown as newer than the record`,
    );

    const totalMs = Date.now() - started;
    const afterBuildMs = Date.now() - started - buildMs;
    const rel = (p: string) => relative(OUT, p);
    const ms = (x: number | undefined | null) => (x === undefined || x === null ? '–' : `${x.toFixed(1)} ms`);

    report.push(
      '# Demo: the figures fact-check extension in Chromium',
      '',
      `Run ${new Date().toISOString()} · Chromium ${chromium} (headless, Debian) · extension ${browser.extensionId}`,
      `Fixture pages from \`tests/fixtures/\`, served on 127.0.0.1 under the news host names (\`--host-resolver-rules\`).`,
      '',
      problems.length === 0
        ? '**All checks passed.**'
        : `**${problems.length} problem(s):**\n\n${problems.map((p) => `- ${p}`).join('\n')}`,
      '',
      '## Timings',
      '',
      '| step | time |',
      '|---|---|',
      `| \`wxt build --mode ${TIMING_MODE}\` (Chromium) | ${args.includes('--no-build') ? 'skipped (--no-build)' : `${buildMs} ms`} |`,
      `| fixture server and Chromium with the extension | ${launchMs} ms |`,
      `| topic page: navigation to annotator's line | ${topic.annotatedAfterMs} ms |`,
      `| second topic page: navigation to annotator's line | ${mixed.annotatedAfterMs} ms |`,
      `| page off the topic: navigation to the detector's "no" | ${offDecidedMs} ms |`,
      `| full view: navigation to its figure list | ${viewMs} ms |`,
      `| the demo after the build | ${afterBuildMs} ms |`,
      `| in all | ${totalMs} ms |`,
      '',
    );
    const topicSection = (title: string, v: TopicVisit) => {
      const r = v.result;
      report.push(
        `## ${title}`,
        '',
        `${v.url}  `,
        `"${r?.title ?? ''}" · ${r?.publisher ?? ''} · published ${r?.published ?? 'unknown'} · relevance score ${r?.score}`,
        '',
        `- Toolbar badge: **"${v.toolbar.text}"**, colour ${v.toolbar.color}, tooltip "${v.toolbar.title}"`,
        `- In the page: ${v.badges.length} badges (${v.badges.filter((b) => b.shown).length} placed), highlights ${v.highlights.map((h) => `${h.name} (${h.ranges})`).join(', ')}`,
        `- Extension's own timings: in the page, detect ${ms(v.measures['factcheck-detect'])}, text model ${ms(v.measures['factcheck-text-model'])}, paint ${ms(v.measures['factcheck-paint'])}; in the background, relevance and figures ${ms(v.measures['factcheck-relevance-figures'])}, verdicts ${ms(v.measures['factcheck-verdicts'])}; from the read to the answer, waiting included, ${ms(v.measures['factcheck-extract'])}`,
        `- Annotator's line: \`${v.annotatorLine.split(' :: ')[0]}\``,
        '',
        '| # | kind | value | qualifier | subject | as of | currency | status (its own time) | headline (badge card) | record / earlier · latest |',
        '|---|---|---|---|---|---|---|---|---|---|',
        ...(r?.figures ?? []).map((f: CheckedFigure, i: number) => {
          const verdict = verdictOf(f, r?.records ?? {});
          const ref = verdict.reference
            ? `record ${verdict.reference.value} (${verdict.reference.date})`
            : verdict.previous
              ? `earlier ${verdict.previous.value} (${verdict.previous.date})`
              : '–';
          const latest = verdict.latest
            ? ` · latest ${verdict.latest.value} ${verdict.latest.kind} (${verdict.latest.date})`
            : '';
          const value = f.high ? `${f.value}–${f.high}` : String(f.value);
          return `| ${i + 1} | ${f.kind} | ${value} | ${f.qualifier} | ${f.subject} | ${f.asOf ?? '–'} | ${f.verdict.currency} | ${f.verdict.status} | ${v.cards[i]?.lead ?? '(no card)'} | ${ref}${latest} |`;
        }),
        '',
        `Screenshots: ${v.screenshots.map((s) => `\`${rel(s)}\``).join(', ')}`,
        '',
      );
    };
    topicSection('1. Topic page (seed-like: ANI via Business Standard, 8 Nov 2025)', topic);
    const open = topic.cards[cardIndex];
    if (open) {
      report.push(
        `The card in \`1-topic-card.png\`: ${open.head} · ${open.quote} · ${open.lead} · ${open.records.join(' · ')}`,
        '',
      );
    }
    topicSection('2. Topic page with figures off the record (Deccan Herald, Jul 2024)', mixed);
    report.push(
      '## 3. Page off the topic (cricket report, Hindustan Times)',
      '',
      `${OFF_TOPIC}`,
      '',
      `- Detector: "not about the topic" after ${offDecidedMs} ms (its own time in the page: ${ms(offSeen.detectMs)}); no annotator within ${QUIET_MS} ms after`,
      `- In the page: ${offSeen.hosts} overlay hosts, ${offSeen.highlights} highlights`,
      `- Toolbar badge: "${offState?.toolbar.text ?? '?'}" (tooltip "${offState?.toolbar.title ?? '?'}"), tab result: ${offState?.result === null ? 'none' : 'present'}`,
      '',
      `Screenshot: \`${rel(offShot)}\``,
      '',
      `## 4. Full view of the topic page's tab (popup.html?tabId=${tabId})`,
      '',
      `- Heading "${viewSeen.heading}", ${viewSeen.items.length} figures listed, ${viewSeen.timelines} timelines, rendered in ${viewMs} ms`,
      ...viewSeen.items.map((it) => `- ${it.value} ${it.kind}: ${it.status} · ${it.verdict}`),
      '',
      `Screenshot: \`${rel(viewShot)}\``,
      '',
      '## 5. The toolbar popup of the topic page (420 x 600)',
      '',
      ...popupSeen.answers.map((a) => `- ${a}`),
      ...popupSeen.latest.map((l) => `- Latest: ${l}`),
      `- The answer ends at ${Math.round(popupSeen.lowest)} px of 600`,
      '',
      `Screenshots: \`${rel(popupShot)}\`, \`${rel(popupDarkShot)}\``,
      '',
      `Store listing images (1280 x 800): ${storeShots.map((s) => `\`${rel(s)}\``).join(', ')}`,
      '',
    );
    topicSection('6. A page newer than the record (NDTV, 13 Mar 2026)', extra[0]?.visit as TopicVisit);
    topicSection('7. A Hindi page (Dainik Bhaskar, 18 Dec 2025)', extra[1]?.visit as TopicVisit);
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(join(OUT, 'report.md'), `${report.join('\n')}\n`);
  console.log(report.join('\n'));
  console.log(`\nDemo written to ${OUT}/ (report.md and screenshots)`);
  if (problems.length > 0) {
    console.error(
      `\nDemo FAILED: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
}

main().catch((e) => {
  console.error('Demo failed:', e);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'report.md'),
    `# Demo: FAILED\n\n${String(e instanceof Error ? e.message : e)}\n${problems.map((p) => `\n- ${p}`).join('')}\n`,
  );
  process.exit(1);
});
