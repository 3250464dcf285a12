import type { TextModel } from '../engine/text/text-model';

/**
 * The parts of a page a read came from: the nearest element holding all of the headline's text
 * nodes, and the one holding all of the article's. A change elsewhere (a clock in the header, a
 * ticker, an advertisement) is no reason to read the article again.
 */
export function readRegions(model: TextModel): Node[] {
  const titleEnd = model.blocks.filter((b) => b.role === 'title').reduce((end, b) => Math.max(end, b.end), 0);
  const title = model.nodes.filter((n) => n.start < titleEnd);
  const body = model.nodes.filter((n) => n.start >= titleEnd);
  const regions: Node[] = [];
  for (const spans of [title, body]) {
    const first = spans[0]?.node;
    const last = spans[spans.length - 1]?.node;
    if (!first || !last) continue;
    const common = commonAncestor(first, last);
    if (common && !regions.some((r) => r.contains(common))) regions.push(common);
  }
  return regions;
}

/**
 * The nearest node holding both: it holds every node between them in document order too. Linear in
 * the depth of the two.
 */
function commonAncestor(a: Node, b: Node): Node | null {
  const above = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) above.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (above.has(n)) return n;
  return null;
}

/**
 * Does a change touch what was read? It does inside one of the regions, and where it took a region
 * away (the article replaced). With no regions (nothing read yet), every change does. A clock outside
 * the article ticking on while the page puts in its next article does not.
 */
export function touchesRegions(
  record: Pick<MutationRecord, 'target'> & Partial<Pick<MutationRecord, 'removedNodes'>>,
  regions: readonly Node[],
): boolean {
  if (regions.length === 0) return true;
  for (const r of regions) {
    if (r.isConnected && r.contains(record.target)) return true;
    const removed = record.removedNodes;
    if (removed) for (let i = 0; i < removed.length; i++) if (removed[i]?.contains(r)) return true;
  }
  return false;
}
