import { describe, expect, it, vi } from 'vitest';
import { type Catalogue, catalogueOf, catalogueReader, withFallback } from '../../utils/wording/catalogue';
import { createChosenCatalogues } from '../../utils/wording/chosen-language';
import {
  englishCatalogue,
  FIXTURE_HI_FILE_PATH,
  hindiCatalogue,
  hindiFile,
  partialHindiCatalogue,
  readJson,
} from './support/catalogues';

/**
 * The message catalogue read by Chrome's rules (utils/wording/catalogue.ts), for a language the reader
 * chooses; tests/browser/catalogue.test.ts holds it to Chromium's own `i18n.getMessage`.
 */

describe('catalogueReader: $1 ... $9 and $$, as base::ReplaceStringPlaceholders', () => {
  /** The message `template`, read with `subs`. */
  const fillMessage = (template: string, subs: readonly string[]) =>
    catalogueReader({ lang: 'en', messages: { m: template } })('m', subs);

  it.each<[string, string[], string]>([
    ['$1 of $2', ['44', 'them'], '44 of them'],
    ['$2 before $1', ['a', 'b'], 'b before a'],
    ['$1$1', ['x'], 'xx'],
    ['past the last: [$3]', ['a'], 'past the last: []'],
    ['$$', [], '$'],
    ['$$$', [], '$$'],
    ['₹$$1 crore', ['5'], '₹$1 crore'],
    ['$0 and $a dropped', ['x'], ' and  dropped'],
    ['a lone dollar at the end $', [], 'a lone dollar at the end '],
    ['$9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], '9'],
    ['no dollars', ['x'], 'no dollars'],
  ])('%j with %j → %j', (template, subs, expected) => {
    expect(fillMessage(template, subs)).toBe(expected);
  });

  it('does not read what the substitutions bring', () => {
    expect(fillMessage('$1 and $2', ['$2', '$$'])).toBe('$2 and $$');
  });
});

describe('catalogueOf: named placeholders, as Chrome loads messages.json', () => {
  const file = {
    Plain: { message: 'Plain text', description: 'd' },
    named: {
      message: '$Count$ figures on $SITE$ ($count$ again)',
      placeholders: { COUNT: { content: '$1' }, site: { content: 'the site $2' } },
    },
    undeclared: { message: 'keeps $NOPE$ as written' },
    notAName: { message: 'costs $5-$10$', placeholders: { '10': { content: 'ten' } } },
    dollars: { message: '$$ and $A$', placeholders: { a: { content: '$$1' } } },
    broken: { description: 'no message' },
    alsoBroken: 'a string',
  };
  const c = catalogueOf(file, 'xx');

  it('lower-cases names and puts each placeholder content in place, in any case', () => {
    expect(c.messages.plain).toBe('Plain text');
    expect(c.messages.named).toBe('$1 figures on the site $2 ($1 again)');
    expect(catalogueReader(c)('NAMED', ['3', 'ndtv.com'])).toBe('3 figures on the site ndtv.com (3 again)');
  });

  it('keeps what Chrome would not read as a placeholder', () => {
    expect(c.messages.undeclared).toBe('keeps $NOPE$ as written');
    // `$5-$` is no name; `$10$` is one.
    expect(c.messages.notaname).toBe('costs $5-ten');
    expect(catalogueReader(c)('dollars', ['x'])).toBe('$ and $1');
  });

  it('leaves out entries without a message, and names its language', () => {
    expect(Object.keys(c.messages).sort()).toEqual(['dollars', 'named', 'notaname', 'plain', 'undeclared']);
    expect(c.lang).toBe('xx');
    expect(catalogueOf({ htmlLang: { message: 'hi' } }, 'hi_IN').lang).toBe('hi');
    expect(catalogueOf({ htmlLang: { message: 'not a language tag' } }, 'hi').lang).toBe('hi');
    expect(catalogueOf(null, 'en')).toEqual({ lang: 'en', messages: {} });
  });
});

describe('catalogueReader', () => {
  const english: Catalogue = { lang: 'en', messages: { a: 'A in English $1', b: 'B in English' } };
  const hindi: Catalogue = { lang: 'hi', messages: { a: 'हिन्दी में A $1' } };

  it('reads the chosen language, else English, else gives the key', () => {
    const read = catalogueReader(withFallback(hindi, english));
    expect(read('a', '1')).toBe('हिन्दी में A 1');
    expect(read('A', ['1'])).toBe('हिन्दी में A 1');
    expect(read('b')).toBe('B in English');
    expect(read('missingKey', ['x'])).toBe('missingKey');
    // Names an object has of its own are no messages.
    expect(read('constructor')).toBe('constructor');
    expect(read('__proto__')).toBe('__proto__');
    expect(read('toString')).toBe('toString');
  });

  it('with the fallback merged in: the same, and the language of the chosen one', () => {
    const merged = withFallback(hindi, english);
    expect(merged.lang).toBe('hi');
    expect(merged.messages.htmllang).toBe('hi');
    const read = catalogueReader(merged);
    expect([read('a', '1'), read('b'), read('c')]).toEqual(['हिन्दी में A 1', 'B in English', 'c']);
  });

  it('gives every message of the real English file with each placeholder filled in its place', () => {
    const file = readJson(`${import.meta.dirname}/../../public/_locales/en/messages.json`) as Record<
      string,
      { message: string; placeholders?: Record<string, { content: string }> }
    >;
    const read = catalogueReader(englishCatalogue());
    const subs = Array.from({ length: 9 }, (_, i) => `«${i + 1}»`);
    for (const [key, entry] of Object.entries(file)) {
      // By the file's own declarations: `$NAME$` is its content, `$i`, that is the i-th substitution.
      const expected = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
        return subs[Number(content.slice(1)) - 1] ?? '';
      });
      expect(read(key, subs), key).toBe(expected);
      expect(read(key, subs), key).not.toContain('$');
    }
  });

  it('reads the Hindi catalogue over the English one', () => {
    const hi = hindiCatalogue();
    const read = catalogueReader(hi);
    const own = readJson(hindiFile().path) as Record<string, { message: string }>;
    expect(hi.lang).toBe('hi');
    expect(read('htmlLang')).toBe('hi');
    expect(read('displayHeading')).toBe(own.displayHeading?.message);
    expect(read('figuresOnPageMany', '6')).toBe(own.figuresOnPageMany?.message.replace('$COUNT$', '6'));
  });

  it('reads what a partial catalogue lacks in English', () => {
    const partial = readJson(FIXTURE_HI_FILE_PATH) as Record<string, unknown>;
    expect(Object.hasOwn(partial, 'checkThisPage')).toBe(false);
    const read = catalogueReader(partialHindiCatalogue());
    expect(read('checkThisPage')).toBe('Check this page');
    expect(read('htmlLang')).toBe('hi');
  });
});

