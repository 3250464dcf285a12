/** `npm run eval`: accuracy of detection and extraction on the fixture corpora, with every miss listed. */
import { LANGUAGES } from '../utils/engine/languages';
import { type FixturePage, HELDOUT_DIR, loadCorpus, PAGES_DIR } from './corpus';
import { evaluateCorpus } from './evaluate';

const CODES = new Set(LANGUAGES.map((l) => l.code));

/** The language of each Indian script's block (and Urdu's), for pages whose name carries none. */
const BY_SCRIPT: Record<number, string> = {
  2304: 'hi',
  2432: 'bn',
  2560: 'pa',
  2688: 'gu',
  2944: 'ta',
  3072: 'te',
  3200: 'kn',
  3328: 'ml',
  1536: 'ur',
};

/**
 * A page's language: the code its name carries ("topic-hi-...", "neg-ta-..."), else the script most of
 * its letters are in (Devanagari pages are counted as Hindi), else English.
 */
function languageOf(p: FixturePage): string {
  const code = /^(?:topic|neg)-([a-z]{2})-/.exec(p.slug)?.[1];
  if (code && CODES.has(code)) return code;
  const counts = new Map<number, number>();
  let latin = 0;
  for (const ch of p.content) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    const block = c >= 0x0900 && c <= 0x0dff ? c & 0xff80 : c >= 0x0600 && c <= 0x06ff ? 0x0600 : -1;
    if (block >= 0) counts.set(block, (counts.get(block) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top && top[1] > latin ? (BY_SCRIPT[top[0]] ?? 'en') : 'en';
}

/** Detection and figures for each language's pages apart. */
function byLanguage(pages: FixturePage[]): void {
  const codes = [...new Set(pages.map(languageOf))].sort();
  console.log('\nlanguage  pages  det P  det R  fig P  fig R fig F1  asOf');
  for (const code of codes) {
    const own = pages.filter((p) => languageOf(p) === code);
    const r = evaluateCorpus(own);
    const n = (x: number, has: boolean) => (has ? x.toFixed(2) : '  - ').padStart(5);
    const det = r.detection.tp + r.detection.fp > 0;
    const fig = r.figures.tp + r.figures.fp + r.figures.fn > 0;
    console.log(
      `${code.padEnd(8)} ${String(own.length).padStart(5)}  ${n(r.detection.precision, det)}  ${n(r.detection.recall, r.detection.tp + r.detection.fn > 0)}  ${n(r.figures.precision, fig)}  ${n(r.figures.recall, fig)}  ${n(r.figures.f1, fig)} ${n(r.asOfAccuracy, r.figures.tp > 0)}`,
    );
  }
}

const f = (x: number) => x.toFixed(3);

function report(title: string, dir: string, targets: boolean): void {
  const pages = loadCorpus(dir);
  if (pages.length === 0) return;
  const r = evaluateCorpus(pages);
  const topic = pages.filter((p) => p.gold.relevant).length;
  const t = (s: string) => (targets ? s : '');
  console.log(`\n${title}: ${r.pages} pages (${topic} topic, ${r.pages - topic} negative)\n`);
  console.log('metric                       value   target');
  console.log(
    `detection precision          ${f(r.detection.precision)}   ${t('>= 0.98')}   (tp ${r.detection.tp}, fp ${r.detection.fp})`,
  );
  console.log(
    `detection recall             ${f(r.detection.recall)}   ${t('>= 0.98')}   (fn ${r.detection.fn})`,
  );
  const fs = r.firstStage;
  console.log(
    `first stage (title/URL/lead) passes ${fs.topicPassed}/${fs.topic} topic pages, stops ${fs.negativesStopped}/${fs.negatives} negatives before any full scan`,
  );
  console.log(
    `figure precision             ${f(r.figures.precision)}            (tp ${r.figures.tp}, fp ${r.figures.fp})`,
  );
  console.log(`figure recall                ${f(r.figures.recall)}            (fn ${r.figures.fn})`);
  console.log(`figure F1 (kinds strict)     ${f(r.figures.f1)}   ${t('>= 0.95')}`);
  console.log(`qualifier accuracy           ${f(r.qualifierAccuracy)}            (on matched figures)`);
  console.log(`asOf accuracy                ${f(r.asOfAccuracy)}            (on matched figures)`);
  console.log(`subject accuracy             ${f(r.subjectAccuracy)}            (on matched figures)`);
  byLanguage(pages);
  if (r.misses.length > 0) {
    console.log(`\nMisses (${r.misses.length}):`);
    for (const m of r.misses) console.log(`  ${m.type.padEnd(9)} ${m.slug}: ${m.detail}`);
  }
}

report('Fixture corpus (tests/fixtures/pages)', PAGES_DIR, true);
report('Held-out corpus (tests/fixtures/heldout, never tuned on)', HELDOUT_DIR, false);
