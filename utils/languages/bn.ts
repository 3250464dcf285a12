import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const bnDetect: DetectWords = {
  russia: String.raw`রাশিয়া|রুশ|ইউক্রেন`,
  india: String.raw`ভারত`,
  military: String.raw`সেনা|বাহিনী|যুদ্ধ`,
};

/**
 * Bengali.
 */
export const bn: Language = {
  code: 'bn',
  name: 'Bengali',
  detect: bnDetect,
  topic: {
    indianPeople: '',
    russianArmy: '',
    topicAction: '',
  },
  cues: {},
};
