import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ConsoleLog, type LoggedMessage } from './support/console-log';
import { FIXTURE_DIRS } from './support/paths';
import { ANNOTATOR_LINE, ARTIFACTS, tabIdOf, useExtensionBrowser, WAIT_MS } from './support/session';

/**
 * Pages in Indian languages, in Debian's Chromium with the built extension: a Hindi page (Devanagari,
 * Latin digits, one number a Hindi word) and a Tamil page (a number a Tamil word, two figures qualified
 * "about"). Each figure of the page's gold annotation gets a highlight, in the colour of its standing,
 * over its own words, and exactly one badge with its value and kind; no figure is missing and none is
 * extra. The badges leave the page alone: no errors, the article's text as it was. Screenshots at
 * desktop width and at phone width in the dark colour scheme, for a person to look at
 * (artifacts/screenshots/, git-ignored).
 *
 * The expectations come from the gold files (tests/fixtures/pages/<slug>.gold.json): each page is
 * served under the host of its gold `url`, which is one of the curated news sites.
 */

interface GoldFigure {
  value: number;
  kind: string;
  qualifier: string;
  subject: string;
  asOf: string | null;
  text: string;
}

interface Gold {
  url: string;
  relevant: boolean;
  published: string | null;
  figures: GoldFigure[];
}

interface LanguagePage {
  lang: 'hi' | 'ta';
  slug: string;
  /** The article's own container, whose text must stay as it was. */
  article: string;
}

const PAGES: readonly LanguagePage[] = [
  // Hindi (Amar Ujala style): the Rajya Sabha toll of 18 Dec 2025, 'सात' (seven) spelled out.
  {
    lang: 'hi',
    slug: 'topic-hi-amarujala-sitarganj-family-body-national-toll-2025-12-19',
    article: '.au-story',
  },
  // Tamil (Oneindia Tamil style): Misri's briefing of 21 Oct 2024, 'சுமார் இருபது' (about twenty).
  { lang: 'ta', slug: 'topic-ta-puthiyathalaimurai-misri-85-viduvippu-20-2024-10-21', article: 'article' },
];

const goldOf = (slug: string): Gold =>
  JSON.parse(readFileSync(join(FIXTURE_DIRS[0] as string, `${slug}.gold.json`), 'utf8')) as Gold;

/** The page under its outlet's host name, as the fixture server serves it (flat file names). */
const urlOf = (p: LanguagePage): string => `http://${new URL(goldOf(p.slug).url).hostname}/${p.slug}.html`;

/**
 * One badge per claim: a range in the gold ("35-40": an `at_least` and an `at_most` of the same kind
 * and date, one after the other) is one claim, with one badge carrying its low end.
 */
function goldClaims(gold: Gold): GoldFigure[] {
  const claims: GoldFigure[] = [];
  for (const f of gold.figures) {
    const prev = claims[claims.length - 1];
    const rangeTop =
      prev &&
      prev.qualifier === 'at_least' &&
      f.qualifier === 'at_most' &&
      prev.kind === f.kind &&
      prev.asOf === f.asOf &&
      prev.subject === f.subject &&
      f.value > prev.value;
    if (!rangeTop) claims.push(f);
  }
  return claims;
}

const sorted = (xs: string[]) => [...xs].sort();

const HOSTS = [...new Set(PAGES.map((p) => new URL(goldOf(p.slug).url).hostname))];
const session = useExtensionBrowser(HOSTS);

const VIEWS = [
  { name: 'desktop', width: 1100, height: 900, colorScheme: 'light' },
  { name: 'phone-dark', width: 390, height: 844, colorScheme: 'dark' },
] as const;

interface Opened {
  page: Page;
  log: ConsoleLog;
  pageErrors: string[];
  annotator: LoggedMessage;
}

/**
 * Runs in the page before any of its scripts: the article's and the body's text at DOMContentLoaded,
 * before the extension's annotator (injected by the background once the detector's message arrives)
 * could have painted anything.
 */
function snapshotText(articleSelector: string): void {
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      const rendered = (el: Element | null) =>
        // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, as a reader sees and copies it.
        el ? (el as HTMLElement).innerText : null;
      const w = window as unknown as { __fcText?: { body: string | null; article: string | null } };
      w.__fcText = {
        body: rendered(document.body),
        article: rendered(document.querySelector(articleSelector)),
      };
    },
    { once: true },
  );
}

