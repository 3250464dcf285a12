import messages from '../../../public/_locales/en/messages.json';

/**
 * `browser.i18n.getMessage` over public/_locales/en/messages.json, as Chrome does it: `$NAME$` becomes
 * its placeholder's content (`$1` ...), then `$1` ... the substitutions. Keys asked for but missing are
 * collected in `missingKeys`, for a test to check.
 */

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const EN = messages as Record<string, MessageEntry>;
export const missingKeys = new Set<string>();

export function getMessageEn(key: string, substitutions?: string | string[]): string {
  const entry = EN[key];
  if (!entry) {
    missingKeys.add(key);
    return '';
  }
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const expanded = entry.message.replace(
    /\$([A-Za-z0-9_]+)\$/g,
    (m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? m,
  );
  return expanded.replace(/\$([1-9])/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
}
