import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/corpus';
import { NEWS_SITE_DOMAINS, NEWS_SITE_MATCHES } from '../../utils/news-sites';

const covered = (host: string) => NEWS_SITE_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));

describe('the curated news sites', () => {
  it('are 50 to 80 distinct registrable domains, each matched with its subdomains', () => {
    expect(NEWS_SITE_DOMAINS.length).toBeGreaterThanOrEqual(50);
    expect(NEWS_SITE_DOMAINS.length).toBeLessThanOrEqual(80);
    expect(new Set(NEWS_SITE_DOMAINS).size).toBe(NEWS_SITE_DOMAINS.length);
    for (const d of NEWS_SITE_DOMAINS) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(NEWS_SITE_MATCHES).toContain('*://*.thehindu.com/*');
  });

  it('cover the outlet of every topic page in the fixture corpus', () => {
    const missing = loadCorpus()
      .filter((p) => p.gold.relevant && p.gold.url)
      .map((p) => new URL(p.gold.url as string).hostname)
      .filter((h) => !covered(h));
    expect(missing).toEqual([]);
  });
});
