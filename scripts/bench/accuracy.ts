/**
 * b) Accuracy side by side: ours with kinds strict (as `npm run eval` scores it), and a value-only score
 * for ours and compromise, on the fixture corpus and the held-out set.
 */
import { type FixturePage, HELDOUT_DIR, loadCorpus } from '../corpus';
import { evaluateCorpus } from '../evaluate';
import { analyzeFileContent } from '../extract-cli';
import { type Verdict, verdictOf } from '../support/report-table';
import { f3 } from '../support/units';
import { compromiseNumbers } from './compromise';
import { type Prepared, prepare } from './corpus-models';
import { note, row, section } from './table';
import { addValueCounts, type Prf, prf } from './value-only';

/** compromise numbers filtered as generously as our own count filter: whole numbers 1..50,000, not years. */
const countLike = (v: number) => Number.isInteger(v) && v >= 1 && v <= 50_000 && !(v >= 1900 && v <= 2100);

function valueOnly(pages: Prepared[]) {
  const ours: Prf = { tp: 0, fp: 0, fn: 0 };
  const peer: Prf = { tp: 0, fp: 0, fn: 0 };
  const peerFiltered: Prf = { tp: 0, fp: 0, fn: 0 };
  let topic = 0;
  for (const p of pages) {
    if (!p.page.gold.relevant) continue;
    topic++;
    const gold = p.page.gold.figures.map((g) => g.value);
    const r = analyzeFileContent(p.page.file, p.page.content, p.page.gold.url ?? undefined);
    addValueCounts(
      ours,
      gold,
      r.figures.map((f) => f.value),
    );
    const found = new Set<number>();
    for (const n of compromiseNumbers(p.model.text)) {
      const v = n.number?.num;
      if (typeof v === 'number' && Number.isFinite(v)) found.add(v);
    }
    addValueCounts(peer, gold, [...found]);
    addValueCounts(peerFiltered, gold, [...found].filter(countLike));
  }
  return { ours, peer, peerFiltered, topic };
}

function accuracyRows(
  label: string,
  pages: FixturePage[],
  prepared: Prepared[],
  withVerdicts: boolean,
): void {
  const r = evaluateCorpus(pages);
  const topic = pages.filter((p) => p.gold.relevant).length;
  note(`${label}: ${r.pages} pages (${topic} topic, ${r.pages - topic} negative)`);
  const v = (ok: boolean): Verdict => (withVerdicts ? verdictOf(ok) : 'info');
  row(
    `[${label}] ours detection precision / recall`,
    `${f3(r.detection.precision)} / ${f3(r.detection.recall)}`,
    `tp ${r.detection.tp}, fp ${r.detection.fp}, fn ${r.detection.fn}`,
    'info',
  );
  row(
    `[${label}] ours figures, kinds strict: precision`,
    f3(r.figures.precision),
    `tp ${r.figures.tp}, fp ${r.figures.fp}`,
    'info',
  );
  row(`[${label}] ours figures, kinds strict: recall`, f3(r.figures.recall), `fn ${r.figures.fn}`, 'info');
  row(`[${label}] ours figures, kinds strict: F1`, f3(r.figures.f1), 'compromise has no kinds: n/a', 'info');
  row(
    `[${label}] ours qualifier / asOf / subject accuracy`,
    `${f3(r.qualifierAccuracy)}/${f3(r.asOfAccuracy)}/${f3(r.subjectAccuracy)}`,
    'on matched figures',
    'info',
  );
  const vo = valueOnly(prepared);
  const o = prf(vo.ours);
  const c = prf(vo.peer);
  const cf = prf(vo.peerFiltered);
  row(
    `[${label}] value-only, ours: P / R`,
    `${f3(o.p)} / ${f3(o.r)}`,
    `tp ${vo.ours.tp}, fp ${vo.ours.fp}, fn ${vo.ours.fn}`,
    'info',
  );
  row(
    `[${label}] value-only, compromise: P / R`,
    `${f3(c.p)} / ${f3(c.r)}`,
    `tp ${vo.peer.tp}, fp ${vo.peer.fp}, fn ${vo.peer.fn}`,
    'info',
  );
  row(
    `[${label}] value-only, compromise ints 1–50k, no years: P / R`,
    `${f3(cf.p)} / ${f3(cf.r)}`,
    `tp ${vo.peerFiltered.tp}, fp ${vo.peerFiltered.fp}, fn ${vo.peerFiltered.fn}`,
    'info',
  );
  row(
    `[${label}] value-only F1: ours vs compromise`,
    f3(o.f1),
    `compromise ${f3(c.f1)} (filtered ${f3(cf.f1)})`,
    v(o.f1 > c.f1),
  );
  row(
    `[${label}] value-only F1: ours vs compromise filtered`,
    f3(o.f1),
    `compromise filtered ${f3(cf.f1)}`,
    v(o.f1 > cf.f1),
  );
}

export function accuracy(pages: FixturePage[], prepared: Prepared[]): void {
  section('b) Accuracy side by side');
  note(
    'value-only: per topic page, multiset of gold figure values vs the values each tool reports ' +
      '(ours: its figures, relevance-gated as in `npm run eval`; compromise: every number it finds in the article ' +
      'text model, deduplicated by value per page)',
  );
  accuracyRows('fixture', pages, prepared, true);
  const held = loadCorpus(HELDOUT_DIR);
  if (held.length > 0) accuracyRows('held-out', held, held.map(prepare), false);
}
