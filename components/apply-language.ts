import { browser } from 'wxt/browser';
import { createChosenCatalogues, fetchMessagesFile } from '@/utils/wording/chosen-language';
import type { LanguageChoice } from '@/utils/wording/language-choice';
import { messagesLang, setChosenCatalogue } from './i18n';

const catalogues = createChosenCatalogues(
  fetchMessagesFile((path) => browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0])),
);

/** Bumped by each call: of choices made in quick succession, only the last one's catalogue is put in use. */
let latest = 0;

/**
 * An extension page in the language the reader chose (options: language): its catalogue read for `t`,
 * and `<html lang>` set to match. Resolves once the page can render in it.
 */
export async function applyLanguageChoice(choice: LanguageChoice, doc: Document = document): Promise<void> {
  const call = ++latest;
  const catalogue = await catalogues.get(choice);
  if (call !== latest) return;
  setChosenCatalogue(catalogue);
  doc.documentElement.lang = messagesLang();
}
