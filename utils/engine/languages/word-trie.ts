/**
 * A list of plain words as one regular-expression alternation that shares their beginnings
 * ("s(?:even(?:teen|ty)?|ix(?:teen|ty)?)"): the engine then tries a word's letters once at each place
 * of a text, not every word of the list in turn. Lower-case words, for a pattern with the `i` flag.
 */
interface Node {
  end: boolean;
  next: Map<string, Node>;
}

const SPECIAL = /[\\^$.*+?()[\]{}|/-]/;

export function wordTrie(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return source(root) || '(?!)';
}

function source(node: Node): string {
  const branches = [...node.next].map(([ch, child]) => (SPECIAL.test(ch) ? `\\${ch}` : ch) + source(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 && [...node.next.values()][0]?.next.size === 0 && body.length === 1
    ? `${body}?`
    : `(?:${body})?`;
}
