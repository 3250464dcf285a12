import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../utils/engine/analyze-page';
import { extractFigures } from '../../utils/engine/extract-figures';
import type { Figure, PartialDate, Span } from '../../utils/engine/figure-types';
import { readNumbers } from '../../utils/engine/read-numbers';
import { withoutInvisible } from '../../utils/engine/text/invisible-chars';
import { MAX_TEXT_CHARS, textModelFromPlainText } from '../../utils/engine/text/text-model';

/**
 * Properties of the pure core on any input: it never throws, every span it returns lies inside the
 * text and covers a number, and the size limit is reported. Timing is the benchmark's business.
 */

/** A number as the reader writes it: a digit of any script, or a number word (of any script). */
const NUMBERISH =
  /[0-9\u0660-\u0669\u06F0-\u06F9\u0900-\u0DFF\u0620-\u06FF]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousand|dozens?)\b/i;

/** Any UTF-16 code unit, lone surrogates included: pages are not always well-formed. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const arbitraryText = fc.oneof(
  fc.string({ maxLength: 400, size: 'medium' }),
  fc.string({ unit: 'binary', maxLength: 300, size: 'medium' }),
  fc.string({ unit: 'grapheme', maxLength: 200, size: 'medium' }),
  fc.string({ unit: codeUnit, maxLength: 300, size: 'medium' }),
);

const FRAGMENTS = [
  '44 Indian nationals are serving',
  '44 Indian nationals are currently serving in the Russian army',
  'Eighty-five',
  'Eighty-five Indians have been discharged',
  '20-25',
  '20-25 individuals who wish to be released',
  'at least',
  'at least 12 Indians were killed',
  'up to',
  'nearly',
  'about',
  '₹2,700',
  'Rs 5 lakh',
  '1,25,000',
  '1,426',
  '1,2,3',
  '४४',
  '४४ भारतीय',
  'रूसी सेना में',
  'killed',
  'missing',
  'discharged',
  'serving',
  'awaiting release',
  'Indians',
  'Indian nationals',
  'in the Russian army',
  'Nepali recruits',
  'between 35 and 50',
  '35 to 50',
  'two dozen',
  'half a dozen',
  'a hundred',
  'dozens of',
  'one hundred and twenty-six',
  'twenty-',
  '20-odd',
  '10th',
  'S-400',
  '2025-11-08',
  '7:00 AM IST',
  '45%',
  'aged 23',
  '(23)',
  'eight of the 91',
  'out of which',
  'In July,',
  'In January this year',
  'last year',
  'on Friday',
  'Published: Nov 08 2025 | 7:00 AM IST',
  'Updated: September 12, 2024 18:04 IST',
  'the figure stood at 27',
  'the death toll rose to 26',
  'Mr.',
  'S. Jaishankar',
  '...',
  '. ',
  ', ',
  '; ',
  ' - ',
  '—',
  '"',
  '\n',
  '\n\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\u200f',
  ' ',
  ' ',
  ' ',
];

/** Makes a text relevant, so that analyzeText goes on to extract figures. */
const TOPIC_HEADER =
  '44 Indians recruited into the Russian army, says MEA\n' +
  'The MEA said 44 Indian nationals are currently serving in the Russian army and efforts are on for their discharge.\n';

const newsLikeText = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
          { weight: 2, arbitrary: fc.integer({ min: 0, max: 2_000_000 }).map(String) },
          { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
          { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 3 }) },
        ),
        fc.constantFrom(' ', ' ', ' ', '', ', ', '. ', '.\n', '\n', '-', ' and '),
      ),
      { maxLength: 60, size: 'medium' },
    ),
  )
  .map(([header, parts]) => (header ? TOPIC_HEADER : '') + parts.map(([a, b]) => a + b).join(''));

const published = fc.constantFrom<PartialDate>(null, '2025-11-08', '2025-11', '2024-02-29', '2025-01-01');

const anyText = fc.oneof(arbitraryText, newsLikeText);

