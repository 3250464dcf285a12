import { describe, expect, it } from 'vitest';
import { openAnnotated, TOPIC_PAGE, tabIdOf, useExtensionBrowser, WAIT_MS } from './support/session';

/**
 * A page on one site that claims another site's article (its canonical link) and name (og:site_name),
 * in the built extension in Debian's Chromium: it is recorded as its own site's sighting, beside the
 * other site's, which it neither replaces nor hides from "Also reported elsewhere".
 * tests/fixtures/browser/claims-another-site.html, under www.hindustantimes.com, claims the seed-like
 * page of www.business-standard.com.
 */

const CLAIMING_PAGE = 'http://www.hindustantimes.com/claims-another-site.html';
/** The seed-like page's own canonical URL: the key of its sighting. */
const CLAIMED =
  'https://www.business-standard.com/external-affairs-defence-security/news/india-presses-russia-to-free-44-indians-in-army-125110800112_1.html';
const HOSTS = ['www.business-standard.com', 'www.hindustantimes.com'];

const session = useExtensionBrowser(HOSTS);

const open = (url: string) => openAnnotated(session.browser(), url);

interface StoredPage {
  url: string;
  publisher: string;
  title: string;
  firstSeen: string;
  lastSeen: string;
  figures: Array<{ value: number; kind: string }>;
}

/** The stored sightings once there are `count` pages (read in the service worker; tries for 5 s). */
async function sightingsWhen(count: number): Promise<StoredPage[]> {
  const pages = await session.browser().worker.evaluate(async (n) => {
    type Chrome = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    let last: unknown[] = [];
    for (let i = 0; i < 50; i++) {
      const value = (await c.storage.local.get('sightings')).sightings as { pages: unknown[] } | undefined;
      last = value?.pages ?? [];
      if (last.length >= n) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    return last;
  }, count);
  expect(pages, `${count} stored sightings within 5 s`).toHaveLength(count);
  return pages as StoredPage[];
}

describe("a page that claims another site's article, in Chromium", () => {
  it("is stored as its own site's sighting and does not replace the other site's", async () => {
    const seed = await open(TOPIC_PAGE);
    const [theirs] = await sightingsWhen(1);
    expect(theirs).toMatchObject({ url: CLAIMED, publisher: 'Business Standard' });

    const claiming = await open(CLAIMING_PAGE);
    const pages = await sightingsWhen(2);
    expect(pages.map((p) => [p.url, p.publisher])).toEqual([
      [CLAIMED, 'Business Standard'],
      [CLAIMING_PAGE, 'Hindustan Times'],
    ]);
    // The other site's sighting is as it was: same title, figures and times.
    expect(pages[0]).toEqual(theirs);
    expect(pages[1]?.figures.map((f) => `${f.value} ${f.kind}`)).toEqual(['44 serving']);

    // The claiming page's full view: its own outlet, and the other site's figure as reported elsewhere.
    const tabId = await tabIdOf(session.browser(), CLAIMING_PAGE, true);
    const view = await session.browser().context.newPage();
    await view.goto(`chrome-extension://${session.browser().extensionId}/popup.html?tabId=${tabId}`);
    await view.locator('section.also[data-kind="serving"] a').first().waitFor({ timeout: WAIT_MS });
    expect(await view.locator('p.page-meta').first().textContent()).toMatch(/^Hindustan Times/);
    const elsewhere = await view.locator('section.also[data-kind="serving"] li').evaluateAll((items) =>
      items.map((li) => ({
        value: (li as HTMLElement).dataset.value,
        href: li.querySelector('a')?.getAttribute('href'),
        outlet: li.querySelector('a')?.firstChild?.textContent,
      })),
    );
    // The seed-like page's two serving figures, each under its own outlet and address.
    expect(elsewhere).toEqual([
      { value: '44', href: CLAIMED, outlet: 'Business Standard' },
      { value: '13', href: CLAIMED, outlet: 'Business Standard' },
    ]);

    await view.close();
    await claiming.close();
    await seed.close();
  });
});
