import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  publicationDateFromDocument,
  publicationDateFromText,
} from '../../utils/engine/text/publication-date';

const page = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;

describe('publicationDateFromDocument', () => {
  it.each([
    [
      'JSON-LD datePublished',
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-08T07:00:00+05:30"}</script>',
      ),
      '2025-11-08',
    ],
    [
      'JSON-LD inside @graph',
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"datePublished":"2024-08-09T18:00:00Z"}]}</script>',
      ),
      '2024-08-09',
    ],
    [
      'article:published_time',
      page('<meta property="article:published_time" content="2024-09-12T17:40:00+05:30">'),
      '2024-09-12',
    ],
    ['<time datetime>', page('', '<time datetime="2024-10-21T10:00:00+05:30">Oct 21</time>'), '2024-10-21'],
    [
      'visible "Last Updated"',
      page('', '<p>3 min read Last Updated : Nov 08 2025 | 7:00 AM IST</p>'),
      '2025-11-08',
    ],
    [
      'broken JSON-LD falls through',
      page(
        '<script type="application/ld+json">{oops</script><meta name="publish-date" content="2024-12-13">',
      ),
      '2024-12-13',
    ],
  ])('%s', (_name, doc, expected) => {
    expect(publicationDateFromDocument(doc)).toBe(expected);
  });
});

describe('publicationDateFromText', () => {
  it.each([
    ['First Published: Nov 08 2025 | 7:00 AM IST', '2025-11-08'],
    ['Updated: September 12, 2024 18:04 IST', '2024-09-12'],
    ['Updated At : 10:15 PM Aug 10, 2024 (IST)', '2024-08-10'],
    ['Published on 21 October 2024', '2024-10-21'],
    ['May 08, 2024 12:51 AM IST', '2024-05-08'],
    ['Last Updated: Nov 09 2025. First Published: Nov 08 2025', '2025-11-08'],
    ['No date here at all, 44 Indians', null],
    // Invisible characters a publishing system left in the dateline are read through.
    ['First Pub\u00adlished: Nov 0\u200b8 20\u00ad25 | 7:00 AM IST', '2025-11-08'],
    ['\u200fUpdated: Septem\u00adber 12, 2024\u200f 18:04 IST', '2024-09-12'],
  ])('%j', (text, expected) => {
    expect(publicationDateFromText(text)).toBe(expected);
  });
});
