import { existsSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/extract-cli';
import { readLimited } from '../../scripts/read-limited';
import { runExtract } from './support/extract-run';

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');
const SEED_LIKE = join(PAGES, 'topic-seed-like-mea-44-2025-11.html');
const SEED_LIKE_TXT = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'pages',
  'topic-seed-like-text-2025-11.txt',
);

describe('extract CLI contract', () => {
  it('prints one JSON object per file with the contract fields, html and txt alike', async () => {
    const { code, lines } = await runExtract([SEED_LIKE, SEED_LIKE_TXT, '--today', '2026-11-24']);
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(['file', 'relevant', 'score', 'published', 'figures']),
      );
      expect(line.relevant).toBe(true);
      expect(line.published).toBe('2025-11-08');
      const figures = line.figures as Array<Record<string, unknown>>;
      expect(figures.map((f) => `${f.value} ${f.kind} ${f.asOf}`)).toEqual([
        '44 serving 2025-11-08',
        '127 recruited_total 2025-07',
        '98 discharged 2025-07',
        '13 serving 2025-07',
        '12 missing 2025-07',
        '12 killed 2025-01',
      ]);
      for (const f of figures) {
        expect(Object.keys(f)).toEqual([
          'value',
          'kind',
          'qualifier',
          'subject',
          'asOf',
          'text',
          'start',
          'end',
          'scope',
          'attribution',
          'verdict',
        ]);
        expect(Object.keys(f.verdict as object)).toEqual([
          'status',
          'reference',
          'previous',
          'newer',
          'currency',
          'latest',
        ]);
        expect(f.scope).toBe('national');
        expect(f.end as number).toBeGreaterThan(f.start as number);
      }
    }
  });

  it('says, in December 2026, that every figure of the seed-like page has been superseded, and by what', async () => {
    const { lines } = await runExtract([SEED_LIKE, '--today', '2026-12-06']);
    const figures = lines[0]?.figures as Array<{
      value: number;
      verdict: { currency: string; latest: { value: number; kind: string; date: string } };
    }>;
    expect(
      figures.map(
        (f) => `${f.value} ${f.verdict.currency} ${f.verdict.latest.value} ${f.verdict.latest.kind}`,
      ),
    ).toEqual([
      '44 superseded 50 awaiting_discharge',
      '127 superseded 202 recruited_total',
      '98 superseded 119 discharged',
      '13 superseded 50 awaiting_discharge',
      '12 superseded 7 missing',
      '12 superseded 26 killed',
    ]);
    expect(new Set(figures.map((f) => f.verdict.latest.date))).toEqual(new Set(['2025-12-18']));
  });

  it('says each figure of the 18 Dec 2025 reply is current, and the January figures it restates are not', async () => {
    const page = join(PAGES, 'topic-hindustantimes-rs-202-recruited-26-killed-2025-12-18.html');
    const { lines } = await runExtract([page, '--today', '2026-12-06']);
    const figures = lines[0]?.figures as Array<{
      value: number;
      kind: string;
      asOf: string;
      verdict: { currency: string };
    }>;
    const byDate = (d: string) =>
      figures.filter((f) => f.asOf === d).map((f) => `${f.value} ${f.verdict.currency}`);
    expect(byDate('2025-12-18')).toEqual([
      '202 current',
      '26 current',
      '7 current',
      '119 current',
      '50 current',
      '10 current',
      '2 current',
      '18 current',
    ]);
    expect(byDate('2025-01')).toEqual(['12 superseded', '16 superseded']);
  });

  it('names who a page attributes each figure to', async () => {
    const page = join(PAGES, 'topic-ndtv-mea-briefing-31-killed-2026-03-13.html');
    const { lines } = await runExtract([page, '--today', '2026-12-06']);
    const figures = lines[0]?.figures as Array<{
      value: number;
      attribution: { speaker: string; venue: string | null } | null;
      verdict: { currency: string; latest: { value: number } };
    }>;
    expect(figures.map((f) => [f.value, f.attribution?.speaker, f.attribution?.venue])).toEqual([
      [31, 'Ministry of External Affairs', null],
      [44, 'Randhir Jaiswal, MEA spokesperson', 'weekly briefing'],
      [127, 'Randhir Jaiswal, MEA spokesperson', 'weekly briefing'],
      [26, 'Government of India', 'Rajya Sabha'],
      [50, 'Government of India', 'Rajya Sabha'],
    ]);
    // Newer than the record: no later official figure says otherwise; the latest it has is named.
    expect(figures[0]?.verdict).toMatchObject({ currency: 'current', latest: { value: 26 } });
  });

  it('reports an unreadable file on its own line, prints the others, and exits non-zero', async () => {
    const { code, lines } = await runExtract(['/no/such/file.html', SEED_LIKE_TXT]);
    expect(code).toBe(1);
    expect(lines[0]).toMatchObject({ file: '/no/such/file.html' });
    expect(typeof lines[0]?.error).toBe('string');
    expect(lines[1]?.relevant).toBe(true);
  });

  it('refuses a file over the size limit on its own line, unread, and prints the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const big = join(dir, 'saved-page.txt');
    // A sparse file: its size says it is too large, and nothing of it is ever written to disk.
    writeFileSync(big, '');
    truncateSync(big, 16 * 1024 * 1024 + 1);
    const { code, lines } = await runExtract([big, SEED_LIKE_TXT]);
    expect(code).toBe(1);
    expect(lines[0]).toEqual({
      file: big,
      error: 'the file is larger than 16 MB, the most the extractor reads',
    });
    expect(lines[1]?.relevant).toBe(true);
  });

  it.skipIf(!existsSync('/dev/zero'))(
    'stops reading what has no size to check first, past the limit',
    async () => {
      await expect(readLimited('/dev/zero', 4096)).rejects.toThrow(
        'the file is larger than 4096 bytes, the most the extractor reads',
      );
    },
  );

  it('uses --url for relevance when the page has no canonical link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'page.txt');
    writeFileSync(file, 'Headline\nNothing to see here.');
    const { lines } = await runExtract([file, '--url', 'https://example.org/a']);
    expect(lines[0]).toMatchObject({ relevant: false, figures: [] });
  });

  it.each([
    [[], 'usage'],
    [['a.html', '--today', '24-11-2026'], '--today must be YYYY-MM-DD'],
    [['a.html', '--bogus'], 'unknown option'],
    [['a.html', '--format', 'xml'], '--format must be json or claimreview'],
    [['a.html', '--format'], '--format needs a value'],
  ])('rejects bad arguments %j', (argv, message) => {
    expect(parseArgs(argv)).toContain(message);
  });
});

