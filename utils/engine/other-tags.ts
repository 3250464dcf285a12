/**
 * The sub-label of an `other` figure ("mortal remains of 10" is remains_repatriated), read from the
 * words around it, so that it is compared only with records of the same sub-label.
 */
const TAGS: Array<[string, RegExp]> = [
  ['dna_samples_shared', /\bdna\b|डीएनए/i],
  ['local_cremation', /cremat|अंतिम संस्कार/i],
  ['remains_repatriated', /remains|bodies|\bbody\b|पार्थिव|शव/i],
  ['cbi_arrests', /arrest|nabbed|detained|गिरफ्तार/i],
  ['cbi_traffickers_identified', /traffickers/i],
  ['cbi_accused', /persons and entities|\baccused\b|individuals and entities/i],
  ['cbi_search_locations', /locations|premises|places|searche?s?\b/i],
  ['cbi_accused_firms', /firms|compan(?:y|ies)|consultanc/i],
  ['cbi_victims', /victims|instances|cases in which/i],
  ['agency_sent_to_russia', /\bsent\b/i],
];

/** The tag whose words stand nearest to `at` in `context` (the number's offset there). */
export function inferOtherTag(context: string, at = 0): string | undefined {
  let best: string | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const [tag, re] of TAGS) {
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(context); m; m = g.exec(context)) {
      const gap = m.index >= at ? m.index - at : at - (m.index + m[0].length);
      if (gap < bestGap) {
        bestGap = gap;
        best = tag;
      }
    }
  }
  return best;
}
