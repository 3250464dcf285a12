import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlayBadges } from './support/pages';
import { ARTIFACTS, openAnnotated, useExtensionBrowser } from './support/session';

/**
 * A number with an invisible character inside (a soft hyphen: "4&shy;4"), in Debian's Chromium with the
 * built extension: it is read as 44, one badge says so, and its highlight covers the whole number as
 * the page writes it.
 */

const PAGE = 'http://www.thehindu.com/invisible-characters.html';
const session = useExtensionBrowser(['www.thehindu.com']);

describe('a number written with an invisible character inside, in Chromium', () => {
  it('is read as 44, with one badge, and highlighted whole', async () => {
    const page = await openAnnotated(session.browser(), PAGE);
    const badges = () => page.evaluate(overlayBadges);
    await expect.poll(badges, { timeout: 5000 }).toEqual(['44 serving']);
    const painted = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      const lead = document.getElementById('lead')?.firstChild;
      return Array.from(registry.values()).flatMap((h) =>
        Array.from(h).map((r) => ({
          text: r.toString(),
          inLead: r.startContainer === lead && r.endContainer === lead,
          start: r.startOffset,
          end: r.endOffset,
        })),
      );
    });
    const at = 'The Ministry of External Affairs said on Friday that '.length;
    expect(painted).toEqual([{ text: '4\u00ad4', inLead: true, start: at, end: at + 3 }]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.setViewportSize({ width: 900, height: 500 });
    await page.screenshot({ path: join(ARTIFACTS, 'page-invisible-characters.png') });
    await page.close();
  });
});
