import messages from '../public/_locales/en/messages.json';
import type { Messages } from '../utils/wording/figure-wording';

/**
 * The English message catalogue outside the browser, as `i18n.getMessage` reads it: `$NAME$` becomes
 * its placeholder's content (`$1` ...), then `$1` ... the substitutions. A missing key reads as empty.
 */
interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const EN = messages as Record<string, MessageEntry>;

export const englishMessages: Messages = (key, substitutions = []) => {
  const entry = EN[key];
  if (!entry) return '';
  const expanded = entry.message.replace(
    /\$([A-Za-z0-9_]+)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  return expanded.replace(/\$([1-9])/g, (_whole, d: string) => substitutions[Number(d) - 1] ?? '');
};
