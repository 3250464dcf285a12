import { INDIA_WORD, MILITARY_WORD, RUSSIA_WORD } from './languages/detect';
import { withoutInvisible } from './text/invisible-chars';

/**
 * Stage one of relevance: title, URL and lead only, in every language the engine reads. Cheap enough
 * for every page the always-injected detector runs on, and apart from the rest of relevance.ts so that
 * the detector carries nothing else. Read through invisible characters, as the text model is
 * ("Rus&shy;sia" is Russia).
 */
export function looksOnTopic(title: string, url: string, lead: string): boolean {
  const s = withoutInvisible(`${title} ${url.replace(/[-_/]+/g, ' ')} ${lead}`);
  return RUSSIA_WORD.test(s) && INDIA_WORD.test(s) && MILITARY_WORD.test(s);
}
