import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const teDetect: DetectWords = {
  russia: String.raw`రష్యా|రష్యన్|ఉక్రెయిన్`,
  india: String.raw`భారత|ఇండియ`,
  military: String.raw`సైన్య|ఆర్మీ|యుద్ధ`,
};

/**
 * Telugu.
 */
export const te: Language = {
  code: 'te',
  name: 'Telugu',
  detect: teDetect,
  topic: {
    indianPeople: '',
    russianArmy: '',
    topicAction: '',
  },
  cues: {},
};
