import { bnDetect } from './bn';
import { enDetect } from './en';
import { guDetect } from './gu';
import { hiDetect } from './hi';
import { knDetect } from './kn';
import { mlDetect } from './ml';
import { mrDetect } from './mr';
import { paDetect } from './pa';
import { taDetect } from './ta';
import { teDetect } from './te';
import type { DetectWords } from './types';
import { urDetect } from './ur';

/**
 * The few words of each language the always-injected detector needs (DESIGN.md section 5): it imports
 * these alone, not the languages' other words.
 */
const DETECT: readonly DetectWords[] = [
  enDetect,
  hiDetect,
  mrDetect,
  bnDetect,
  paDetect,
  guDetect,
  taDetect,
  teDetect,
  knDetect,
  mlDetect,
  urDetect,
];

const join = (pick: (d: DetectWords) => string) =>
  new RegExp(DETECT.map((d) => `(?:${pick(d)})`).join('|'), 'i');

export const RUSSIA_WORD = join((d) => d.russia);
export const INDIA_WORD = join((d) => d.india);
export const MILITARY_WORD = join((d) => d.military);
