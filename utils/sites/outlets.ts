// The news outlets the project knows: outlets that have covered Indians recruited into the Russian
// army. Each is listed once, and every fact about the curated sites comes from this one table: the sites
// the detector runs on without being asked (the manifest's host permissions and content-script
// matches), which of them are Indian, and the names readers know them by.

/**
 * One outlet: its domain (its subdomains match too); the name readers know it by, for pages that do
 * not state their own (`og:site_name`): "Business Standard" rather than "business-standard.com";
 * whether it is Indian (a local story on its pages is about people in India); and the subdomains that
 * are outlets of their own, by the labels in front of the domain (economictimes → The Economic Times
 * at economictimes.indiatimes.com).
 */
export type Outlet = readonly [
  domain: string,
  name: string,
  indian: boolean,
  subdomains?: Readonly<Record<string, string>>,
];

/** Indian outlets first, as the options page lists them. */
export const OUTLETS: readonly Outlet[] = [
  ['thehindu.com', 'The Hindu', true],
  ['indianexpress.com', 'The Indian Express', true],
  ['hindustantimes.com', 'Hindustan Times', true],
  [
    'indiatimes.com',
    'The Times of India',
    true,
    {
      timesofindia: 'The Times of India',
      economictimes: 'The Economic Times',
      navbharattimes: 'Navbharat Times',
    },
  ],
  ['business-standard.com', 'Business Standard', true],
  ['livemint.com', 'Mint', true],
  ['deccanherald.com', 'Deccan Herald', true],
  ['tribuneindia.com', 'The Tribune', true],
  ['telegraphindia.com', 'The Telegraph', true],
  ['newindianexpress.com', 'The New Indian Express', true],
  ['deccanchronicle.com', 'Deccan Chronicle', true],
  ['thestatesman.com', 'The Statesman', true],
  ['millenniumpost.in', 'Millennium Post', true],
  ['asianage.com', 'The Asian Age', true],
  ['freepressjournal.in', 'The Free Press Journal', true],
  ['financialexpress.com', 'The Financial Express', true],
  ['moneycontrol.com', 'Moneycontrol', true],
  ['thehindubusinessline.com', 'BusinessLine', true],
  ['dnaindia.com', 'DNA India', true],
  ['firstpost.com', 'Firstpost', true],
  ['news18.com', 'News18', true],
  ['ndtv.com', 'NDTV', true],
  ['indiatoday.in', 'India Today', true],
  ['theprint.in', 'ThePrint', true],
  ['scroll.in', 'Scroll', true],
  ['thewire.in', 'The Wire', true],
  ['thequint.com', 'The Quint', true],
  ['outlookindia.com', 'Outlook', true],
  ['newslaundry.com', 'Newslaundry', true],
  ['siasat.com', 'The Siasat Daily', true],
  ['lokmattimes.com', 'Lokmat Times', true],
  ['republicworld.com', 'Republic World', true],
  ['zeenews.india.com', 'Zee News', true],
  ['wionews.com', 'WION', true],
  ['timesnownews.com', 'Times Now', true],
  ['abplive.com', 'ABP Live', true],
  ['oneindia.com', 'Oneindia', true],
  ['etvbharat.com', 'ETV Bharat', true],
  ['onmanorama.com', 'Onmanorama', true],
  ['mathrubhumi.com', 'Mathrubhumi', true],
  ['thesouthfirst.com', 'South First', true],
  ['newsable.asianetnews.com', 'Asianet Newsable', true],
  ['odishabytes.com', 'OdishaBytes', true],
  ['kalakaumudi.com', 'Kalakaumudi', true],
  ['aajtak.in', 'Aaj Tak', true],
  ['bhaskar.com', 'Dainik Bhaskar', true],
  ['jagran.com', 'Dainik Jagran', true],
  ['amarujala.com', 'Amar Ujala', true],
  ['livehindustan.com', 'Live Hindustan', true],
  ['jansatta.com', 'Jansatta', true],
  ['ndtv.in', 'NDTV India', true],
  ['ptinews.com', 'PTI', true],
  ['aninews.in', 'ANI', true],
  ['ians.in', 'IANS', true],
  ['ddnews.gov.in', 'DD News', true],
  ['newsonair.gov.in', 'All India Radio News', true],
  // Regional dailies in the languages of the families' states.
  ['lokmat.com', 'Lokmat', true],
  ['eenadu.net', 'Eenadu', true],
  ['dinamani.com', 'Dinamani', true],
  ['prajavani.net', 'Prajavani', true],
  ['anandabazar.com', 'Anandabazar Patrika', true],
  ['divyabhaskar.co.in', 'Divya Bhaskar', true],
  // Outlets elsewhere.
  ['bbc.com', 'BBC', false],
  ['bbc.co.uk', 'BBC', false],
  ['reuters.com', 'Reuters', false],
  ['apnews.com', 'AP News', false],
  ['aljazeera.com', 'Al Jazeera', false],
  ['theguardian.com', 'The Guardian', false],
  ['nytimes.com', 'The New York Times', false],
  ['washingtonpost.com', 'The Washington Post', false],
  ['cnn.com', 'CNN', false],
  ['dw.com', 'DW', false],
  ['france24.com', 'France 24', false],
  ['themoscowtimes.com', 'The Moscow Times', false],
  ['kyivindependent.com', 'The Kyiv Independent', false],
  ['rferl.org', 'RFE/RL', false],
  ['euronews.com', 'Euronews', false],
  ['scmp.com', 'South China Morning Post', false],
  ['straitstimes.com', 'The Straits Times', false],
  ['thediplomat.com', 'The Diplomat', false],
];

