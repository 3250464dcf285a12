import { browser } from 'wxt/browser';
import { type Catalogue, catalogueReader, type MessageReader } from '@/utils/wording/catalogue';
import { numberText } from '@/utils/wording/figure-wording';
import { catalogueLang } from '@/utils/wording/locale-format';

/** `browser.i18n.getMessage` for any key: WXT types only the literal keys, and ours are built (`status_${s}`). */
type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** The catalogue of the language the reader chose; null: the browser's, through `browser.i18n`. */
let chosen: MessageReader | null = null;

/**
 * Makes `t` read `catalogue` (the language the reader chose in the options, with English beneath it),
 * or, with null, `browser.i18n` again. The page's entry point calls it before its first render.
 */
export function setChosenCatalogue(catalogue: Catalogue | null): void {
  chosen = catalogue ? catalogueReader(catalogue) : null;
}

/**
 * A string from `public/_locales/<lang>/messages.json`: of the language the reader chose, else through
 * `browser.i18n` (the browser's language), so that another language is a new file. Where there is no
 * i18n API (unit tests without one) or the key is missing, the key itself comes back, which keeps a
 * missing string visible rather than blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  if (chosen) return chosen(key, substitutions);
  try {
    const i18n = browser.i18n as { getMessage: GetMessage } | undefined;
    const message = i18n?.getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // No i18n API here: fall back to the key.
  }
  return key;
}

/** The language of the messages in use (`htmlLang` in each locale's file), English where there is none. */
export const messagesLang = (): string => catalogueLang(t);

/** A count in the language of the messages in use, grouped as in India (3,000; 1,00,000). */
export const formatCount = (n: number): string => numberText(t, n);
