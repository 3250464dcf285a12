import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const mrDetect: DetectWords = {
  russia: String.raw`रशिया|रशियन|रूस|युक्रेन`,
  india: String.raw`भारत`,
  military: String.raw`सैन्य|लष्कर|युद्ध|भरती`,
};

/**
 * Marathi.
 */
export const mr: Language = {
  code: 'mr',
  name: 'Marathi',
  detect: mrDetect,
  topic: {
    indianPeople: '',
    russianArmy: '',
    topicAction: '',
  },
  cues: {},
};
