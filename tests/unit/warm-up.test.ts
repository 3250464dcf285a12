import { describe, expect, it, vi } from 'vitest';
import { warmUp } from '../../utils/background/warm-up';
import { FIGURE_KINDS } from '../../utils/engine/figure-types';

/** The texts the warm-up hands the text model: its sample. */
const read = vi.hoisted(() => [] as string[]);
vi.mock('../../utils/engine/text/text-model', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../utils/engine/text/text-model')>();
  return {
    ...original,
    textModelFromPlainText: (...args: Parameters<typeof original.textModelFromPlainText>) => {
      read.push(args[0]);
      return original.textModelFromPlainText(...args);
    },
  };
});

describe('the background warm-up sample', () => {
  it('exercises the extractor on every figure kind', () => {
    expect(new Set(warmUp('2026-11-25'))).toEqual(new Set(FIGURE_KINDS));
  });

  it('is text beyond Latin-1, as articles are (their patterns are compiled for it)', () => {
    read.length = 0;
    warmUp('2026-11-25');
    expect(read).toHaveLength(1);
    const [sample = ''] = read;
    expect([...sample].some((c) => c.charCodeAt(0) > 0xff)).toBe(true);
    expect(sample).toMatch(/[\u0900-\u097f]/);
  });
});
