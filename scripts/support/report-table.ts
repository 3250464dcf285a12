/**
 * The benchmark commands' table: each figure on one line, beside the peer or limit it is held against,
 * and the verdict. A report table counts its verdicts for the summary line.
 */

export type Verdict = 'PASS' | 'FAIL' | 'info';

/** The widths of the metric, value and peer-or-limit columns. */
export interface Columns {
  metric: number;
  value: number;
  against: number;
}

export const verdictOf = (ok: boolean): Verdict => (ok ? 'PASS' : 'FAIL');

/** One line of the table: the metric left-aligned, the value right-aligned, then peer or limit and verdict. */
function formatRow(
  columns: Columns,
  metric: string,
  value: string,
  against: string,
  verdict: string,
): string {
  return `  ${metric.padEnd(columns.metric)} ${value.padStart(columns.value)}   ${against.padEnd(columns.against)} ${verdict}`;
}

export class ReportTable {
  private readonly verdicts: Verdict[] = [];

  constructor(
    private readonly columns: Columns,
    private readonly print: (line: string) => void = console.log,
  ) {}

  // Arrow functions, so that a table's row, section and note can be taken apart and passed on.
  readonly row = (metric: string, value: string, against: string, verdict: Verdict | '' = ''): void => {
    if (verdict) this.verdicts.push(verdict);
    this.print(formatRow(this.columns, metric, value, against, verdict));
  };

  /** A titled block, with the columns' names under its title. */
  readonly section = (title: string): void => {
    this.print(`\n${title}\n${'-'.repeat(title.length)}`);
    this.print(formatRow(this.columns, 'metric', 'value', 'peer / limit', 'verdict'));
  };

  readonly note = (text: string): void => {
    this.print(`  · ${text}`);
  };

  /** How many rows failed and passed so far. */
  readonly count = (): { fails: number; passes: number } => ({
    fails: this.verdicts.filter((v) => v === 'FAIL').length,
    passes: this.verdicts.filter((v) => v === 'PASS').length,
  });
}
