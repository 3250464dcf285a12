import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textModelFromDocument } from '../../utils/text-model';
import { countVisits, nodeCount } from './support/dom-visits';

/**
 * Pages with a path 5,000 elements deep (a hidden box a script filled, a runaway template): one read
 * of the page stays linear in its size. Measured in DOM steps (support/dom-visits.ts), not in time.
 */

const DEPTH = 5000;
const PARAGRAPH =
  '<p>The ministry said on Friday that 44 Indian nationals are still serving in the Russian army, and that it has asked Moscow again to release them.</p>';
const LINE = 'A line of the box that a script filled, long enough to count as text of its own here. ';

/** A story in `wrapper`, and in it a box holding `depth` nested `tag`s, `line` in each, a link at the bottom. */
function deepPage(options: { wrapper: string; tag: string; line: string; depth?: number }): Document {
  const { document } = parseHTML(
    `<!doctype html><html><head><title>Indians in the Russian army</title></head><body><h1>Indians in the Russian army</h1><${options.wrapper} class="story">${PARAGRAPH.repeat(20)}<div class="box"></div></${options.wrapper}></body></html>`,
  );
  let at = document.querySelector('.box') as unknown as Element;
  for (let i = 0; i < (options.depth ?? DEPTH); i++) {
    const el = document.createElement(options.tag);
    if (options.line) el.append(options.line);
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

describe('a read of a page with a path 5,000 deep', () => {
  it.each<[string, { wrapper: string; tag: string; line: string }]>([
    [
      'nested boxes, a line of text in each, one link at the bottom',
      { wrapper: 'article', tag: 'div', line: LINE },
    ],
  ])(
    '%s: linear in the page',
    (_, options) => {
      const doc = deepPage(options);
      const nodes = nodeCount(doc.documentElement);
      let text = '';
      const visits = countVisits(doc, () => {
        text = textModelFromDocument(doc).text;
      });
      expect(text).toContain('44 Indian nationals are still serving');
      expect(text.split(LINE.trim()).length - 1).toBe(DEPTH);
      expect(visits).toBeLessThan(LINEAR * nodes);
    },
    120_000,
  );
});
