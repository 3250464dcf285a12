import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateReferenceFile } from '../../utils/record/reference-record';
import { axeSerious } from './support/axe';
import { ConsoleLog } from './support/console-log';
import { ANNOTATOR_LINE, ARTIFACTS, useExtensionBrowser, WAIT_MS } from './support/session';

/**
 * A page published after the record (NDTV, 13 Mar 2026) that quotes the MEA with new figures, in
 * Debian's Chromium with the built extension: its figures are shown as newer than the record, they
 * appear in the options page as candidates, the reader accepts one, exports it in the record's format,
 * and the page read again is judged against it.
 */

const PAGE = 'http://www.ndtv.com/topic-ndtv-mea-briefing-31-killed-2026-03-13.html';
const session = useExtensionBrowser(['www.ndtv.com']);
const started = () => session.browser();

async function openArticle(): Promise<Page> {
  const page = await started().context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  const log = new ConsoleLog(page);
  const response = await page.goto(PAGE, { waitUntil: 'load', timeout: WAIT_MS });
  expect(response?.status()).toBe(200);
  await log.waitFor(ANNOTATOR_LINE, WAIT_MS);
  return page;
}

/** Each badge as "value kind standing currency", once placed. */
const badges = (page: Page) =>
  page.evaluate(() =>
    Array.from(
      document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [],
    ).map(
      (b) =>
        `${b.getAttribute('data-value')} ${b.getAttribute('data-kind')} ${b.getAttribute('data-standing')} ${b.getAttribute('data-currency')}`,
    ),
  );

describe('figures newer than the record, in Chromium', () => {
  it('shows them as newer, lists them as candidates, and counts one the reader accepts', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const article = await openArticle();
    await expect
      .poll(() => badges(article), { timeout: 5000 })
      .toEqual([
        '31 killed newer current',
        '44 serving newer current',
        '127 discharged newer current',
        '26 killed current current',
        '50 awaiting_discharge current current',
      ]);
    const badge = article.locator('factcheck-overlay').locator('[data-value="31"]');
    await badge.scrollIntoViewIfNeeded();
    await badge.focus();
    const card = article.locator('factcheck-overlay').locator('.card');
    await card.waitFor({ state: 'visible' });
    const said = (await card.textContent()) ?? '';
    expect(said).toContain(
      'Newer than our record: reported by NDTV on 13 Mar 2026, attributed to Ministry of External Affairs.',
    );
    expect(said).toContain(
      'The last official figure in our record: 26 killed, 18 Dec 2025, Rajya Sabha written reply.',
    );
    expect(said).toContain('Official figures up to 18 Dec 2025.');
    await article.screenshot({ path: join(ARTIFACTS, 'newer-card.png') });
    await article.close();

    // The options page lists them, with who said them and the page that reported them.
    const b = started();
    const options = await b.context.newPage();
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const candidates = options.locator('li.candidate');
    await candidates.first().waitFor({ timeout: WAIT_MS });
    expect(await options.locator('.candidate-what').allTextContents()).toEqual([
      '31 killed',
      '44 still serving',
      '127 discharged or returned',
    ]);
    expect(await candidates.nth(1).locator('.candidate-who').textContent()).toBe(
      'Attributed to Randhir Jaiswal, MEA spokesperson, weekly briefing',
    );
    expect(await candidates.first().locator('a').getAttribute('href')).toBe(
      'https://www.ndtv.com/india-news/31-indians-died-fighting-for-russia-mea-says-44-still-in-army-9120456',
    );
    await options
      .locator('[data-section="newer"]')
      .screenshot({ path: join(ARTIFACTS, 'options-newer.png') });
    expect(await axeSerious(options), 'axe: options with candidates').toEqual([]);

    await options.getByRole('button', { name: 'Accept 31 killed into your record' }).click();
    await options.locator('li.accepted-item').first().waitFor({ timeout: WAIT_MS });
    expect(await options.locator('li.accepted-item').getAttribute('data-id')).toBe('2026-03-12-killed-31');
    expect(await options.locator('.candidate-what').allTextContents()).toEqual([
      '44 still serving',
      '127 discharged or returned',
    ]);

    // Exported in the shipped record's format.
    const download = options.waitForEvent('download', { timeout: WAIT_MS });
    await options.getByRole('button', { name: 'Export in the record’s format' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^factcheck-accepted-figures-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await file.path();
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(validateReferenceFile(exported)).toEqual([]);
    expect(exported.records).toEqual([
      expect.objectContaining({
        id: '2026-03-12-killed-31',
        kind: 'killed',
        value: 31,
        official: true,
        speaker: 'Ministry of External Affairs',
      }),
    ]);
    await options.screenshot({ path: join(ARTIFACTS, 'options-accepted.png'), fullPage: true });
    await options.close();

    // Read again, the page is judged against the reader's record: 31 is current, December's 26 is not.
    const again = await openArticle();
    await expect
      .poll(() => badges(again), { timeout: 5000 })
      .toEqual([
        '31 killed current current',
        '44 serving newer current',
        '127 discharged newer current',
        '26 killed superseded superseded',
        '50 awaiting_discharge current current',
      ]);
    await again.close();
  });
});
