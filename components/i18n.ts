import { browser } from 'wxt/browser';

/** `browser.i18n.getMessage` for any key: WXT types only the literal keys, and ours are built (`status_${s}`). */
type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * A string from `public/_locales/<lang>/messages.json` through `browser.i18n`, so that another
 * language is a new file. Where there is no i18n API (unit tests without one) or the key is missing,
 * the key itself comes back, which keeps a missing string visible rather than blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
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
export function messagesLang(): string {
  const lang = t('htmlLang');
  return lang === 'htmlLang' ? 'en' : lang;
}
