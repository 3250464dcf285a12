import { parseHTML } from 'linkedom';
import { checkedFigure, recordTableOf } from '../utils/contracts/checked-figure';
import { buildPageResultMessage, pageMetaFromDocument } from '../utils/contracts/messages';
import { analyzeDocument, analyzeText, type PageResult } from '../utils/engine/analyze-page';
import { inputOffset } from '../utils/engine/text/invisible-chars';
import { claimReview, type ReviewedPage } from '../utils/export/claim-review';
import { recordEnd, SHIPPED } from '../utils/record/record-set';
import { REFERENCE_RECORDS } from '../utils/record/records';
import { compareFigures, type Verdict } from '../utils/record/verdicts';
import { ownPublisher } from '../utils/sites/own-site';
import type { Messages } from '../utils/wording/figure-wording';
import { englishMessages } from './english-messages';
import { readLimited } from './read-limited';

/**
 * The largest file read. A saved news page is rarely over 5 MB, and the text model keeps the first
 * 1,000,000 characters of text anyway; parsing HTML with linkedom grows with the markup (about 3.5 s
 * and 350 MB for 8 MB of dense markup, 141 s and 2.3 GB for 64 MB).
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** `json`: the contract's figures (DESIGN.md section 3); `claimreview`: schema.org ClaimReview JSON-LD. */
export type OutputFormat = 'json' | 'claimreview';

export interface CliOptions {
  files: string[];
  today: string | null;
  url: string | null;
  format: OutputFormat;
}

const USAGE = 'usage: extract FILE... [--today YYYY-MM-DD] [--url URL] [--format json|claimreview]';

function formatOf(v: string): OutputFormat | null {
  return v === 'json' || v === 'claimreview' ? v : null;
}

export function parseArgs(argv: string[]): CliOptions | string {
  const files: string[] = [];
  let today: string | null = null;
  let url: string | null = null;
  let format: OutputFormat = 'json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--today' || a === '--url' || a === '--format') {
      const v = argv[++i];
      if (v === undefined) return `${a} needs a value`;
      if (a === '--format') {
        const f = formatOf(v);
        if (!f) return `--format must be json or claimreview, got ${v}`;
        format = f;
      } else if (a === '--today') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return `--today must be YYYY-MM-DD, got ${v}`;
        today = v;
      } else url = v;
    } else if (a.startsWith('--today=')) today = a.slice(8);
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a.startsWith('--format=')) {
      const f = formatOf(a.slice(9));
      if (!f) return `--format must be json or claimreview, got ${a.slice(9)}`;
      format = f;
    } else if (a === '--') continue;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length === 0) return USAGE;
  return { files, today, url, format };
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

/**
 * One line of ClaimReviews, one per figure: `{"file":...,"claimReviews":[...]}`. The page's title and
 * outlet come from its head, as the content script reads them; a .txt has only what `--url` says.
 */
export function toClaimReviewLine(
  file: string,
  content: string,
  url: string | null,
  today: string = todayUtc(),
  m: Messages = englishMessages,
): string {
  let r: PageResult;
  let page: ReviewedPage;
  if (/\.x?html?$/i.test(file)) {
    const { document } = parseHTML(content);
    const doc = document as unknown as Document;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
    const pageUrl = url ?? canonical ?? '';
    r = analyzeDocument(doc, { url: pageUrl || undefined });
    const meta = pageMetaFromDocument(doc, pageUrl);
    page = {
      url: meta.canonicalUrl ?? meta.url,
      title: meta.title,
      publisher: meta.publisher,
      published: r.published,
    };
  } else {
    r = analyzeText(content, { url: url ?? undefined });
    page = { url: url ?? '', title: '', publisher: url ? ownPublisher(url, '') : '', published: r.published };
  }
  const verdicts = compareFigures(r.figures, REFERENCE_RECORDS, today);
  const message = buildPageResultMessage(
    { url: page.url, canonicalUrl: null, title: page.title, publisher: page.publisher },
    {
      ...r,
      figures: r.figures.map((f, i) => checkedFigure(f, verdicts[i] as Verdict)),
      records: recordTableOf(verdicts),
    },
  );
  const end = recordEnd(SHIPPED);
  return JSON.stringify({
    file,
    claimReviews: message.figures.map((f) => claimReview(m, f, message.records, page, end, today)),
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
        opts.format === 'claimreview'
          ? toClaimReviewLine(file, content, opts.url, opts.today ?? undefined)
          : toJsonLine(
              file,
              analyzeFileContent(file, content, opts.url ?? undefined),
              opts.today ?? undefined,
            ),
      );
    } catch (e) {
      failed = true;
      out(JSON.stringify({ file, error: e instanceof Error ? e.message : String(e) }));
    }
  }
  return failed ? 1 : 0;
}
