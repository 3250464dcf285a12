import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const paDetect: DetectWords = {
  russia: String.raw`ਰੂਸ|ਯੂਕਰੇਨ`,
  india: String.raw`ਭਾਰਤ|ਪੰਜਾਬ`,
  military: String.raw`ਫੌਜ|ਫ਼ੌਜ|ਜੰਗ|ਯੁੱਧ`,
};

/**
 * Punjabi (Gurmukhi).
 */
export const pa: Language = {
  code: 'pa',
  name: 'Punjabi (Gurmukhi)',
  detect: paDetect,
  topic: {
    indianPeople: '',
    russianArmy: '',
    topicAction: '',
  },
  cues: {},
};
