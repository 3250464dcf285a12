import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateText } from '../../utils/wording/figure-wording';
import { type Catalogue, getMessageFrom } from './support/i18n-catalogue';

/**
 * Every message catalogue in public/_locales/: the English keys exactly, each message's substitutions
 * as English has them, in the format Chrome and Firefox read (placeholders declared and used, `$` only
 * in substitutions), the manifest's messages within the stores' limits, and a translation that is one:
 * no message left in English, Devanagari in every Hindi message that has words.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const LOCALES_DIR = join(ROOT, 'public', '_locales');

const read = (lang: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Catalogue;

const LANGS = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const EN = read('en');
const TRANSLATED = LANGS.filter((l) => l !== 'en');

/** The words of a message, without its placeholders ($NAME$) and substitutions ($1). */
const wordsOf = (message: string): string => message.replace(/\$[A-Za-z0-9_]+\$|\$[1-9]|\$\$/g, ' ');
const hasLetters = (message: string): boolean => /\p{L}/u.test(wordsOf(message));

/**
 * Messages that may read the same in a translation: they are only substitutions and punctuation
 * ("$VALUE$ $KIND$", "“$TEXT$”"), which a language may still reorder. The test below holds that they
 * have no words.
 */
const SAME_AS_ENGLISH = new Set([
  'pageFrom',
  'timelineOtherName',
  'timelineMark',
  'timelinePointTitle',
  'qualifier_exact',
  'quoted',
  'quotedCut',
  'valueRange',
  'countOfKind',
  'countOfTag',
  'recordPhrase',
  'recordPhraseShort',
  'latestWho',
  'badgeLabel',
  'claimReviewRating',
]);

/** Latin words a Hindi message may keep: file formats, a unit, a schema's name, a field's name in a file. */
const LATIN_IN_HINDI = new Set(['JSON', 'CSV', 'MB', 'ClaimReview', 'format']);

/** The manifest's fields that name a message, from wxt.config.ts: `name: '__MSG_extName__'`. */
function manifestMessages(): Array<{ field: string; key: string }> {
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  return [...config.matchAll(/(\w+): '__MSG_(\w+)__'/g)].map((m) => ({
    field: m[1] as string,
    key: m[2] as string,
  }));
}

/** The stores' limits on the manifest's fields (Chrome Web Store; addons.mozilla.org allows more). */
const LIMITS: Record<string, number> = { name: 75, short_name: 12, description: 132 };

it('there is a catalogue besides English, and English is the default locale', () => {
  expect(LANGS).toContain('en');
  expect(LANGS).toContain('hi');
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  expect(config).toMatch(/default_locale: 'en'/);
});

describe.each(LANGS)('public/_locales/%s/messages.json', (lang) => {
  const messages = read(lang);

  it('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(EN).sort());
  });

  it('names its own language in htmlLang', () => {
    expect(messages.htmlLang?.message).toBe(lang);
  });

  it('is in the format Chrome reads: names, messages, declared and used placeholders, no stray $', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key, 'message name').toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message, key).toBeTypeOf('string');
      expect(entry.message.trim(), key).not.toBe('');
      const used = new Set(
        [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] as string).toLowerCase()),
      );
      const declared = Object.keys(entry.placeholders ?? {});
      expect(new Set(declared.map((d) => d.toLowerCase())), `${key}: placeholders used`).toEqual(used);
      // Every $ is a placeholder, a substitution or an escaped dollar.
      expect(entry.message.replace(/\$[A-Za-z0-9_]+\$|\$[1-9]|\$\$/g, ''), key).not.toContain('$');
      for (const [name, p] of Object.entries(entry.placeholders ?? {}))
        expect(p.content, `${key}.${name}`).toMatch(/^\$[1-9]$/);
    }
  });

  it("keeps each message's substitutions as English has them", () => {
    for (const [key, entry] of Object.entries(messages)) {
      const en = EN[key];
      if (!en) continue;
      const contents = (e: typeof entry) =>
        Object.fromEntries(
          Object.entries(e.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]),
        );
      expect(contents(entry), key).toEqual(contents(en));
      const direct = (m: string) => [...m.matchAll(/\$([1-9])(?![0-9])/g)].map((x) => x[1]).sort();
      expect(direct(entry.message), key).toEqual(direct(en.message));
      // Each substitution English fills in, this language fills in too (Chrome drops the others silently).
      const filled = (e: typeof entry) =>
        getMessageFrom({ [key]: e })(key, ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'])
          .replace(/[^①-⑨]/g, '')
          .split('')
          .sort();
      expect(filled(entry), `${key}: substitutions shown`).toEqual(filled(en));
    }
  });

  it("keeps the manifest's messages within the stores' limits", () => {
    const fields = manifestMessages();
    expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining(['name', 'description']));
    for (const { field, key } of fields) {
      const message = messages[key]?.message;
      expect(message, `${field}: __MSG_${key}__`).toBeTypeOf('string');
      const limit = LIMITS[field];
      if (limit)
        expect([...(message ?? '')].length, `${lang} ${field}: ${message}`).toBeLessThanOrEqual(limit);
    }
  });
});

describe.each(TRANSLATED)('the %s translation', (lang) => {
  const messages = read(lang);

  it('leaves no message as it is in English, except those made of substitutions alone', () => {
    for (const key of SAME_AS_ENGLISH) {
      expect(EN[key], key).toBeDefined();
      expect(hasLetters(EN[key]?.message ?? ''), `${key} has words: translate it`).toBe(false);
    }
    const same = Object.keys(EN).filter(
      (key) => key !== 'htmlLang' && !SAME_AS_ENGLISH.has(key) && messages[key]?.message === EN[key]?.message,
    );
    expect(same, 'left in English').toEqual([]);
  });
});

describe('the Hindi catalogue', () => {
  const HI = existsSync(join(LOCALES_DIR, 'hi', 'messages.json')) ? read('hi') : {};

  it('writes every message that has words in Devanagari', () => {
    const without = Object.entries(HI)
      .filter(([key]) => key !== 'htmlLang' && hasLetters(EN[key]?.message ?? ''))
      .filter(([, e]) => !/[\u0900-\u097F]/.test(e.message))
      .map(([key, e]) => `${key}: ${e.message}`);
    expect(without).toEqual([]);
  });

  it('keeps no English words but file formats and names', () => {
    const latin = Object.entries(HI)
      .filter(([key]) => key !== 'htmlLang')
      .flatMap(([key, e]) =>
        (wordsOf(e.message).match(/[A-Za-z]+/g) ?? [])
          .filter((w) => !LATIN_IN_HINDI.has(w))
          .map((w) => `${key}: ${w}`),
      );
    expect(latin).toEqual([]);
  });

  it('names the months in full, as Hindi papers print dates', () => {
    const t = getMessageFrom(HI);
    expect(dateText(t, '2025-11-08')).toBe('8 नवंबर 2025');
    expect(dateText(t, '2025-07')).toBe('जुलाई 2025');
    expect(t('figuresOnPageMany', '6')).toBe('इस पेज पर 6 आंकड़े');
    expect(t('countOfKind', ['26', t('kind_killed')])).toBe('26 मारे गए');
  });
});
