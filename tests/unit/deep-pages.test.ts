import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textModelFromDocument } from '../../utils/engine/text/text-model';
import { countVisits, nodeCount } from './support/dom-visits';

/**
 * Pages with a path 5,000 elements deep (a hidden box a script filled, a runaway template): one read
 * of the page stays linear in its size. Measured in DOM steps (support/dom-visits.ts), not in time.
 */

const DEPTH = 5000;
const PARAGRAPH =
  '<p>The ministry said on Friday that 44 Indian nationals are still serving in the Russian army, and that it has asked Moscow again to release them.</p>';
const LINE = 'A line of the box that a script filled, long enough to count as text of its own here. ';

interface DeepPage {
  /** The story's element, and how many paragraphs it has before the box. */
  wrapper: 'article' | 'div';
  paragraphs: number;
  /** The box's element, and the element nested DEPTH times in it, with `line` in each. */
  box: 'div' | 'figure';
  tag: string;
  line: string;
}

/** The story, then the box: DEPTH nested elements, and a link at the bottom. */
function deepPage(page: DeepPage): Document {
  const { document } = parseHTML(
    `<!doctype html><html><head><title>Indians in the Russian army</title></head><body><h1>Indians in the Russian army</h1><${page.wrapper} class="story">${PARAGRAPH.repeat(page.paragraphs)}<${page.box} class="box"></${page.box}></${page.wrapper}></body></html>`,
  );
  let at = document.querySelector('.box') as unknown as Element;
  for (let i = 0; i < DEPTH; i++) {
    const el = document.createElement(page.tag);
    if (page.line) el.append(page.line);
    at.append(el);
    at = el as unknown as Element;
  }
  const link = document.createElement('a');
  link.setAttribute('href', '/related');
  link.append('Related: a story about something else');
  at.append(link);
  return document as unknown as Document;
}

/** A small multiple of the page's size: the read walks the page, and a few passes more. */
const LINEAR = 40;

const STORY = { wrapper: 'article', paragraphs: 20, box: 'div' } as const;

describe('a read of a page with a path 5,000 deep', () => {
  it.each<[string, DeepPage, number]>([
    [
      'nested boxes in an <article>, a line in each, one link at the bottom',
      { ...STORY, tag: 'div', line: LINE },
      DEPTH,
    ],
    [
      'nested boxes in a page of divs (the article is found by weighing containers)',
      { ...STORY, wrapper: 'div', tag: 'div', line: LINE },
      DEPTH,
    ],
    [
      'nested inline elements, the text at the bottom',
      { ...STORY, wrapper: 'div', tag: 'span', line: '' },
      0,
    ],
    [
      'nested captions under a short story (a photo story reads its captions)',
      { ...STORY, paragraphs: 1, box: 'figure', tag: 'figcaption', line: LINE },
      DEPTH,
    ],
  ])(
    '%s: linear in the page',
    (_, page, lines) => {
      const doc = deepPage(page);
      const nodes = nodeCount(doc.documentElement);
      let text = '';
      const visits = countVisits(doc, () => {
        text = textModelFromDocument(doc).text;
      });
      expect(text).toContain('44 Indian nationals are still serving');
      expect(text.split(LINE.trim()).length - 1).toBe(lines);
      expect(visits).toBeLessThan(LINEAR * nodes);
    },
    120_000,
  );
});
