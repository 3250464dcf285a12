/**
 * a) Extraction throughput on the fixture corpus: ours against compromise (the peer) and one bare regex
 * scan (the limit), in Node, on text models built before timing.
 */
import { analyzeModel } from '../../utils/engine/analyze-page';
import { extractFigures } from '../../utils/engine/extract-figures';
import { readNumbers } from '../../utils/engine/read-numbers';
import { scoreRelevance } from '../../utils/engine/relevance';
import { verdictOf } from '../support/report-table';
import { measure, type Timing } from '../support/timing';
import { ms, times } from '../support/units';
import { compromiseNumbers } from './compromise';
import type { Prepared } from './corpus-models';
import { note, row, section } from './table';

/** As `npm run extract` does it: relevance on every page, figures on the pages about the topic. */
function cliPass(pages: Prepared[]): number {
  let n = 0;
  for (const p of pages) n += analyzeModel(p.model, p.published, { url: p.url }).figures.length;
  return n;
}

/** Ours: the full text work on every page, relevance and extraction both, whatever the relevance says. */
function oursPass(pages: Prepared[]): number {
  let n = 0;
  for (const p of pages) {
    const r = scoreRelevance(p.model, p.url);
    n += extractFigures(p.model, p.published).length + (r.relevant ? 1 : 0);
  }
  return n;
}

function compromisePass(pages: Prepared[]): number {
  let n = 0;
  for (const p of pages) n += compromiseNumbers(p.model.text).length;
  return n;
}

/** What any extractor must do at least: find every number and read its value. */
function numbersPass(pages: Prepared[]): number {
  let n = 0;
  for (const p of pages) n += readNumbers(p.model.text).length;
  return n;
}

/** The limit: one bare scan for digit runs. */
function regexPass(pages: Prepared[]): number {
  let n = 0;
  for (const p of pages) {
    const re = /\d+/g;
    while (re.exec(p.model.text)) n++;
  }
  return n;
}

export function throughput(prepared: Prepared[]): void {
  section('a) Extraction throughput on the fixture corpus (Node, text work only)');
  const bytes = prepared.reduce((s, p) => s + Buffer.byteLength(p.model.text, 'utf8'), 0);
  const chars = prepared.reduce((s, p) => s + p.model.text.length, 0);
  note(
    `${prepared.length} pages, ${chars.toLocaleString('en')} chars of text model (${(bytes / 1e6).toFixed(3)} MB UTF-8); ` +
      'HTML parsed and text models built once, before timing',
  );
  note('each figure: median of 5 rounds, each round ≥ 200 ms of repeated corpus passes, after a warm-up');
  const ours = measure(() => oursPass(prepared));
  const cli = measure(() => cliPass(prepared));
  const peer = measure(() => compromisePass(prepared));
  const limit = measure(() => regexPass(prepared));
  const numbers = measure(() => numbersPass(prepared));
  const mbps = (t: Timing) => `${(bytes / 1e6 / (t.perPass / 1000)).toFixed(2)} MB/s`;
  const spread = (t: Timing) => `(${ms(t.min)}–${ms(t.max)}, ${t.passes} passes)`;
  row(
    'ours: scoreRelevance + extractFigures, every page',
    mbps(ours),
    `${ms(ours.perPass)} per pass ${spread(ours)}`,
    'info',
  );
  row(
    'ours as the extract CLI runs it (figures on topic pages only)',
    mbps(cli),
    `${ms(cli.perPass)} per pass ${spread(cli)}`,
    'info',
  );
  row(
    'peer: compromise nlp(text).numbers().json()',
    mbps(peer),
    `${ms(peer.perPass)} per pass ${spread(peer)}`,
    'info',
  );
  row('limit: one /\\d+/g exec scan', mbps(limit), `${ms(limit.perPass)} per pass ${spread(limit)}`, 'info');
  row(
    'floor: reading the numbers alone (readNumbers, no kinds)',
    mbps(numbers),
    `${ms(numbers.perPass)} per pass = ${times(numbers.perPass / limit.perPass)} the limit`,
    'info',
  );
  const speedup = peer.perPass / ours.perPass;
  row('ours speed ÷ compromise speed', times(speedup), 'target ≥ 20×', verdictOf(speedup >= 20));
  const slowdown = ours.perPass / limit.perPass;
  row(
    'regex speed ÷ ours speed (= ours time ÷ regex time)',
    times(slowdown),
    'target ≤ 20×',
    verdictOf(slowdown <= 20),
  );
  row(
    'the same, ours as the extract CLI runs it',
    times(cli.perPass / limit.perPass),
    'target ≤ 20×',
    verdictOf(cli.perPass / limit.perPass <= 20),
  );
}
