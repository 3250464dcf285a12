import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collapsedLength, SubtreeTexts, trimmedLength } from '../../utils/engine/text/subtree-text';

const body = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element;

/** What the sums stand for, read the slow way: `textContent` of the element and of each link in it. */
function direct(el: Element) {
  const text = el.textContent ?? '';
  const links = Array.from(el.querySelectorAll('a'));
  return {
    length: text.length,
    trimmed: text.trim().length,
    collapsed: text.replace(/\s+/g, ' ').trim().length,
    commas: text.split(/[,،、]/).length - 1,
    linkLength: links.reduce((n, a) => n + (a.textContent ?? '').length, 0),
    linkCollapsed: links.reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0),
  };
}

function summed(texts: SubtreeTexts, el: Element) {
  const s = texts.of(el);
  return {
    length: s.length,
    trimmed: trimmedLength(s),
    collapsed: collapsedLength(s),
    commas: s.commas,
    linkLength: s.linkLength,
    linkCollapsed: s.linkCollapsed,
  };
}

const piece = fc.constantFrom('', ' ', '  ', '\n', '\u00a0', 'x', 'ab', ',', '، ', '44', ' 12 ', '\t\t');
const text = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
interface Tree {
  tag: string;
  children: Array<Tree | string>;
}
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom('div', 'p', 'a', 'span', 'li'),
    children: fc.array(fc.oneof({ depthSize: 'small' }, text, tie('node')), { maxLength: 4 }),
  }),
})).node;
const html = (t: Tree | string): string =>
  typeof t === 'string'
    ? t.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    : `<${t.tag}>${t.children.map(html).join('')}</${t.tag}>`;

describe('SubtreeTexts', () => {
  it('sums what textContent and querySelectorAll("a") give, for every element, asked in any order', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.boolean(), (trees, deepestFirst) => {
        const root = body(trees.map(html).join(''));
        const elements = [root, ...Array.from(root.querySelectorAll('*'))];
        if (deepestFirst) elements.reverse();
        const texts = new SubtreeTexts();
        for (const el of elements) expect(summed(texts, el)).toEqual(direct(el));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['whitespace only', '<div> \n <span>\t</span> </div>'],
    ['runs across elements', '<div>a <b> </b> b<a> c </a></div>'],
    ['links inside links', '<div><a>one <a>two</a></a></div>'],
  ])('%s', (_, markup) => {
    const root = body(markup).firstElementChild as Element;
    expect(summed(new SubtreeTexts(), root)).toEqual(direct(root));
  });
});
