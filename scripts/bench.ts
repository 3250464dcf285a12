/**
 * `npm run bench`: the budgets of DESIGN.md section 5, each figure printed beside the peer or limit it
 * is held against, in one run. Each part is a file of scripts/bench/:
 *
 *   a) throughput.ts: extraction throughput on the fixture corpus: ours vs compromise (peer) vs one bare
 *      regex scan (limit)
 *   b) accuracy.ts: accuracy side by side: ours (kinds strict) and a value-only score for ours and compromise
 *   c) adversarial.ts: ~1 MB hostile strings, linear time and a per-MB limit, truncation past MAX_TEXT_CHARS,
 *      each call in a child process (adversarial-worker.ts) killed after a timeout
 *   d) detector-size.ts: the built detector, and our own code in it against the 8 KB limit
 *
 * It is a report: the exit code is 0 even when a budget fails; the last line counts the FAILs.
 */
import { accuracy } from './bench/accuracy';
import { adversarial } from './bench/adversarial';
import { prepare } from './bench/corpus-models';
import { detectorSize } from './bench/detector-size';
import { table } from './bench/table';
import { throughput } from './bench/throughput';
import { loadCorpus } from './corpus';
import { checksum } from './support/timing';

const started = performance.now();
console.log(`figures-factcheck benchmark · Node ${process.version} · ${new Date().toISOString()}`);
const pages = loadCorpus();
const prepared = pages.map(prepare);
throughput(prepared);
accuracy(pages, prepared);
await adversarial();
await detectorSize();
const { fails, passes } = table.count();
console.log(
  `\nSummary: ${fails} FAIL, ${passes} PASS (${((performance.now() - started) / 1000).toFixed(1)} s, checksum ${checksum()})`,
);
