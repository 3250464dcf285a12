import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toJsonLine } from '../../scripts/extract-cli';
import { analyzeDocument, analyzeText } from '../../utils/engine/analyze-page';
import { inputOffset, visibleRuns, withoutInvisible } from '../../utils/engine/text/invisible-chars';
import { textModelFromDocument } from '../../utils/engine/text/text-model';
import { piecesOf } from '../../utils/page/text-ranges';

/**
 * Invisible format characters inside a number (a soft hyphen a CMS put in, a zero-width space, a
 * bidirectional mark) are read through: "4\u00ad4" is 44, and its highlight covers all it is written with.
 */

const INVISIBLE: Array<[string, string]> = [
  ['a soft hyphen', '\u00ad'],
  ['a zero-width space', '\u200b'],
  ['a word joiner', '\u2060'],
  ['a function application', '\u2061'],
  ['an invisible times', '\u2062'],
  ['an invisible separator', '\u2063'],
  ['an invisible plus', '\u2064'],
  ['a byte-order mark', '\ufeff'],
  ['a Mongolian vowel separator', '\u180e'],
  ['an Arabic letter mark', '\u061c'],
  ['a left-to-right mark', '\u200e'],
  ['a right-to-left mark', '\u200f'],
  ['a left-to-right embedding', '\u202a'],
  ['a right-to-left embedding', '\u202b'],
  ['a pop directional formatting', '\u202c'],
  ['a left-to-right override', '\u202d'],
  ['a right-to-left override', '\u202e'],
  ['a left-to-right isolate', '\u2066'],
  ['a right-to-left isolate', '\u2067'],
  ['a first strong isolate', '\u2068'],
  ['a pop directional isolate', '\u2069'],
];

const ENGLISH = {
  title: 'India presses Russia to free Indians serving in its army',
  lead: (n: string) =>
    `As many as ${n} Indian nationals are currently serving in the Russian army, the Ministry of External Affairs said on Friday, adding that it had asked Moscow to release them.`,
};
const HINDI = {
  title: 'रूसी सेना में भारतीय',
  lead: (n: string) =>
    `विदेश मंत्रालय ने शुक्रवार को बताया कि ${n} भारतीय नागरिक अभी भी रूसी सेना में सेवा दे रहे हैं और उन्हें वापस लाने के प्रयास जारी हैं।`,
};
const MORE = '<p>The families have asked the government to act faster, officials said on the day.</p>';

function page(story: typeof ENGLISH, written: string): Document {
  return parseHTML(
    `<!doctype html><html><head><title>${story.title}</title><meta property="article:published_time" content="2025-11-08"></head><body><article><h1>${story.title}</h1><p>${story.lead(written)}</p>${MORE.repeat(3)}</article></body></html>`,
  ).document as unknown as Document;
}

/** The one figure of the page, and what its highlight covers in the page's own text nodes. */
function readFigure(doc: Document) {
  const r = analyzeDocument(doc, { url: 'https://www.thehindu.com/news/national/indians-russian-army.ece' });
  expect(r.figures).toHaveLength(1);
  const f = r.figures[0] as (typeof r.figures)[number];
  const pieces = piecesOf(r.model, { start: f.start, end: f.end });
  return {
    value: f.value,
    kind: f.kind,
    covered: pieces.map((p) => p.node.data.slice(p.startOffset, p.endOffset)),
  };
}