// Functions rather than lists made at the top level: a script that imports this module for one of them
// (the detector, through utils/contracts/, imports it for none) runs and carries none of the others.

/** Every curated site's domain, Indian outlets first. */
function newsSiteDomains(): string[] {
  return OUTLETS.map((outlet) => outlet[0]);
}

/** The manifest's match patterns for the curated sites: each domain and its subdomains. */
export function newsSiteMatches(): string[] {
  return newsSiteDomains().flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}

function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** True for a page of one of the Indian outlets (or their subdomains). */
export function isIndianOutlet(url: string): boolean {
  const host = hostOfUrl(url);
  return OUTLETS.some(([d, , indian]) => indian && (host === d || host.endsWith(`.${d}`)));
}

/** Made on first use: nothing at a module's top level that a script importing it for less must run. */
let namesByHost: Map<string, string> | undefined;

/** Each named host and its outlet's name: the listed domains, and the subdomains named in the table. */
function outletNamesByHost(): ReadonlyMap<string, string> {
  if (namesByHost === undefined) {
    namesByHost = new Map();
    for (const [domain, name, , subdomains = {}] of OUTLETS) {
      namesByHost.set(domain, name);
      for (const [label, subName] of Object.entries(subdomains))
        namesByHost.set(`${label}.${domain}`, subName);
    }
  }
  return namesByHost;
}

/**
 * The outlet's name for a host name, or undefined for a site outside the list. The most specific
 * entry wins: timesofindia.indiatimes.com before indiatimes.com.
 */
export function outletName(host: string): string | undefined {
  const names = outletNamesByHost();
  let h = host.toLowerCase().replace(/\.$/, '');
  while (h.includes('.')) {
    const name = names.get(h);
    if (name !== undefined) return name;
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

let listedNames: Set<string> | undefined;

/** Whether `name` is, give or take case, spacing and punctuation, the name of a listed outlet. */
export function isListedOutletName(name: string): boolean {
  const key = nameKey(name);
  listedNames ??= new Set([...outletNamesByHost().values()].map(nameKey));
  return key !== '' && listedNames.has(key);
}
