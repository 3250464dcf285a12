/**
 * `browser.i18n.getMessage` over any locale's messages.json, as Chrome does it (`$NAME$` becomes its
 * placeholder's content, `$1` ... the substitutions, `$$` a dollar sign), and a stand-in catalogue that
 * answers every key with the key itself in «», its substitutions inside: text a reader sees outside «»
 * was not taken from the catalogue.
 */

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** A message with its substitutions, or '' for a key the catalogue lacks (`missing` collects them). */
export function getMessageFrom(catalogue: Catalogue, missing?: Set<string>): GetMessage {
  return (key, substitutions) => {
    const entry = catalogue[key];
    if (!entry) {
      missing?.add(key);
      return '';
    }
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const expanded = entry.message.replace(
      /\$([A-Za-z0-9_]+)\$/g,
      (m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? m,
    );
    return expanded.replace(/\$(\$|[1-9])/g, (_m, d: string) =>
      d === '$' ? '$' : (subs[Number(d) - 1] ?? ''),
    );
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
