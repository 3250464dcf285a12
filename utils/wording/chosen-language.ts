import { type Catalogue, catalogueOf, withFallback } from './catalogue';
import type { LanguageChoice } from './language-choice';

/**
 * The catalogue of the language the reader chose, read from the extension's own files (each once per
 * context) over the English one, for what it has not translated. The extension pages read it for
 * themselves; the background for the toolbar tooltip and for the annotator, which cannot read the
 * extension's files from a page.
 */

/** One locale's parsed messages.json; rejects when the build has none for that language. */
export type ReadMessagesFile = (lang: string) => Promise<unknown>;

/** The file through `fetch`, at `getURL`'s address for it (`runtime.getURL`). */
export function fetchMessagesFile(getURL: (path: string) => string): ReadMessagesFile {
  return async (lang) => {
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(lang)) throw new Error(`not a locale: ${lang}`);
    const response = await fetch(getURL(`/_locales/${lang}/messages.json`));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  };
}

export interface ChosenCatalogues {
  /**
   * The chosen language's messages, English's where it has none; null for the browser's language
   * (`browser.i18n` reads that one), and English alone when the build has no file for the choice.
   */
  get(choice: LanguageChoice): Promise<Catalogue | null>;
}

export function createChosenCatalogues(
  read: ReadMessagesFile,
  warn: (line: string) => void = (line) => console.warn(line),
): ChosenCatalogues {
  const files = new Map<string, Promise<Catalogue | null>>();
  const file = (lang: string) => {
    let found = files.get(lang);
    if (!found) {
      found = read(lang).then(
        (parsed) => catalogueOf(parsed, lang),
        (e: unknown) => {
          warn(`[factcheck] no messages for "${lang}" in this build: ${e instanceof Error ? e.message : e}`);
          return null;
        },
      );
      files.set(lang, found);
    }
    return found;
  };
  const chosen = new Map<LanguageChoice, Promise<Catalogue | null>>();
  return {
    get(choice) {
      if (choice === 'browser') return Promise.resolve(null);
      let found = chosen.get(choice);
      if (!found) {
        found = Promise.all([file(choice), choice === 'en' ? null : file('en')]).then(([own, english]) =>
          own ? withFallback(own, english) : english,
        );
        chosen.set(choice, found);
      }
      return found;
    },
  };
}
