import messages from '../../../public/_locales/en/messages.json';
import { type Catalogue, getMessageFrom } from './i18n-catalogue';

/**
 * `browser.i18n.getMessage` over public/_locales/en/messages.json, as Chrome does it: `$NAME$` becomes
 * its placeholder's content (`$1` ...), then `$1` ... the substitutions. Keys asked for but missing are
 * collected in `missingKeys`, for a test to check.
 */

export const missingKeys = new Set<string>();

export const getMessageEn = getMessageFrom(messages as Catalogue, missingKeys);
