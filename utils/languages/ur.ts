import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const urDetect: DetectWords = {
  russia: String.raw`روس|یوکرین`,
  india: String.raw`بھارت|ہندوستان`,
  military: String.raw`فوج|جنگ`,
};

/**
 * Urdu.
 */
export const ur: Language = {
  code: 'ur',
  name: 'Urdu',
  detect: urDetect,
  topic: {
    indianPeople: '',
    russianArmy: '',
    topicAction: '',
  },
  cues: {},
};
