/**
 * A locale's messages.json read the way Chrome's `i18n.getMessage` reads it, for the language the
 * reader chose in the options: `browser.i18n` always answers in the browser's language.
 *
 * Chrome's rules (extensions/common/message_bundle.cc, then base::ReplaceStringPlaceholders):
 * - message names match ignoring ASCII case;
 * - as the file is loaded, each `$name$` in a message (a name of ASCII letters, digits, `_` or `@`,
 *   in any case) becomes the `content` of its placeholder, usually `$1` ... `$9`;
 * - as a message is asked for, `$1` ... `$9` become the substitutions (empty past the last one), a run
 *   of `$` loses its first (`$$` is `$`), and `$` with any other character after it is dropped with
 *   that character; what the substitutions bring is not read again.
 *
 * Where Chrome refuses a whole file (a `$name$` with no placeholder), the text is kept as written.
 */

/** One locale's messages, ready to fill: lower-case name → message with its placeholders' content. */
export interface Catalogue {
  /** The language the messages are in (`htmlLang` in the file, else the folder's name). */
  lang: string;
  messages: Record<string, string>;
}

/** `(key, substitutions) => string`, like `i18n.getMessage` with a fallback instead of `''`. */
export type MessageReader = (key: string, substitutions?: string | readonly string[]) => string;

const NAME = /^[A-Za-z0-9_@]+$/;

/** `$name$` → the placeholder's content, scanning as Chrome does (a replacement is not read again). */
function expandPlaceholders(message: string, contents: ReadonlyMap<string, string>): string {
  let out = message;
  let from = 0;
  for (;;) {
    const start = out.indexOf('$', from);
    if (start < 0) return out;
    from = start + 1;
    if (from >= out.length) return out;
    const end = out.indexOf('$', from);
    if (end < 0) return out;
    const name = out.slice(from, end);
    if (!NAME.test(name)) continue;
    const content = contents.get(name.toLowerCase());
    if (content === undefined) continue;
    out = out.slice(0, start) + content + out.slice(end + 1);
  }
}

/** `$1` ... `$9` → the substitutions, `$$` → `$`, in one pass. */
function fillMessage(template: string, substitutions: readonly string[] = []): string {
  let out = '';
  const n = template.length;
  for (let i = 0; i < n; i++) {
    const c = template[i];
    if (c !== '$') {
      out += c;
      continue;
    }
    if (i + 1 >= n) break;
    i++;
    if (template[i] === '$') {
      while (i < n && template[i] === '$') {
        out += '$';
        i++;
      }
      i--;
      continue;
    }
    const index = template.charCodeAt(i) - 49; // '1' → 0
    if (index < 0 || index > 8) continue;
    out += substitutions[index] ?? '';
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A parsed messages.json as a catalogue. Entries that are not `{ message: string }` are left out (the
 * reader then falls back for them); `lang` names the folder the file came from.
 */
export function catalogueOf(file: unknown, lang: string): Catalogue {
  const messages: Record<string, string> = Object.create(null);
  if (isObject(file)) {
    for (const [name, entry] of Object.entries(file)) {
      if (!isObject(entry) || typeof entry.message !== 'string') continue;
      const contents = new Map<string, string>();
      if (isObject(entry.placeholders)) {
        for (const [p, v] of Object.entries(entry.placeholders))
          if (isObject(v) && typeof v.content === 'string') contents.set(p.toLowerCase(), v.content);
      }
      messages[name.toLowerCase()] = expandPlaceholders(entry.message, contents);
    }
  }
  const declared = messages.htmllang;
  const valid = declared !== undefined && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(declared);
  return { lang: valid ? declared : lang, messages };
}

/** `chosen`'s messages, with `fallback`'s where it has none (a language not yet wholly translated). */
export function withFallback(chosen: Catalogue, fallback: Catalogue | null): Catalogue {
  if (!fallback) return chosen;
  const messages: Record<string, string> = Object.create(null);
  Object.assign(messages, fallback.messages, chosen.messages);
  messages.htmllang = chosen.lang;
  return { lang: chosen.lang, messages };
}

const own = (messages: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(messages, key) ? messages[key] : undefined;

/**
 * The reader over a catalogue (with English beneath it: `withFallback`): a missing message comes back
 * as the key itself, which keeps a missing string visible rather than blank.
 */
export function catalogueReader(catalogue: Catalogue): MessageReader {
  return (key, substitutions) => {
    const template = own(catalogue.messages, key.toLowerCase());
    if (template === undefined) return key;
    const subs =
      substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
    return fillMessage(template, subs);
  };
}
