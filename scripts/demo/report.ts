/** The demo's report.md: the run, its problems, the timings, then a section for each thing shown. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TIMING_MODE } from '../../utils/page/stage-timeline';
import { problems } from './checks';
import { OUT } from './settings';

/** A duration the extension measured, or "–" where it has none. */
export const ms = (x: number | undefined | null): string =>
  x === undefined || x === null ? '–' : `${x.toFixed(1)} ms`;

/** Milliseconds from navigation (or start) to what each step waits for. */
export interface Timings {
  /** The timing build, or null when it was skipped (--no-build). */
  build: number | null;
  launch: number;
  topic: number;
  mixed: number;
  offTopic: number;
  fullView: number;
  afterBuild: number;
  total: number;
}

export function reportHead(chromium: string, extensionId: string, t: Timings): string[] {
  return [
    '# Demo: the figures fact-check extension in Chromium',
    '',
    `Run ${new Date().toISOString()} · Chromium ${chromium} (headless, Debian) · extension ${extensionId}`,
    `Fixture pages from \`tests/fixtures/\`, served on 127.0.0.1 under the news host names (\`--host-resolver-rules\`).`,
    '',
    problems.length === 0
      ? '**All checks passed.**'
      : `**${problems.length} problem(s):**\n\n${problems.map((p) => `- ${p}`).join('\n')}`,
    '',
    '## Timings',
    '',
    '| step | time |',
    '|---|---|',
    `| \`wxt build --mode ${TIMING_MODE}\` (Chromium) | ${t.build === null ? 'skipped (--no-build)' : `${t.build} ms`} |`,
    `| fixture server and Chromium with the extension | ${t.launch} ms |`,
    `| topic page: navigation to annotator's line | ${t.topic} ms |`,
    `| second topic page: navigation to annotator's line | ${t.mixed} ms |`,
    `| page off the topic: navigation to the detector's "no" | ${t.offTopic} ms |`,
    `| full view: navigation to its figure list | ${t.fullView} ms |`,
    `| the demo after the build | ${t.afterBuild} ms |`,
    `| in all | ${t.total} ms |`,
    '',
  ];
}

/** Writes report.md and prints it; exits non-zero when a check failed. */
export function writeReport(report: string[]): void {
  writeFileSync(join(OUT, 'report.md'), `${report.join('\n')}\n`);
  console.log(report.join('\n'));
  console.log(`\nDemo written to ${OUT}/ (report.md and screenshots)`);
  if (problems.length > 0) {
    console.error(
      `\nDemo FAILED: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
}

/** When the demo stops on an error: a report.md that says so, and a non-zero exit. */
export function writeFailure(e: unknown): never {
  console.error('Demo failed:', e);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'report.md'),
    `# Demo: FAILED\n\n${String(e instanceof Error ? e.message : e)}\n${problems.map((p) => `\n- ${p}`).join('')}\n`,
  );
  process.exit(1);
}
