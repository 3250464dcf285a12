import { isListedOutletName, outletName } from './outlets';

/**
 * What a page may say about itself. Its `<link rel=canonical>` and its `og:site_name` are the page's
 * own words: a page on one site could claim another site's article or name, and its sighting would
 * then replace that site's and be shown as that site's under "Also reported elsewhere". A claim is
 * taken only when it belongs to the page's own site: the same registrable domain ("site") as the
 * address the browser reports for the page.
 *
 * The site of a host is worked out without the public suffix list (about 10,000 rules): a name
 * directly under a top-level domain (thehindu.com, scroll.in), or under a registry's own second
 * level in a country's domain (co.in, com.au, org.uk, ac.jp: a generic label under a two-letter
 * top-level domain), or one label further under a host whose subdomains belong to different people
 * (blogspot.com, github.io). Where the rule errs it errs towards smaller sites, which only refuses a
 * claim a page could have made; the suffixes it does not know (region names such as kiev.ua) would
 * join two strangers' sites, and none of the news sites the project knows is under one.
 */

/** Second-level labels that a country's registry keeps for itself: `co` in co.in, `com` in com.au. */
const REGISTRY_LABELS = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gen',
  'go',
  'gob',
  'gov',
  'govt',
  'ind',
  'ltd',
  'mil',
  'ne',
  'net',
  'nic',
  'nom',
  'or',
  'org',
  'plc',
  'res',
  'sch',
]);

/** Hosts whose subdomains are different people's sites (hosted blogs, newsletters, pages). */
const SHARED_HOSTS = new Set([
  'appspot.com',
  'azurewebsites.net',
  'blogspot.com',
  'cloudfront.net',
  'firebaseapp.com',
  'github.io',
  'gitlab.io',
  'herokuapp.com',
  'medium.com',
  'netlify.app',
  'pages.dev',
  'substack.com',
  'tumblr.com',
  'vercel.app',
  'web.app',
  'weebly.com',
  'wixsite.com',
  'wordpress.com',
]);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The registrable domain of a host name: www.thehindu.com → thehindu.com, www.smh.com.au → smh.com.au. */
function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(h) || h.includes(':') || h.startsWith('[')) return h;
  const labels = h.split('.');
  const tld = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  let suffix = tld.length === 2 && REGISTRY_LABELS.has(second) ? 2 : 1;
  const registrable = () => labels.slice(-(suffix + 1)).join('.');
  // blogspot.com, and blogspot.co.in and the like.
  if (SHARED_HOSTS.has(registrable()) || labels.at(-(suffix + 1)) === 'blogspot') suffix += 1;
  return labels.length <= suffix ? h : registrable();
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** Whether two http(s) addresses are on the same site. */
function sameSite(a: string, b: string): boolean {
  const ha = hostOf(a);
  const hb = hostOf(b);
  return ha !== null && hb !== null && siteOf(ha) === siteOf(hb);
}

/** The page's canonical address when it is on the page's own site, else null (the page's own address counts). */
export function ownCanonical(pageUrl: string, canonicalUrl: string | null): string | null {
  return canonicalUrl !== null && sameSite(pageUrl, canonicalUrl) ? canonicalUrl : null;
}

const HOST_LIKE = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

/**
 * The outlet name to show for a page at `pageUrl` that calls itself `claimed` (its `og:site_name`,
 * or '' when it gives none). On a site in the project's list, the list's name, whatever the page
 * says. Elsewhere the page's name, unless it is the name of a listed outlet or the address of another
 * site; then, as when it gives none, the host name. The name is only shown: what identifies a page
 * is its address (sightingUrl), and an outlet the address's site (outletKey).
 */
export function ownPublisher(pageUrl: string, claimed: string): string {
  const host = (hostOf(pageUrl) ?? '').replace(/^www\./, '');
  const listed = outletName(host);
  if (listed !== undefined) return listed;
  const name = claimed.trim();
  if (name === '' || isListedOutletName(name)) return host;
  if (HOST_LIKE.test(name) && siteOf(name) !== siteOf(host)) return host;
  return name;
}

/**
 * Which outlet a page belongs to, for counting outlets: the listed outlet of its host (bbc.com and
 * bbc.co.uk are one; The Times of India and The Economic Times, both on indiatimes.com, are two),
 * else its site. Never the name the page gives itself.
 */
export function outletKey(pageUrl: string): string {
  const host = hostOf(pageUrl) ?? pageUrl;
  const listed = outletName(host);
  return listed !== undefined ? `outlet:${listed}` : `site:${siteOf(host)}`;
}
