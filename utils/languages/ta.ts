import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const taDetect: DetectWords = {
  russia: String.raw`ரஷ்ய|உக்ரைன்`,
  india: String.raw`இந்திய`,
  military: String.raw`ராணுவ|போர்`,
};

/**
 * Tamil.
 */
export const ta: Language = {
  code: 'ta',
  name: 'Tamil',
  detect: taDetect,
  topic: {
    indianPeople: '',
    russianArmy: '',
    topicAction: '',
  },
  cues: {},
};
