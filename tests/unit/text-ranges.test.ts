import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textModelFromDocument, textModelFromPlainText } from '../../utils/engine/text/text-model';
import { piecesOf } from '../../utils/page/text-ranges';

const doc = (body: string) =>
  parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

describe('piecesOf', () => {
  it('maps a span inside one text node to that node', () => {
    const m = textModelFromDocument(
      doc(
        '<article><p>The MEA said 44 Indian nationals are serving in the Russian army today, and more.</p></article>',
      ),
    );
    const at = m.text.indexOf('44');
    const pieces = piecesOf(m, { start: at, end: at + 2 });
    expect(pieces).toHaveLength(1);
    expect(pieces[0]?.node.data.slice(pieces[0].startOffset, pieces[0].endOffset)).toBe('44');
  });

  it('splits a number written across elements into one piece per node', () => {
    const m = textModelFromDocument(
      doc(
        '<article><p>The MEA said <b>4</b>4 Indian nationals are serving in the Russian army today, and more.</p></article>',
      ),
    );
    const at = m.text.indexOf('44');
    const pieces = piecesOf(m, { start: at, end: at + 2 });
    expect(pieces.map((p) => p.node.data.slice(p.startOffset, p.endOffset))).toEqual(['4', '4']);
  });

  it('gives nothing for plain text, which has no nodes', () => {
    expect(piecesOf(textModelFromPlainText('Title\n44 serving'), { start: 6, end: 8 })).toEqual([]);
  });
});
