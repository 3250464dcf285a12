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
 * Ukrainian, Russian and Spanish: their detector words live here rather than in their own files, so
 * that the detector carries these few stems and nothing else of the three languages. Cyrillic has no
 * `\b` in JavaScript: stems are chosen not to sit inside common words ("інді" + a case ending, not
 * "індивідуальний").
 */
export const ukDetect: DetectWords = {
  russia: 'росі|україн',
  india: 'інді[йяїює]',
  military: 'армі|війн|військ|верб[уо]',
};
export const ruDetect: DetectWords = {
  russia: 'росси|украин',
  india: 'инди[йяюие]',
  military: 'арми|войн|военн|верб[уо]',
};
export const esDetect: DetectWords = {
  russia: String.raw`rusia|\brus[oa]s?\b|ucrania`,
  india: String.raw`\bindios?\b`,
  military: String.raw`ejército|guerra|reclut|combat(?:e|ir|ien)|militar(?:es)?\b`,
};

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
  ukDetect,
  ruDetect,
  esDetect,
];

const join = (pick: (d: DetectWords) => string) =>
  new RegExp(DETECT.map((d) => `(?:${pick(d)})`).join('|'), 'i');

export const RUSSIA_WORD = join((d) => d.russia);
export const INDIA_WORD = join((d) => d.india);
export const MILITARY_WORD = join((d) => d.military);