describe('numbers with invisible characters inside', () => {
  it.each(INVISIBLE)('digits: 4, %s, 4 is 44, highlighted whole', (_, c) => {
    expect(readFigure(page(ENGLISH, `4${c}4`))).toEqual({ value: 44, kind: 'serving', covered: [`4${c}4`] });
  });

  it.each(INVISIBLE)('number words: "for-ty-four" with %s is 44, highlighted whole', (_, c) => {
    expect(readFigure(page(ENGLISH, `for${c}ty-four`))).toEqual({
      value: 44,
      kind: 'serving',
      covered: [`for${c}ty-four`],
    });
  });

  it.each(INVISIBLE)('Devanagari digits: ४, %s, ४ is 44, highlighted whole', (_, c) => {
    expect(readFigure(page(HINDI, `४${c}४`))).toEqual({ value: 44, kind: 'serving', covered: [`४${c}४`] });
  });

  it.each(INVISIBLE)('Hindi number words: चवालीस with %s is 44, highlighted whole', (_, c) => {
    expect(readFigure(page(HINDI, `चवा${c}लीस`))).toEqual({
      value: 44,
      kind: 'serving',
      covered: [`चवा${c}लीस`],
    });
  });

  it('reads through several in a row, and between digits in elements of their own', () => {
    expect(readFigure(page(ENGLISH, '4\u200e\u00ad\u2060\u200f4'))).toMatchObject({
      value: 44,
      covered: ['4\u200e\u00ad\u2060\u200f4'],
    });
    // One piece per text node; the highlight runs from the first to the last, over the element between.
    expect(readFigure(page(ENGLISH, '4<span>\u00ad</span>4'))).toMatchObject({
      value: 44,
      covered: ['4', '4'],
    });
  });

  it('reads through a zero-width joiner or non-joiner between digits, and keeps them inside words', () => {
    expect(readFigure(page(ENGLISH, '4\u200d4'))).toMatchObject({ value: 44, covered: ['4\u200d4'] });
    expect(readFigure(page(HINDI, '४\u200c४'))).toMatchObject({ value: 44, covered: ['४\u200c४'] });
    const word = 'क्\u200dष and র\u200c্য';
    const m = textModelFromDocument(page(ENGLISH, `44 (${word})`));
    expect(m.text).toContain(word);
  });
});

describe('the text model and its map back to the page', () => {
  it('leaves invisible characters out of the text, and maps each run to its place in its node', () => {
    const m = textModelFromDocument(page(ENGLISH, '4\u00ad4 \u200ball\u200b\u200b'));
    expect(m.text).toContain('As many as 44 all Indian nationals');
    expect(m.text).not.toMatch(/[\u00ad\u200b]/);
    for (const n of m.nodes)
      expect(m.text.slice(n.start, n.end)).toBe(
        n.node.data.slice(n.offset, n.offset + n.end - n.start).replace(/\s/g, ' '),
      );
  });

  it('reads a node of invisible characters only as nothing', () => {
    const m = textModelFromDocument(page(ENGLISH, '44<b>\u200b\u00ad</b>'));
    expect(m.nodes.some((n) => n.node.data === '\u200b\u00ad')).toBe(false);
    expect(m.text).toContain('As many as 44 Indian nationals');
  });
});

describe('a saved .txt', () => {
  it.each(INVISIBLE)('reads through %s, and tells offsets in the file', (_, c) => {
    const input = `${ENGLISH.title}\n${c}${ENGLISH.lead(`4${c}4`)}${c}\n`;
    const line = JSON.parse(toJsonLine('page.txt', analyzeText(input), '2026-01-01'));
    expect(line.figures.map((f: { value: number }) => f.value)).toEqual([44]);
    const [f] = line.figures;
    expect(input.slice(f.start, f.end)).toBe(`4${c}4`);
  });

  it('maps offsets past skipped characters: a start lands on its character, an end stays before what follows', () => {
    const skips = [
      { at: 1, skipped: 1 },
      { at: 2, skipped: 3 },
    ];
    // Input "4·4··x": text "44x".
    expect([0, 1, 2].map((o) => inputOffset(skips, o))).toEqual([0, 2, 5]);
    expect([1, 2, 3].map((o) => inputOffset(skips, o, true))).toEqual([1, 3, 6]);
    expect(visibleRuns('4\u00ad4\u200b\u200bx')).toEqual([
      [0, 1],
      [2, 3],
      [5, 6],
    ]);
    expect(withoutInvisible('Rus\u00adsia\u200f')).toBe('Russia');
  });
});
