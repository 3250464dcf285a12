import type { Messages } from './figure-wording';

/**
 * The message catalogue through a cache: each message is read from the browser once, with markers in
 * place of its substitutions, which are filled in here. A page with a hundred figures asks for the
 * same few messages hundreds of times, and each `i18n.getMessage` call crosses into the extension.
 */
const MARKS = Array.from({ length: 9 }, (_, i) => `\uE000${i + 1}\uE001`);
const MARK = /\uE000(\d)\uE001/g;

export function cachedMessages(m: Messages): Messages {
  const templates = new Map<string, string>();
  return (key, substitutions = []) => {
    let template = templates.get(key);
    if (template === undefined) {
      template = m(key, MARKS);
      templates.set(key, template);
    }
    return template.replace(MARK, (_, d: string) => substitutions[Number(d) - 1] ?? '');
  };
}
