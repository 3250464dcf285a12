import { enDetect } from './en';
import { hiDetect } from './hi';
import type { DetectWords } from './types';

/**
 * The few words of each language the always-injected detector needs (DESIGN.md section 5): it imports
 * these alone, not the languages' other words.
 */
const DETECT: readonly DetectWords[] = [enDetect, hiDetect];

const join = (pick: (d: DetectWords) => string) =>
  new RegExp(DETECT.map((d) => `(?:${pick(d)})`).join('|'), 'i');

export const RUSSIA_WORD = join((d) => d.russia);
export const INDIA_WORD = join((d) => d.india);
export const MILITARY_WORD = join((d) => d.military);
