import { catalogueOf, catalogueReader } from '../../../utils/wording/catalogue';

/**
 * `browser.i18n.getMessage` over any locale's messages.json, by Chrome's rules (utils/wording/catalogue.ts,
 * checked against Chromium), and a stand-in catalogue that
 * answers every key with the key itself in «», its substitutions inside: text a reader sees outside «»
 * was not taken from the catalogue.
 */

interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** A message with its substitutions, or '' for a key the catalogue lacks (`missing` collects them). */
export function getMessageFrom(catalogue: Catalogue, missing?: Set<string>): GetMessage {
  const read = catalogueOf(catalogue, 'en');
  const message = catalogueReader(read);
  return (key, substitutions) => {
    if (!Object.hasOwn(read.messages, key.toLowerCase())) {
      missing?.add(key);
      return '';
    }
    return message(key, substitutions);
  };
}

/** «key» or «key(sub1|sub2)»: where each string a reader sees came from. */
export const keyCatalogue: GetMessage = (key, substitutions) => {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return subs.length ? `«${key}(${subs.join('|')})»` : `«${key}»`;
};

/** The text outside every «...» (innermost first, so nested messages go whole). */
export function outsideCatalogue(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/«[^«»]*»/g, ' ');
  }
  return rest;
}
