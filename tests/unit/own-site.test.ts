import { describe, expect, it } from 'vitest';
import { outletKey, ownCanonical, ownPublisher } from '../../utils/sites/own-site';

/** What a page may say about itself: a canonical address and a site name only of its own site. */

describe("a site outside the list: its host's registrable domain", () => {
  it.each<[string, string]>([
    ['www.dailypaper.com', 'dailypaper.com'],
    ['dailypaper.com', 'dailypaper.com'],
    ['m.dailypaper.com', 'dailypaper.com'],
    ['amp.paper.in', 'paper.in'],
    ['WWW.DAILYPAPER.COM.', 'dailypaper.com'],
    ['city.bigpaper.com', 'bigpaper.com'],
    ['www.paper.co.in', 'paper.co.in'],
    ['publicnews.gov.in', 'publicnews.gov.in'],
    ['www.paper.co.uk', 'paper.co.uk'],
    ['amp.smh.com.au', 'smh.com.au'],
    ['www.abc.net.au', 'abc.net.au'],
    ['www.nhk.or.jp', 'nhk.or.jp'],
    ['kathmandupost.com', 'kathmandupost.com'],
    ['www.ekantipur.com.np', 'ekantipur.com.np'],
    ['somebody.blogspot.com', 'somebody.blogspot.com'],
    ['www.somebody.blogspot.com', 'somebody.blogspot.com'],
    ['somebody.blogspot.co.in', 'somebody.blogspot.co.in'],
    ['news.substack.com', 'news.substack.com'],
    ['co.in', 'co.in'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
  ])('%s → %s', (host, site) => {
    expect(outletKey(`https://${host}/x`)).toBe(`site:${site}`);
  });
});

describe("a canonical address is taken only on the page's own site", () => {
  it.each<[string, string, boolean]>([
    ['https://www.thehindu.com/news/a.ece?utm=1', 'https://www.thehindu.com/news/a.ece', true],
    ['https://www.thehindu.com/news/a.ece', '/news/a.ece', false],
    ['https://m.thehindu.com/news/a.ece', 'https://www.thehindu.com/news/a.ece', true],
    ['https://amp.ndtv.com/news/x', 'https://www.ndtv.com/news/x', true],
    ['http://www.ndtv.com/news/x', 'https://www.ndtv.com/news/x', true],
    ['https://amp.smh.com.au/world/x', 'https://www.smh.com.au/world/x', true],
    ['https://www.divyabhaskar.co.in/x', 'https://divyabhaskar.co.in/x', true],
    // Two outlets of one publisher on one registrable domain: the publisher's own claim.
    ['https://economictimes.indiatimes.com/x', 'https://timesofindia.indiatimes.com/x', true],
    ['https://www.hindustantimes.com/x', 'https://www.thehindu.com/x', false],
    ['https://www.evil.example/x', 'https://www.thehindu.com/x', false],
    ['https://thehindu.com.evil.example/x', 'https://www.thehindu.com/x', false],
    ['https://evilthehindu.com/x', 'https://thehindu.com/x', false],
    ['https://www.thehindu.com/x', 'https://thehindu.com.evil.example/x', false],
    ['https://www.abc.net.au/x', 'https://www.xyz.net.au/x', false],
    ['https://www.paper.co.in/x', 'https://www.divyabhaskar.co.in/x', false],
    ['https://www.smh.com.au/x', 'https://www.news.com.au/x', false],
    ['https://alice.blogspot.com/x', 'https://bob.blogspot.com/x', false],
    ['https://alice.substack.com/p/x', 'https://bob.substack.com/p/x', false],
    ['https://www.thehindu.com/x', 'ftp://www.thehindu.com/x', false],
  ])('on %s, canonical %s → taken: %s', (page, canonical, taken) => {
    expect(ownCanonical(page, canonical)).toBe(taken ? canonical : null);
  });

  it('takes no canonical when there is none', () => {
    expect(ownCanonical('https://www.thehindu.com/x', null)).toBeNull();
  });
});

describe("the outlet's name: the list's on a listed site, the page's own only when it names no other", () => {
  it.each<[string, string, string]>([
    ['https://www.business-standard.com/x', 'Business Standard', 'Business Standard'],
    ['https://www.business-standard.com/x', 'The Hindu', 'Business Standard'],
    ['https://www.business-standard.com/x', '', 'Business Standard'],
    ['https://m.thehindu.com/x', 'Reuters', 'The Hindu'],
    ['https://economictimes.indiatimes.com/x', 'The Times of India', 'The Economic Times'],
    ['https://www.paper.in/x', 'The Paper', 'The Paper'],
    ['https://www.paper.in/x', '  The Paper ', 'The Paper'],
    ['https://www.paper.in/x', '', 'paper.in'],
    ['https://www.paper.in/x', 'paper.in', 'paper.in'],
    ['https://www.paper.in/x', 'www.paper.in', 'www.paper.in'],
    ['https://www.evil.example/x', 'The Hindu', 'evil.example'],
    ['https://www.evil.example/x', 'THE  HINDU', 'evil.example'],
    ['https://www.evil.example/x', 'the-hindu', 'evil.example'],
    ['https://www.evil.example/x', 'Times of India', 'evil.example'],
    ['https://www.evil.example/x', 'thehindu.com', 'evil.example'],
    ['https://www.evil.example/x', 'www.ndtv.com', 'evil.example'],
    ['https://www.evil.example/x', 'The Hindu Weekly Digest', 'The Hindu Weekly Digest'],
  ])('%s calling itself %j → %j', (page, claimed, shown) => {
    expect(ownPublisher(page, claimed)).toBe(shown);
  });
});

describe('outletKey: which outlet a page is, from its address only', () => {
  it.each<[string, string]>([
    ['https://www.thehindu.com/a', 'outlet:The Hindu'],
    ['https://m.thehindu.com/b', 'outlet:The Hindu'],
    ['https://www.bbc.com/news/x', 'outlet:BBC'],
    ['https://www.bbc.co.uk/news/x', 'outlet:BBC'],
    ['https://timesofindia.indiatimes.com/x', 'outlet:The Times of India'],
    ['https://economictimes.indiatimes.com/x', 'outlet:The Economic Times'],
    ['https://www.paper.in/a', 'site:paper.in'],
    ['https://amp.paper.in/b', 'site:paper.in'],
  ])('%s → %s', (url, key) => {
    expect(outletKey(url)).toBe(key);
  });
});
