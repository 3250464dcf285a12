import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADJACENT_BEFORE, ADJACENT_LAST_WORDS } from '../../utils/engine/classify-figure';

describe('ADJACENT_BEFORE gates', () => {
  /** Words of the patterns, their neighbours, and others: what the text before a number is made of. */
  const token = fc.constantFrom(
    ...ADJACENT_LAST_WORDS,
    'mortal',
    'Remains',
    'BODIES',
    'body',
    'cremation',
    'DNA',
    'samples',
    'डीएनए',
    'death',
    'toll',
    'deaths',
    'stood',
    'stands',
    'secured',
    'efforts',
    'pushed',
    'bring',
    'got',
    'searches',
    'about',
    'more',
    'than',
    'least',
    'release',
    'discharge',
    'return',
    'Indians',
    'three',
    'men',
    'said',
    'on',
    'for',
    'early',
    'toll:',
    'the.',
    'of;',
  );
  const before = fc
    .tuple(fc.array(token, { minLength: 1, maxLength: 12 }), fc.boolean())
    .map(([ws, space]) => ws.join(' ') + (space ? ' ' : ''));

  it('never turns away a pattern that would match', () => {
    fc.assert(
      fc.property(before, (near) => {
        const words = near.trimEnd().split(' ');
        const last = (words[words.length - 1] ?? '').toLowerCase();
        if (!ADJACENT_LAST_WORDS.has(last)) return;
        for (const [, re, can] of ADJACENT_BEFORE) if (re.test(near)) expect(can(last, near)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});