describe('createChosenCatalogues', () => {
  const files: Record<string, unknown> = {
    en: readJson(`${import.meta.dirname}/../../public/_locales/en/messages.json`),
    hi: readJson(FIXTURE_HI_FILE_PATH),
  };
  const reader = (have: Record<string, unknown>) =>
    vi.fn(async (lang: string) => {
      if (!(lang in have)) throw new Error('no such file');
      return have[lang];
    });

  it('gives nothing for the browser language: browser.i18n reads that one', async () => {
    const read = reader(files);
    expect(await createChosenCatalogues(read).get('browser')).toBeNull();
    expect(read).not.toHaveBeenCalled();
  });

  it('reads each file once, the chosen one over English', async () => {
    const read = reader(files);
    const catalogues = createChosenCatalogues(read);
    const hi = await catalogues.get('hi');
    expect(hi?.lang).toBe('hi');
    expect(catalogueReader(hi as Catalogue)('displayHeading')).toBe('प्रदर्शन');
    expect(catalogueReader(hi as Catalogue)('checkThisPage')).toBe('Check this page');
    const en = await catalogues.get('en');
    expect(catalogueReader(en as Catalogue)('displayHeading')).toBe('Display');
    await catalogues.get('hi');
    expect(read.mock.calls.map(([lang]) => lang).sort()).toEqual(['en', 'hi']);
  });

  it('falls back to English when the build has no file for the choice, and says so', async () => {
    const warn = vi.fn();
    const hi = await createChosenCatalogues(reader({ en: files.en }), warn).get('hi');
    expect(hi?.lang).toBe('en');
    expect(catalogueReader(hi as Catalogue)('displayHeading')).toBe('Display');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no messages for "hi"'));
  });
});
