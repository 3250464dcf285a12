import messages from '../public/_locales/en/messages.json';
import { catalogueOf, catalogueReader } from '../utils/wording/catalogue';
import type { Messages } from '../utils/wording/figure-wording';

/**
 * The English message catalogue outside the browser, as `i18n.getMessage` reads it
 * (utils/wording/catalogue.ts). A missing key reads as empty.
 */
const EN = catalogueOf(messages, 'en');
const read = catalogueReader(EN);

export const englishMessages: Messages = (key, substitutions = []) =>
  Object.hasOwn(EN.messages, key.toLowerCase()) ? read(key, substitutions) : '';
