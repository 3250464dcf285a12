/**
 * Counts the DOM work a function does on a linkedom document, as a measure that does not depend on
 * the machine: each step along a sibling or child link, each tree-walker step, and for every call
 * that reads a whole subtree (`textContent`, `querySelectorAll` and the like) the size of that subtree.
 * A read that is linear in the page's size counts a small multiple of its node count; one that reads
 * the subtree below every element of a deep path counts the square of the depth.
 */

const STEPS = [
  'firstChild',
  'lastChild',
  'nextSibling',
  'previousSibling',
  'parentElement',
  'firstElementChild',
  'lastElementChild',
  'nextElementSibling',
  'previousElementSibling',
];
const LISTS = ['childNodes', 'children'];
const SUBTREE_GETTERS = ['textContent', 'innerText', 'innerHTML', 'outerHTML'];
const SUBTREE_METHODS = [
  'querySelectorAll',
  'querySelector',
  'getElementsByTagName',
  'getElementsByClassName',
];

function ownerOf(start: object, name: string): object | null {
  for (let p: object | null = start; p; p = Object.getPrototypeOf(p))
    if (Object.getOwnPropertyDescriptor(p, name)) return p;
  return null;
}

/** Nodes under and including `root`. */
export function nodeCount(root: Node): number {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    n++;
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return n;
}

export function countVisits(doc: Document, read: () => void): number {
  // Subtree sizes, worked out before anything is counted.
  const size = new Map<Node, number>();
  const order: Node[] = [];
  const stack: Node[] = [doc.documentElement];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    order.push(node);
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as Node;
    let n = 1;
    for (let c = node.firstChild; c; c = c.nextSibling) n += size.get(c) ?? 1;
    size.set(node, n);
  }
  size.set(doc, (size.get(doc.documentElement) ?? 0) + 1);
  const samples: object[] = [
    doc,
    doc.documentElement,
    doc.createElement('div'),
    doc.createTextNode(''),
    doc.createTreeWalker(doc.documentElement, 1),
  ];
  let visits = 0;
  const restore: Array<() => void> = [];
  const patched = new Set<string>();
  const patch = (name: string, weigh: (self: Node, result: unknown) => number, method: boolean) => {
    for (const sample of samples) {
      const owner = ownerOf(sample, name);
      if (!owner) continue;
      const descriptor = Object.getOwnPropertyDescriptor(owner, name) as PropertyDescriptor;
      const key = `${name}@${owner.constructor.name}`;
      if (patched.has(key)) continue;
      patched.add(key);
      if (method && typeof descriptor.value === 'function') {
        const original = descriptor.value as (...args: unknown[]) => unknown;
        Object.defineProperty(owner, name, {
          ...descriptor,
          value(this: Node, ...args: unknown[]) {
            const result = original.apply(this, args);
            visits += weigh(this, result);
            return result;
          },
        });
      } else if (!method && descriptor.get) {
        const get = descriptor.get;
        Object.defineProperty(owner, name, {
          ...descriptor,
          get(this: Node) {
            const result = get.call(this);
            visits += weigh(this, result);
            return result;
          },
        });
      } else continue;
      restore.push(() => Object.defineProperty(owner, name, descriptor));
    }
  };
  const subtree = (self: Node) => size.get(self) ?? 1;
  for (const name of STEPS) patch(name, () => 1, false);
  for (const name of LISTS) patch(name, (_, list) => (list as { length: number }).length, false);
  for (const name of SUBTREE_GETTERS) patch(name, subtree, false);
  for (const name of SUBTREE_METHODS) patch(name, subtree, true);
  patch('nextNode', () => 1, true);
  try {
    read();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return visits;
}
