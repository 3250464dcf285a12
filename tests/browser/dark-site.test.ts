import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCssColour, type Rgb } from '../../utils/page/page-colours';
import { contrast } from '../unit/support/contrast';
import { ARTIFACTS, openAnnotated, useExtensionBrowser } from './support/session';

/**
 * A news site in its dark theme (tests/fixtures/browser/dark-site-story.html), in Chromium: highlights
 * and badges are painted in the inks for dark pages, each standing out at least 3:1 against the
 * page's own background, and a screenshot shows it.
 */

const PAGE = 'http://www.thehindu.com/dark-site-story.html';
const session = useExtensionBrowser(['www.thehindu.com']);

describe('a dark news site, in Chromium', () => {
  it('paints highlights and badges that stand out at least 3:1 against the page', async () => {
    const page = await openAnnotated(session.browser(), PAGE, { viewport: { width: 1000, height: 700 } });
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('.badge').length ?? 0,
          ),
        { timeout: 5000 },
      )
      .toBeGreaterThan(0);
    const seen = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
      const badges = Array.from(
        document.querySelector('factcheck-overlay')?.shadowRoot?.querySelectorAll('.badge') ?? [],
      ) as HTMLElement[];
      return {
        page: getComputedStyle(document.querySelector('article') as Element).backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
        highlights: Array.from(registry.keys()).sort(),
        // What each badge draws: its chip, in the standing's ink for dark pages.
        badges: badges.map((b) => ({
          value: b.dataset.value,
          fill: getComputedStyle(b.querySelector('.mark') as Element).backgroundColor,
          text: getComputedStyle(b.querySelector('.mark') as Element).color,
        })),
      };
    });
    // The underlines' inks (the extension's stylesheet for ::highlight) are those of the -dark names.
    expect(seen.highlights.length).toBeGreaterThan(0);
    for (const name of seen.highlights) expect(name).toMatch(/^factcheck-\w+-dark$/);
    expect(seen.badges.map((b) => b.value).sort()).toEqual(['12', '127', '44']);
    const background = parseCssColour(seen.body)?.rgb as Rgb;
    expect(background).toEqual([18, 18, 18]);
    for (const b of seen.badges) {
      const fill = parseCssColour(b.fill)?.rgb as Rgb;
      const text = parseCssColour(b.text)?.rgb as Rgb;
      expect(contrast(fill, background), `badge ${b.value} against the page`).toBeGreaterThanOrEqual(3);
      expect(contrast(text, fill), `badge ${b.value}'s figure and symbol on its fill`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dark-site.png') });
    await page.close();
  });
});
