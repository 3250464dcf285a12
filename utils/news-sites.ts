/**
 * News sites the detector runs on without being asked: outlets that have covered Indians recruited
 * into the Russian army. Match patterns, one per registrable domain and its subdomains.
 */
export const NEWS_SITE_DOMAINS = [
  'thehindu.com',
  'indianexpress.com',
  'ndtv.com',
  'hindustantimes.com',
  'indiatimes.com',
  'business-standard.com',
  'livemint.com',
  'theprint.in',
  'scroll.in',
  'thewire.in',
  'tribuneindia.com',
  'deccanherald.com',
  'onmanorama.com',
  'indiatoday.in',
  'bbc.com',
  'reuters.com',
  'aljazeera.com',
  'themoscowtimes.com',
  'aajtak.in',
  'bhaskar.com',
  'etvbharat.com',
] as const;

export const NEWS_SITE_MATCHES: string[] = NEWS_SITE_DOMAINS.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