function expectSpanInside(span: Span, text: string, what: string): void {
  const where = `${what} [${span.start}, ${span.end}) in a text of ${text.length}`;
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), where).toBe(true);
  expect(span.start >= 0 && span.start < span.end && span.end <= text.length, where).toBe(true);
}

function expectFiguresWellFormed(figures: Figure[], text: string): void {
  for (const f of figures) {
    expectSpanInside(f, text, `figure ${f.value}`);
    expect(text.slice(f.start, f.end), `figure ${f.value} span`).toMatch(NUMBERISH);
    expect(f.mentions.length).toBeGreaterThan(0);
    for (const m of f.mentions) {
      expectSpanInside(m, text, `mention of ${f.value}`);
      expect(text.slice(m.start, m.end), `mention of ${f.value}`).toMatch(NUMBERISH);
    }
  }
}

const RUNS = { numRuns: 1000 };

describe('extraction properties', () => {
  test('analyzeText never throws and its figures lie inside the text, on numbers', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const r = analyzeText(input);
        expectFiguresWellFormed(r.figures, r.model.text);
      }),
      RUNS,
    );
  });

  test('extractFigures never throws on a plain-text model and its spans lie on numbers', () => {
    fc.assert(
      fc.property(anyText, published, (input, date) => {
        const model = textModelFromPlainText(input);
        expectFiguresWellFormed(extractFigures(model, date), model.text);
      }),
      RUNS,
    );
  });

  test('readNumbers spans are in order, non-overlapping and within the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let lastEnd = 0;
        for (const m of readNumbers(text)) {
          expectSpanInside(m, text, `number ${m.value}`);
          expect(m.start, `number ${m.value} starts before the previous one ends`).toBeGreaterThanOrEqual(
            lastEnd,
          );
          lastEnd = m.end;
        }
      }),
      RUNS,
    );
  });

  test('an input over MAX_TEXT_CHARS is cut and says so', () => {
    // News-like head, then filler without numbers: the limit is about length, and the filler keeps
    // the extractor's work on a megabyte small (the benchmark measures time on hostile megabytes).
    const filler = 'The minister spoke to reporters on the way out of the meeting. ';
    fc.assert(
      fc.property(newsLikeText, fc.integer({ min: 1, max: 5000 }), (head, extra) => {
        const input = head + filler.repeat(Math.ceil((MAX_TEXT_CHARS + extra) / filler.length));
        const r = analyzeText(input);
        expect(r.truncated).toBe(true);
        expect(r.model.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
      }),
      { numRuns: 4 },
    );
  });

  test('the plain-text model of any over-long input is cut and says so', () => {
    fc.assert(
      fc.property(
        anyText.filter((s) => s.length > 0),
        fc.integer({ min: 1, max: 5000 }),
        (piece, extra) => {
          const input = piece.repeat(Math.ceil((MAX_TEXT_CHARS + extra) / piece.length));
          const model = textModelFromPlainText(input);
          expect(model.truncated).toBe(true);
          expect(model.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
          for (const b of model.blocks) expectSpanInside(b, model.text, 'block');
        },
      ),
      { numRuns: 10 },
    );
  });

  test('an input up to MAX_TEXT_CHARS is read whole, one past it is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2, max: 2 }), (offset) => {
        const input = 'The minister spoke to reporters on the way out.\n'
          .repeat(25_000)
          .slice(0, MAX_TEXT_CHARS + offset);
        const r = analyzeText(input);
        expect(r.truncated).toBe(offset > 0);
        expect(r.model.text.length).toBe(Math.min(input.length, MAX_TEXT_CHARS));
      }),
      { numRuns: 3 },
    );
  });

  test('an input below MAX_TEXT_CHARS is not truncated', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const r = analyzeText(input);
        expect(r.truncated).toBe(false);
        // Whole, but for the invisible characters it is read through.
        expect(r.model.text.length).toBe(withoutInvisible(input).length);
      }),
      RUNS,
    );
  });
});
