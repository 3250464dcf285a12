import messages from '../../../public/_locales/en/messages.json';
import { type Catalogue, getMessageFrom } from './i18n-catalogue';

/**
 * `browser.i18n.getMessage` over public/_locales/en/messages.json, by Chrome's rules
 * (utils/wording/catalogue.ts, checked against Chromium in tests/browser/catalogue.test.ts): an empty
 * string for a missing key, as the browser gives. Keys asked for but missing are collected in
 * `missingKeys`, for a test to check.
 */

export const missingKeys = new Set<string>();

export const getMessageEn = getMessageFrom(messages as Catalogue, missingKeys);
