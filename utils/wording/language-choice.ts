/**
 * The language of the extension's words: the browser's (what `browser.i18n` gives), or one the reader
 * chose, read from the extension's own catalogue of that language (catalogue.ts).
 */
export const LANGUAGE_CHOICES = ['browser', 'en', 'hi'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export const isLanguageChoice = (value: unknown): value is LanguageChoice =>
  LANGUAGE_CHOICES.includes(value as LanguageChoice);
