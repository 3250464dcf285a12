// News sites the detector runs on without being asked: outlets that have covered Indians recruited
// into the Russian army, one registrable domain each (its subdomains match too).

/** The Indian outlets: a local story on their pages is about people in India. */
export const INDIAN_NEWS_DOMAINS = [
  'thehindu.com',
  'indianexpress.com',
  'hindustantimes.com',
  'indiatimes.com',
  'business-standard.com',
  'livemint.com',
  'deccanherald.com',
  'tribuneindia.com',
  'telegraphindia.com',
  'newindianexpress.com',
  'deccanchronicle.com',
  'thestatesman.com',
  'millenniumpost.in',
  'asianage.com',
  'freepressjournal.in',
  'financialexpress.com',
  'moneycontrol.com',
  'thehindubusinessline.com',
  'dnaindia.com',
  'firstpost.com',
  'news18.com',
  'ndtv.com',
  'indiatoday.in',
  'theprint.in',
  'scroll.in',
  'thewire.in',
  'thequint.com',
  'outlookindia.com',
  'newslaundry.com',
  'siasat.com',
  'lokmattimes.com',
  'republicworld.com',
  'zeenews.india.com',
  'wionews.com',
  'timesnownews.com',
  'abplive.com',
  'oneindia.com',
  'etvbharat.com',
  'onmanorama.com',
  'mathrubhumi.com',
  'thesouthfirst.com',
  'newsable.asianetnews.com',
  'odishabytes.com',
  'kalakaumudi.com',
  'aajtak.in',
  'bhaskar.com',
  'jagran.com',
  'amarujala.com',
  'livehindustan.com',
  'jansatta.com',
  'ndtv.in',
  'ptinews.com',
  'aninews.in',
  'ians.in',
  'ddnews.gov.in',
  'newsonair.gov.in',
  // Regional dailies in the languages of the families' states.
  'lokmat.com',
  'eenadu.net',
  'dinamani.com',
  'prajavani.net',
  'anandabazar.com',
  'divyabhaskar.co.in',
] as const;

const INTERNATIONAL_NEWS_DOMAINS = [
  'bbc.com',
  'bbc.co.uk',
  'reuters.com',
  'apnews.com',
  'aljazeera.com',
  'theguardian.com',
  'nytimes.com',
  'washingtonpost.com',
  'cnn.com',
  'dw.com',
  'france24.com',
  'themoscowtimes.com',
  'kyivindependent.com',
  'rferl.org',
  'euronews.com',
  'scmp.com',
  'straitstimes.com',
  'thediplomat.com',
] as const;

/** True for a page of one of the Indian outlets (or their subdomains). */
export function isIndianOutlet(url: string): boolean {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return INDIAN_NEWS_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Every curated site, Indian outlets first. */
export const NEWS_SITE_DOMAINS: readonly string[] = [...INDIAN_NEWS_DOMAINS, ...INTERNATIONAL_NEWS_DOMAINS];

export const NEWS_SITE_MATCHES: string[] = NEWS_SITE_DOMAINS.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
