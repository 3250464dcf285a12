import type { Span } from '../engine/figure-types';
import type { NodeSpan, TextModel } from '../engine/text/text-model';

/** A piece of a flat-text span inside one text node: what a DOM `Range` is built from. */
export interface NodePiece {
  node: Text;
  startOffset: number;
  endOffset: number;
}

function firstNodeEndingAfter(nodes: readonly NodeSpan[], pos: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((nodes[mid] as NodeSpan).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps a span of the flat text back to the text nodes it came from. A number split across elements
 * ("<b>4</b>4") gives one piece per node; one split by invisible characters the model left out
 * ("4\u00ad4") gives one piece that covers them too; characters the model added (block breaks) give none.
 */
export function piecesOf(model: TextModel, span: Span): NodePiece[] {
  const out: NodePiece[] = [];
  const { nodes } = model;
  let last: NodePiece | undefined;
  let lastEnd = -1;
  for (let i = firstNodeEndingAfter(nodes, span.start); i < nodes.length; i++) {
    const n = nodes[i] as NodeSpan;
    if (n.start >= span.end) break;
    const from = Math.max(span.start, n.start);
    const to = Math.min(span.end, n.end);
    if (to <= from) continue;
    const startOffset = n.offset + from - n.start;
    const endOffset = n.offset + to - n.start;
    // The next run of the same node, straight after in the text: only invisible characters between.
    if (last && last.node === n.node && from === lastEnd) last.endOffset = endOffset;
    else {
      last = { node: n.node, startOffset, endOffset };
      out.push(last);
    }
    lastEnd = to;
  }
  return out;
}
