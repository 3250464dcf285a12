import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/corpus';
import { NEWS_SITE_DOMAINS, NEWS_SITE_MATCHES } from '../../utils/sites/news-sites';
import { outletName } from '../../utils/sites/outlet-names';

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

describe('outlet names', () => {
  it('names every curated news site', () => {
    const unnamed = NEWS_SITE_DOMAINS.filter((d) => outletName(d) === undefined);
    expect(unnamed).toEqual([]);
  });

  it('takes the most specific entry, and none for a site outside the list', () => {
    expect(outletName('economictimes.indiatimes.com')).toBe('The Economic Times');
    expect(outletName('www.thehindu.com')).toBe('The Hindu');
    expect(outletName('example.org')).toBeUndefined();
    expect(outletName('constructor')).toBeUndefined();
  });
});
