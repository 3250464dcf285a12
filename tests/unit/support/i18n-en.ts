import messages from '../../../public/_locales/en/messages.json';
import { catalogueOf, fillMessage } from '../../../utils/wording/catalogue';

/**
 * `browser.i18n.getMessage` over public/_locales/en/messages.json, by Chrome's rules
 * (utils/wording/catalogue.ts, checked against Chromium in tests/browser/catalogue.test.ts): an empty
 * string for a missing key, as the browser gives. Keys asked for but missing are collected in
 * `missingKeys`, for a test to check.
 */

const EN = catalogueOf(messages, 'en').messages;
export const missingKeys = new Set<string>();

export function getMessageEn(key: string, substitutions?: string | string[]): string {
  const name = key.toLowerCase();
  const template = Object.hasOwn(EN, name) ? EN[name] : undefined;
  if (template === undefined) {
    missingKeys.add(key);
    return '';
  }
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return fillMessage(template, subs);
}
