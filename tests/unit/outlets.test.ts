import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/corpus';
import {
  isIndianOutlet,
  isListedOutletName,
  newsSiteMatches,
  OUTLETS,
  outletName,
} from '../../utils/sites/outlets';
import { namedHosts } from './support/outlet-hosts';

const domains = OUTLETS.map(([domain]) => domain);
const matches = newsSiteMatches();
const covered = (host: string) => domains.some((d) => host === d || host.endsWith(`.${d}`));

/** Whether a manifest match pattern of the form `*://host/*` or `*://*.host/*` matches a host name. */
const matchedBy = (host: string) =>
  matches.some((p) => {
    const m = /^\*:\/\/(\*\.)?([^/]+)\/\*$/.exec(p);
    if (!m) throw new Error(`unexpected pattern ${p}`);
    const [, any, base] = m;
    return any ? host.endsWith(`.${base}`) : host === base;
  });

describe('the curated news sites', () => {
  it('are 50 to 80 distinct domains, each matched with its subdomains', () => {
    expect(domains.length).toBeGreaterThanOrEqual(50);
    expect(domains.length).toBeLessThanOrEqual(80);
    expect(new Set(domains).size).toBe(domains.length);
    for (const d of domains) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(matches).toContain('*://thehindu.com/*');
    expect(matches).toContain('*://*.thehindu.com/*');
    expect(matches).toHaveLength(2 * domains.length);
  });

  it('list no domain under another listed domain, which would match its pages twice', () => {
    const nested = domains.filter((d) => domains.some((o) => d.endsWith(`.${o}`)));
    expect(nested).toEqual([]);
  });

  it('put the Indian outlets first, as the options page lists them', () => {
    const firstAbroad = OUTLETS.findIndex(([, , indian]) => !indian);
    expect(firstAbroad).toBeGreaterThan(0);
    expect(OUTLETS.slice(firstAbroad).filter(([, , indian]) => indian)).toEqual([]);
  });

  it('cover the outlet of every topic page in the fixture corpus', () => {
    const missing = loadCorpus()
      .filter((p) => p.gold.relevant && p.gold.url)
      .map((p) => new URL(p.gold.url as string).hostname)
      .filter((h) => !covered(h));
    expect(missing).toEqual([]);
  });
});

describe('which outlets are Indian', () => {
  it.each([
    ['https://www.thehindu.com/news/a', true],
    ['https://timesofindia.indiatimes.com/x', true],
    ['https://zeenews.india.com/x', true],
    ['https://www.india.com/x', false],
    ['https://www.bbc.com/news/x', false],
    ['https://notthehindu.com/x', false],
    ['https://example.org/', false],
    ['not an address', false],
  ])('%s: %s', (url, indian) => {
    expect(isIndianOutlet(url)).toBe(indian);
  });

  it('are the rows the table marks Indian, with their subdomains', () => {
    for (const [domain, , indian] of OUTLETS) {
      expect(isIndianOutlet(`https://${domain}/a`), domain).toBe(indian);
      expect(isIndianOutlet(`https://www.${domain}/a`), `www.${domain}`).toBe(indian);
    }
  });
});

describe('outlet names', () => {
  it('name every listed domain, by the name in its row', () => {
    for (const [domain, name] of OUTLETS) {
      expect(name.trim(), domain).not.toBe('');
      expect(outletName(domain), domain).toBe(name);
      expect(outletName(`www.${domain}`), domain).toBe(name);
    }
  });

  it('name no host outside the listed domains, and every named host is matched by the manifest', () => {
    const names = namedHosts();
    expect(names.length).toBeGreaterThan(domains.length);
    for (const [host, name] of names) {
      expect(covered(host), host).toBe(true);
      expect(matchedBy(host), host).toBe(true);
      expect(outletName(host), host).toBe(name);
      expect(isListedOutletName(name), name).toBe(true);
    }
  });

  it('takes the most specific entry, and none for a site outside the list', () => {
    expect(outletName('economictimes.indiatimes.com')).toBe('The Economic Times');
    expect(outletName('www.economictimes.indiatimes.com')).toBe('The Economic Times');
    expect(outletName('epaper.indiatimes.com')).toBe('The Times of India');
    expect(outletName('www.thehindu.com')).toBe('The Hindu');
    expect(outletName('WWW.THEHINDU.COM.')).toBe('The Hindu');
    expect(outletName('example.org')).toBeUndefined();
    expect(outletName('india.com')).toBeUndefined();
    expect(outletName('constructor')).toBeUndefined();
    expect(outletName('constructor.com')).toBeUndefined();
  });

  it('knows a listed name give or take case, spacing and punctuation, and no other', () => {
    expect(isListedOutletName('THE  Hindu')).toBe(true);
    expect(isListedOutletName('the-economic-times')).toBe(true);
    expect(isListedOutletName('Hindu Times')).toBe(false);
    expect(isListedOutletName('')).toBe(false);
    expect(isListedOutletName('The')).toBe(false);
  });
});
