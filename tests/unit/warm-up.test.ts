import { describe, expect, it } from 'vitest';
import { SAMPLE, warmUp } from '../../utils/background/warm-up';
import { FIGURE_KINDS } from '../../utils/engine/figure-types';

describe('the background warm-up sample', () => {
  it('exercises the extractor on every figure kind', () => {
    expect(new Set(warmUp('2026-11-25'))).toEqual(new Set(FIGURE_KINDS));
  });

  it('is text beyond Latin-1, as articles are (their patterns are compiled for it)', () => {
    expect([...SAMPLE].some((c) => c.charCodeAt(0) > 0xff)).toBe(true);
    expect(SAMPLE).toMatch(/[\u0900-\u097f]/);
  });
});
