import { ANALYZE_TEXT } from '../contracts/analyze-message';
import { textModelFromPlainText } from '../engine/text/text-model';
import { answerAnalyzeRequest } from './analyze-request';

/**
 * A short report written for this purpose, with a figure of each kind and the usual number forms.
 * Read once, on the first topic page or "Check this page" after the background starts (not at start-up,
 * which happens on every browser start), it compiles the extractor's regular expressions and gives its
 * functions their first type feedback there, instead of on the reader's first article. Like
 * most news text it has curly quotes, dashes and a line in Hindi: a regular expression is compiled
 * separately for text with characters beyond Latin-1, which is what articles are.
 */
const SAMPLE = [
  'Over 100 Indians recruited into the Russian army; 12 killed, 16 missing, says MEA',
  'New Delhi, 9 August 2024: At least 127 Indian nationals had joined the Russian armed forces — of whom 98 ' +
    'have been discharged, the external affairs ministry said on Friday. Twelve were killed and 16 are ' +
    'reported “missing”, while about 20-odd are still serving and another 50 are awaiting discharge.',
  'In July, the minister told Parliament that efforts were on for the early release of the remaining 13; ' +
    'between 35 and 40 men are believed to be stuck. The mortal remains of two were brought back home, and ' +
    'the CBI arrested four agents. Nepali recruits, numbering nearly two dozen, were not part of the count.',
  'रूसी सेना में भर्ती 12 भारतीयों की मौत हो चुकी है और 16 लापता हैं, विदेश मंत्रालय ने शुक्रवार को बताया।',
].join('\n');

/** Reads the sample; returns its figures' kinds, for the test that keeps the sample doing its job. */
export function warmUp(today: string): string[] {
  const model = textModelFromPlainText(SAMPLE);
  const reply = answerAnalyzeRequest(
    {
      type: ANALYZE_TEXT,
      url: 'https://www.example.org/',
      page: { canonicalUrl: null, title: '', publisher: '' },
      text: model.text,
      blocks: model.blocks,
      published: '2024-08-10',
      truncated: false,
      wordingHeld: null,
    },
    today,
  );
  return reply.figures.map((f) => f.kind);
}
