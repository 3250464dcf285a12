import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/browser/support/chromium';
import { ANNOTATOR_LINE, DETECTOR_HIT, WAIT_MS } from '../../tests/browser/support/pages';
import type { TabResult } from '../../utils/background/tab-results';
import { type CheckedFigure, verdictOf } from '../../utils/contracts/checked-figure';
import { check } from './checks';
import {
  type Badge,
  type Card,
  openCard,
  openPage,
  readBadges,
  readHighlights,
  screenshotBadges,
} from './in-page';
import { ms } from './report';
import { OUT, rel } from './settings';
import { type ToolbarBadge, tabState } from './tab-state';

export interface TopicVisit {
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

/** Opens a topic page, checks and reads what the extension added, and leaves the page open. */
export async function visitTopicPage(
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

/** The report's section on a visited topic page: what the toolbar and the page show, and every figure. */
export function topicSection(title: string, v: TopicVisit): string[] {
  const r = v.result;
  return [
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
  ];
}