describe('extract --format claimreview', () => {
  it('prints one line per file: the file and one schema.org ClaimReview per figure', async () => {
    const { code, lines } = await runExtract([SEED_LIKE, '--format', 'claimreview', '--today', '2026-12-07']);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const line = lines[0] as {
      file: string;
      claimReviews: Array<{
        claimReviewed: string;
        reviewRating: { alternateName: string };
        itemReviewed: { author?: unknown };
      }>;
    };
    expect(Object.keys(line)).toEqual(['file', 'claimReviews']);
    expect(line.file).toBe(SEED_LIKE);
    const plain = (await runExtract([SEED_LIKE, '--today', '2026-12-07'])).lines[0] as {
      figures: Array<{ text: string }>;
    };
    expect(line.claimReviews.map((r) => r.claimReviewed)).toEqual(plain.figures.map((f) => f.text));
    for (const r of line.claimReviews) {
      expect(r).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        datePublished: '2026-12-07',
        author: { '@type': 'Organization', name: 'Figures fact-check: Indians in the Russian army' },
        itemReviewed: {
          '@type': 'Claim',
          appearance: {
            '@type': 'NewsArticle',
            url: expect.stringContaining('business-standard.com/'),
            headline: expect.stringContaining('India presses Moscow to free 44 Indians'),
            datePublished: '2025-11-08',
            publisher: { '@type': 'Organization', name: 'Business Standard' },
          },
        },
        reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1 },
        url: expect.stringMatching(/^https:\/\//),
        citation: { '@type': 'CreativeWork' },
      });
    }
    expect(line.claimReviews[1]?.reviewRating.alternateName).toBe(
      'Out of date: Now 202 recruited in all, 18 Dec 2025, Rajya Sabha written reply',
    );
    expect(line.claimReviews[0]?.itemReviewed.author).toEqual({
      '@type': 'Organization',
      name: 'Ministry of External Affairs',
    });
  });

  it('keeps the error line of a file it cannot read', async () => {
    const { code, lines } = await runExtract(['/nonexistent/page.html', '--format=claimreview']);
    expect(code).toBe(1);
    expect(lines[0]).toMatchObject({ file: '/nonexistent/page.html', error: expect.any(String) });
  });
});
