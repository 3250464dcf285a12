/** 3. A news site's page off the topic (a cricket report, Hindustan Times): the detector says no, nothing is added. */
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../tests/browser/support/chromium';
import {
  ANNOTATOR_LINE,
  DETECTOR_HIT,
  DETECTOR_MISS,
  NEGATIVE_PAGE,
  WAIT_MS,
} from '../../tests/browser/support/pages';
import { check } from './checks';
import { openPage } from './in-page';
import { ms } from './report';
import { OUT, rel } from './settings';
import { tabState } from './tab-state';

const OFF_TOPIC = NEGATIVE_PAGE;
/** How long a page the detector turned down is watched for an annotator that should not come. */
const QUIET_MS = 1_000;

export interface OffTopicPage {
  /** Navigation start to the detector's "no". */
  decidedMs: number;
  seen: { hosts: number; highlights: number; detectMs: number | null };
  state: Awaited<ReturnType<typeof tabState>>;
  shot: string;
}

export async function showOffTopicPage(browser: ExtensionBrowser): Promise<OffTopicPage> {
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
  return { decidedMs: offDecidedMs, seen: offSeen, state: offState, shot: offShot };
}

export function offTopicSection({ decidedMs, seen, state, shot }: OffTopicPage): string[] {
  return [
    '## 3. Page off the topic (cricket report, Hindustan Times)',
    '',
    `${OFF_TOPIC}`,
    '',
    `- Detector: "not about the topic" after ${decidedMs} ms (its own time in the page: ${ms(seen.detectMs)}); no annotator within ${QUIET_MS} ms after`,
    `- In the page: ${seen.hosts} overlay hosts, ${seen.highlights} highlights`,
    `- Toolbar badge: "${state?.toolbar.text ?? '?'}" (tooltip "${state?.toolbar.title ?? '?'}"), tab result: ${state?.result === null ? 'none' : 'present'}`,
    '',
    `Screenshot: \`${rel(shot)}\``,
    '',
  ];
}
