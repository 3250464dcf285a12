/** `npm run eval`: accuracy of detection and extraction on the fixture corpora, with every miss listed. */
import { HELDOUT_DIR, loadCorpus, PAGES_DIR } from './corpus';
import { evaluateCorpus } from './evaluate';

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
  if (r.misses.length > 0) {
    console.log(`\nMisses (${r.misses.length}):`);
    for (const m of r.misses) console.log(`  ${m.type.padEnd(9)} ${m.slug}: ${m.detail}`);
  }
}

report('Fixture corpus (tests/fixtures/pages)', PAGES_DIR, true);
report('Held-out corpus (tests/fixtures/heldout, never tuned on)', HELDOUT_DIR, false);
