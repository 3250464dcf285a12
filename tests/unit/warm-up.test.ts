import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS } from '../../utils/figure-types';
import { warmUp } from '../../utils/warm-up';

describe('the background warm-up sample', () => {
  it('exercises the extractor on every figure kind', () => {
    expect(new Set(warmUp('2026-11-25'))).toEqual(new Set(FIGURE_KINDS));
  });
});
