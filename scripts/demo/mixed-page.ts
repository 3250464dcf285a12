/** 2. A second topic page whose figures do not all match the record (Deccan Herald, Jul 2024). */
import type { ExtensionBrowser } from '../../tests/browser/support/chromium';
import { check } from './checks';
import { type TopicVisit, topicSection, visitTopicPage } from './topic-page';

const MIXED = 'http://www.deccanherald.com/topic-dh-kwatra-35-50-moscow-2024-07-09.html';

export async function showMixedPage(browser: ExtensionBrowser): Promise<TopicVisit> {
  const { visit: mixed, page: mixedPage } = await visitTopicPage(browser, MIXED, '2-mixed');
  await mixedPage.close();
  check(
    mixed.result?.figures.some((f) => f.verdict.status !== 'confirmed') ?? false,
    `${MIXED}: every figure confirmed; the demo expects some that are not`,
  );
  return mixed;
}

export const mixedPageSection = (mixed: TopicVisit): string[] =>
  topicSection('2. Topic page with figures off the record (Deccan Herald, Jul 2024)', mixed);
