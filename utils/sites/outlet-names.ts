/**
 * The names readers know the curated news sites by, for pages that do not state their own
 * (`og:site_name`): "Business Standard" rather than "business-standard.com". Keyed by host name; the
 * most specific entry wins (timesofindia.indiatimes.com before indiatimes.com).
 */
const OUTLET_NAMES: Record<string, string> = {
  'thehindu.com': 'The Hindu',
  'indianexpress.com': 'The Indian Express',
  'hindustantimes.com': 'Hindustan Times',
  'indiatimes.com': 'The Times of India',
  'timesofindia.indiatimes.com': 'The Times of India',
  'economictimes.indiatimes.com': 'The Economic Times',
  'navbharattimes.indiatimes.com': 'Navbharat Times',
  'business-standard.com': 'Business Standard',
  'livemint.com': 'Mint',
  'deccanherald.com': 'Deccan Herald',
  'tribuneindia.com': 'The Tribune',
  'telegraphindia.com': 'The Telegraph',
  'newindianexpress.com': 'The New Indian Express',
  'deccanchronicle.com': 'Deccan Chronicle',
  'thestatesman.com': 'The Statesman',
  'millenniumpost.in': 'Millennium Post',
  'asianage.com': 'The Asian Age',
  'freepressjournal.in': 'The Free Press Journal',
  'financialexpress.com': 'The Financial Express',
  'moneycontrol.com': 'Moneycontrol',
  'thehindubusinessline.com': 'BusinessLine',
  'dnaindia.com': 'DNA India',
  'firstpost.com': 'Firstpost',
  'news18.com': 'News18',
  'ndtv.com': 'NDTV',
  'indiatoday.in': 'India Today',
  'theprint.in': 'ThePrint',
  'scroll.in': 'Scroll',
  'thewire.in': 'The Wire',
  'thequint.com': 'The Quint',
  'outlookindia.com': 'Outlook',
  'newslaundry.com': 'Newslaundry',
  'siasat.com': 'The Siasat Daily',
  'lokmattimes.com': 'Lokmat Times',
  'republicworld.com': 'Republic World',
  'zeenews.india.com': 'Zee News',
  'wionews.com': 'WION',
  'timesnownews.com': 'Times Now',
  'abplive.com': 'ABP Live',
  'oneindia.com': 'Oneindia',
  'etvbharat.com': 'ETV Bharat',
  'onmanorama.com': 'Onmanorama',
  'mathrubhumi.com': 'Mathrubhumi',
  'thesouthfirst.com': 'South First',
  'newsable.asianetnews.com': 'Asianet Newsable',
  'odishabytes.com': 'OdishaBytes',
  'kalakaumudi.com': 'Kalakaumudi',
  'aajtak.in': 'Aaj Tak',
  'bhaskar.com': 'Dainik Bhaskar',
  'jagran.com': 'Dainik Jagran',
  'amarujala.com': 'Amar Ujala',
  'livehindustan.com': 'Live Hindustan',
  'jansatta.com': 'Jansatta',
  'ndtv.in': 'NDTV India',
  'ptinews.com': 'PTI',
  'aninews.in': 'ANI',
  'ians.in': 'IANS',
  'ddnews.gov.in': 'DD News',
  'newsonair.gov.in': 'All India Radio News',
  'lokmat.com': 'Lokmat',
  'eenadu.net': 'Eenadu',
  'dinamani.com': 'Dinamani',
  'prajavani.net': 'Prajavani',
  'anandabazar.com': 'Anandabazar Patrika',
  'divyabhaskar.co.in': 'Divya Bhaskar',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'reuters.com': 'Reuters',
  'apnews.com': 'AP News',
  'aljazeera.com': 'Al Jazeera',
  'theguardian.com': 'The Guardian',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'cnn.com': 'CNN',
  'dw.com': 'DW',
  'france24.com': 'France 24',
  'themoscowtimes.com': 'The Moscow Times',
  'kyivindependent.com': 'The Kyiv Independent',
  'rferl.org': 'RFE/RL',
  'euronews.com': 'Euronews',
  'scmp.com': 'South China Morning Post',
  'straitstimes.com': 'The Straits Times',
  'thediplomat.com': 'The Diplomat',
};

/** The outlet's name for a host name, or undefined for a site outside the list. */
export function outletName(host: string): string | undefined {
  let h = host.toLowerCase().replace(/\.$/, '');
  while (h.includes('.')) {
    const name = OUTLET_NAMES[h];
    if (name !== undefined && Object.hasOwn(OUTLET_NAMES, h)) return name;
    h = h.slice(h.indexOf('.') + 1);
  }
  return undefined;
}

/**
 * A name as readers would take it, for comparing names: "THE  Hindu", "The-Hindu" and "the hindu"
 * are one name ("hindu").
 */
function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replaceAll(' ', '');
}

/** Made on first use: nothing at a module's top level that a script importing it for less must run. */
let listedNames: Set<string> | undefined;

/** Whether `name` is, give or take case, spacing and punctuation, the name of a listed outlet. */
export function isListedOutletName(name: string): boolean {
  const key = nameKey(name);
  listedNames ??= new Set(Object.values(OUTLET_NAMES).map(nameKey));
  return key !== '' && listedNames.has(key);
}
