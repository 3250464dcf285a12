import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const knDetect: DetectWords = {
  russia: String.raw`ರಷ್ಯಾ|ಉಕ್ರೇನ್`,
  india: String.raw`ಭಾರತ`,
  military: String.raw`ಸೇನೆ|ಸೈನ್ಯ|ಯುದ್ಧ`,
};

/**
 * Kannada.
 */
export const kn: Language = {
  code: 'kn',
  name: 'Kannada',
  detect: knDetect,
  topic: {
    indianPeople: '',
    russianArmy: '',
    topicAction: '',
  },
  cues: {},
};
