import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const mlDetect: DetectWords = {
  russia: String.raw`റഷ്യ|യുക്രെയ്ൻ|യുക്രൈൻ`,
  india: String.raw`ഇന്ത്യ|കേരള`,
  military: String.raw`സൈന്യ|സേന|യുദ്ധ|പട്ടാള`,
};

/**
 * Malayalam.
 */
export const ml: Language = {
  code: 'ml',
  name: 'Malayalam',
  detect: mlDetect,
  topic: {
    indianPeople: '',
    russianArmy: '',
    topicAction: '',
  },
  cues: {},
};
