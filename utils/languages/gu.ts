import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const guDetect: DetectWords = {
  russia: String.raw`રશિયા|રશિયન|યુક્રેન`,
  india: String.raw`ભારત|ગુજરાત`,
  military: String.raw`સેના|લશ્કર|યુદ્ધ`,
};

/**
 * Gujarati.
 */
export const gu: Language = {
  code: 'gu',
  name: 'Gujarati',
  detect: guDetect,
  topic: {
    indianPeople: '',
    russianArmy: '',
    topicAction: '',
  },
  cues: {},
};
