import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textModelFromDocument } from '../../utils/engine/text/text-model';
import { type HighlightHost, paintHighlights } from '../../utils/page/paint-highlights';

/** A range that only records where it starts and ends: linkedom has no live ranges. */
class FakeRange {
  start?: [Text, number];
  end?: [Text, number];
  setStart(node: Text, offset: number) {
    this.start = [node, offset];
  }
  setEnd(node: Text, offset: number) {
    this.end = [node, offset];
  }
}

function host(registry: Map<string, unknown> | null): HighlightHost {
  return {
    registry,
    createRange: () => new FakeRange() as unknown as Range,
    createHighlight: (ranges) => ({ ranges }),
  };
}

const page = parseHTML(
  '<!doctype html><html><body><article><p>The MEA said <b>4</b>4 Indian nationals are serving, and that 12 have been killed in the war so far.</p></article></body></html>',
).document as unknown as Document;
const model = textModelFromDocument(page);
const span = (s: string) => {
  const at = model.text.indexOf(s);
  return { start: at, end: at + s.length };
};

describe('paintHighlights', () => {
  it('registers one highlight per standing, with a range per mention across split nodes', () => {
    const registry = new Map<string, unknown>();
    const { ranges } = paintHighlights(host(registry), model, [
      { mentions: [span('44')], standing: 'current' },
      { mentions: [span('12')], standing: 'superseded' },
    ]);
    expect([...registry.keys()].sort()).toEqual(['factcheck-current', 'factcheck-superseded']);
    const r = ranges[0]?.[0] as unknown as FakeRange;
    expect(r.start?.[0].data).toBe('4');
    expect(r.end?.[0].data).toBe(
      '4 Indian nationals are serving, and that 12 have been killed in the war so far.',
    );
    expect(r.end?.[1]).toBe(1);
  });

  it('clears what it painted', () => {
    const registry = new Map<string, unknown>();
    const { clear } = paintHighlights(host(registry), model, [{ mentions: [span('12')], standing: 'newer' }]);
    clear();
    expect(registry.size).toBe(0);
  });

  it('paints nothing, and never touches the DOM, where the Highlight API is missing', () => {
    const before = page.body.innerHTML;
    const { ranges } = paintHighlights(host(null), model, [{ mentions: [span('12')], standing: 'current' }]);
    expect(ranges[0]).toHaveLength(1);
    expect(page.body.innerHTML).toBe(before);
  });
});
