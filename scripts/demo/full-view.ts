/** 4. The popup's full view (`popup.html?tabId=N`) of the first page's tab, still open. */
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../tests/browser/support/chromium';
import { check } from './checks';
import { appears } from './in-page';
import { OUT, rel, VIEWPORT } from './settings';

export interface FullView {
  tabId: number;
  /** Navigation start to its figure list. */
  viewMs: number;
  seen: {
    heading: string;
    items: Array<{ kind: string; value: string; status: string; verdict: string }>;
    timelines: number;
  };
  shot: string;
}

/** The full view of tab `tabId`, which shows `figures` figures. */
export async function showFullView(
  browser: ExtensionBrowser,
  tabId: number,
  figures: number,
): Promise<FullView> {
  const v0 = Date.now();
  const view = await browser.context.newPage();
  await view.setViewportSize(VIEWPORT);
  await view.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  const listed = await appears(view, 'li.figure');
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
  check(
    listed && viewSeen.items.length === figures,
    `full view: ${viewSeen.items.length} figures listed, ${figures} on the page`,
  );
  const viewShot = join(OUT, '4-full-view.png');
  await view.screenshot({ path: viewShot, fullPage: true });
  await view.close();
  return { tabId, viewMs, seen: viewSeen, shot: viewShot };
}

export function fullViewSection({ tabId, viewMs, seen, shot }: FullView): string[] {
  return [
    `## 4. Full view of the topic page's tab (popup.html?tabId=${tabId})`,
    '',
    `- Heading "${seen.heading}", ${seen.items.length} figures listed, ${seen.timelines} timelines, rendered in ${viewMs} ms`,
    ...seen.items.map((it) => `- ${it.value} ${it.kind}: ${it.status} · ${it.verdict}`),
    '',
    `Screenshot: \`${rel(shot)}\``,
    '',
  ];
}