async function open(p: LanguagePage, view: (typeof VIEWS)[number]): Promise<Opened> {
  const page = await session.browser().context.newPage();
  await page.setViewportSize({ width: view.width, height: view.height });
  await page.emulateMedia({ colorScheme: view.colorScheme });
  const log = new ConsoleLog(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.addInitScript(snapshotText, p.article);
  const url = urlOf(p);
  const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  expect(response?.status(), `status of ${url}`).toBe(200);
  const annotator = await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
  return { page, log, pageErrors, annotator };
}

/** Each badge as "value kind", with its standing and whether it has been placed. */
const badgesOf = (page: Page) =>
  page.evaluate(() =>
    Array.from(
      document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
    ).map((b) => ({
      figure: `${b.getAttribute('data-value')} ${b.getAttribute('data-kind')}`,
      standing: b.getAttribute('data-standing') ?? '',
      placed: !(b as HTMLElement).hidden,
    })),
  );

/**
 * Every range of every highlight: its name, its text, and where it lies in its block (the nearest
 * paragraph, heading or list item), both with white space collapsed as the gold's snippets are.
 */
const highlightRangesOf = (page: Page) =>
  page.evaluate(() => {
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights;
    const out: Array<{ name: string; text: string; block: string; start: number }> = [];
    for (const [name, highlight] of registry) {
      for (const r of highlight) {
        if (!(r instanceof Range)) continue;
        const node = r.startContainer;
        const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        const block = el?.closest('p, h1, h2, h3, h4, li, td, figcaption, blockquote') ?? el;
        if (!block) continue;
        const before = document.createRange();
        before.setStart(block, 0);
        before.setEnd(r.startContainer, r.startOffset);
        out.push({
          name,
          text: norm(r.toString()),
          block: norm(block.textContent ?? ''),
          start: norm(before.toString()).length,
        });
      }
    }
    return out;
  });

/**
 * The article's and the body's text now, the overlay host set aside while they are read; and the
 * page's scroll width with the overlay and without it (a badge past the right edge would add a
 * horizontal scroll bar).
 */
const textNow = (page: Page, articleSelector: string) =>
  page.evaluate((selector) => {
    const hosts = Array.from(document.querySelectorAll('factcheck-overlay')) as HTMLElement[];
    const styles = hosts.map((h) => h.getAttribute('style'));
    const widthWith = document.documentElement.scrollWidth;
    for (const h of hosts) h.style.setProperty('display', 'none');
    const rendered = (el: Element | null) =>
      // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, as a reader sees and copies it.
      el ? (el as HTMLElement).innerText : null;
    const text = {
      scrollWidth: { with: widthWith, without: document.documentElement.scrollWidth },
      body: rendered(document.body),
      article: rendered(document.querySelector(selector)),
    };
    hosts.forEach((h, i) => {
      const s = styles[i];
      if (s === null || s === undefined) h.removeAttribute('style');
      else h.setAttribute('style', s);
    });
    const before = (window as unknown as { __fcText?: { body: string | null; article: string | null } })
      .__fcText;
    return { before, after: text, hosts: hosts.length };
  }, articleSelector);

describe('pages in Indian languages, in Chromium', () => {
  for (const p of PAGES) {
    const gold = goldOf(p.slug);
    const claims = goldClaims(gold);

    for (const view of VIEWS) {
      it(`${p.lang}: ${p.slug} at ${view.width} px (${view.colorScheme}): a highlight and a badge on each gold figure, the page untouched`, async () => {
        expect(gold.relevant, `${p.slug} is a topic page`).toBe(true);
        expect(claims.length, `${p.slug} has gold figures`).toBeGreaterThan(0);
        const { page, log, pageErrors, annotator } = await open(p, view);
        try {
          // The annotator read the page as the gold does: each figure with its value and kind, and
          // its date in the tab's result the background made of its answer (the page gets no dates).
          expect(annotator.text).toMatch(/ relevant=true /);
          expect(annotator.text).toContain(` published=${gold.published} `);
          const read = (annotator.text.split(' :: ')[1] ?? '')
            .split('; ')
            .filter(Boolean)
            .map((f) => f.replace(/^(\S+ \S+) .*$/, '$1'));
          expect(sorted(read), 'figures read: value kind').toEqual(
            sorted(claims.map((f) => `${f.value} ${f.kind}`)),
          );
          const browser = session.browser();
          const tabId = await tabIdOf(browser, urlOf(p), true);
          const kept = await browser.worker.evaluate(async (key) => {
            const c = (
              globalThis as unknown as {
                chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
              }
            ).chrome;
            const result = (await c.storage.session.get(key))[key] as
              | { figures: Array<{ value: number; kind: string; asOf: string | null }> }
              | undefined;
            return (result?.figures ?? []).map((f) => `${f.value} ${f.kind} (${f.asOf ?? 'undated'})`);
          }, `tab-result:${tabId}`);
          expect(sorted(kept), 'figures kept: value kind (asOf)').toEqual(
            sorted(claims.map((f) => `${f.value} ${f.kind} (${f.asOf ?? 'undated'})`)),
          );

          // One badge per gold figure, each placed: none missing, none extra.
          const expected = sorted(claims.map((f) => `${f.value} ${f.kind}`));
          await expect
            .poll(async () => sorted((await badgesOf(page)).filter((b) => b.placed).map((b) => b.figure)), {
              timeout: 5000,
            })
            .toEqual(expected);
          const badges = await badgesOf(page);
          expect(sorted(badges.map((b) => b.figure)), 'every badge, placed or not').toEqual(expected);

          // Each figure is highlighted over its own words, under the name of its badge's standing.
          const ranges = await highlightRangesOf(page);
          const names = new Set(ranges.map((r) => r.name));
          expect(
            [...names].every((n) => n.startsWith('factcheck-')),
            `highlight names: ${[...names]}`,
          ).toBe(true);
          expect(sorted([...names])).toEqual(
            sorted([...new Set(badges.map((b) => `factcheck-${b.standing}`))]),
          );
          for (const f of claims) {
            const badge = badges.find((b) => b.figure === `${f.value} ${f.kind}`);
            const name = `factcheck-${badge?.standing}`;
            const own = ranges.filter((r) => {
              if (r.name !== name || r.text.trim() === '' || !f.text.includes(r.text)) return false;
              for (let at = r.block.indexOf(f.text); at >= 0; at = r.block.indexOf(f.text, at + 1)) {
                if (at <= r.start && r.start + r.text.length <= at + f.text.length) return true;
              }
              return false;
            });
            expect(
              own.length,
              `a ${name} highlight inside "${f.text}" (${f.value} ${f.kind}); ranges: ${JSON.stringify(
                ranges.map((r) => `${r.name}: ${r.text}`),
              )}`,
            ).toBeGreaterThan(0);
          }

          // The page is left alone: its text as at DOMContentLoaded, no errors.
          const text = await textNow(page, p.article);
          expect(text.hosts, 'one overlay host').toBe(1);
          expect(text.before?.article, `the article (${p.article}) at DOMContentLoaded`).toBeTypeOf('string');
          expect(text.after.article).toBe(text.before?.article);
          expect(text.after.body).toBe(text.before?.body);
          expect(text.after.scrollWidth.with, 'scroll width with the badges, and without').toBe(
            text.after.scrollWidth.without,
          );
          for (const f of claims) expect(text.after.article).toContain(f.text);
          expect(pageErrors, 'page errors').toEqual([]);
          // The browser's own request for /favicon.ico, which the fixture server does not have, is no error
          // of the page's.
          const errors = log.messages.filter(
            (m) =>
              (m.type === 'error' && !m.url.endsWith('/favicon.ico')) ||
              (m.type === 'warning' && m.text.includes('[factcheck]')),
          );
          expect(errors, 'console errors').toEqual([]);
        } finally {
          // For a person to look at, passed or failed: the whole page, the figures with their badges.
          mkdirSync(ARTIFACTS, { recursive: true });
          await page.waitForTimeout(200);
          await page.screenshot({
            path: join(ARTIFACTS, `languages-${p.lang}-${view.name}.png`),
            fullPage: true,
          });
          await page.close();
        }
      });
    }
  }
});
