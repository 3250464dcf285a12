import { parseHTML } from 'linkedom';
import { analyzeDocument, analyzeText, type PageResult } from '../utils/analyze-page';
import { inputOffset } from '../utils/invisible-chars';
import { REFERENCE_RECORDS } from '../utils/reference/records';
import { compareFigures, type Verdict } from '../utils/verdicts';
import { readLimited } from './read-limited';

/**
 * The largest file read. A saved news page is rarely over 5 MB, and the text model keeps the first
 * 1,000,000 characters of text anyway; parsing HTML with linkedom grows with the markup (about 3.5 s
 * and 350 MB for 8 MB of dense markup, 141 s and 2.3 GB for 64 MB).
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface CliOptions {
  files: string[];
  today: string | null;
  url: string | null;
}

export function parseArgs(argv: string[]): CliOptions | string {
  const files: string[] = [];
  let today: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--today' || a === '--url') {
      const v = argv[++i];
      if (v === undefined) return `${a} needs a value`;
      if (a === '--today') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return `--today must be YYYY-MM-DD, got ${v}`;
        today = v;
      } else url = v;
    } else if (a.startsWith('--today=')) today = a.slice(8);
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--') continue;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length === 0) return 'usage: extract FILE... [--today YYYY-MM-DD] [--url URL]';
  return { files, today, url };
}

/** Parses HTML with linkedom and runs the same text model and extractor as the content script. */
export function analyzeHtml(html: string, url?: string): PageResult {
  const { document } = parseHTML(html);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  return analyzeDocument(document as unknown as Document, { url: url ?? canonical });
}

export function analyzeFileContent(file: string, content: string, url?: string): PageResult {
  return /\.x?html?$/i.test(file) ? analyzeHtml(content, url) : analyzeText(content, { url });
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The verdict as the CLI contract names it (DESIGN.md section 3). */
function cliVerdict(v: Verdict) {
  const { status, reference, previous, newer, currency, latest } = v;
  return { status, reference, previous, newer, currency, latest };
}

export function toJsonLine(file: string, r: PageResult, today: string = todayUtc()): string {
  const verdicts = compareFigures(r.figures, REFERENCE_RECORDS, today);
  return JSON.stringify({
    file,
    relevant: r.relevant,
    score: r.score,
    published: r.published,
    ...(r.truncated ? { truncated: true } : {}),
    figures: r.figures.map((f, i) => ({
      value: f.value,
      kind: f.kind,
      qualifier: f.qualifier,
      subject: f.subject,
      asOf: f.asOf,
      text: f.text,
      // A .txt's invisible characters are not in the text read: offsets are told in the file's own.
      start: inputOffset(r.model.skips, f.start),
      end: inputOffset(r.model.skips, f.end, true),
      scope: f.scope ?? 'national',
      attribution: f.attribution ?? null,
      verdict: cliVerdict(verdicts[i] as Verdict),
    })),
  });
}

export async function runExtractCli(
  argv: string[],
  out: (line: string) => void,
  err: (msg: string) => void,
): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    err(opts);
    return 2;
  }
  let failed = false;
  for (const file of opts.files) {
    try {
      const content = await readLimited(file, MAX_FILE_BYTES);
      out(
        toJsonLine(file, analyzeFileContent(file, content, opts.url ?? undefined), opts.today ?? undefined),
      );
    } catch (e) {
      failed = true;
      out(JSON.stringify({ file, error: e instanceof Error ? e.message : String(e) }));
    }
  }
  return failed ? 1 : 0;
}
