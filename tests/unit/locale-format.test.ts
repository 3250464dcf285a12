import { describe, expect, it } from 'vitest';
import { badgeView } from '../../utils/background/badge';
import { catalogueReader } from '../../utils/wording/catalogue';
import { countText, dateText, lastOfficialLine, valueText } from '../../utils/wording/figure-wording';
import { axisNumberIn, catalogueLang, countIn, dateIn, megabytesIn } from '../../utils/wording/locale-format';
import { hindiCatalogue } from './support/catalogues';
import { getMessageEn } from './support/i18n-en';

/**
 * Numbers and dates through Intl in the language of the words around them, as written in India
 * (tests/browser/catalogue.test.ts checks that Chromium writes the same).
 */

describe('the locale of a language', () => {
  it.each([
    ['en', 'en-IN'],
    ['en-GB', 'en-IN'],
    ['hi', 'hi-IN'],
    ['hi_IN', 'hi-IN'],
    ['mr', 'mr'],
    ['not a tag', 'en-IN'],
  ])('%s → %s', (lang, locale) => {
    // Read from what the locale writes: its digit grouping and its digits (Hindi's from its dates, below).
    expect(countIn(lang, 12_345_678)).toBe(new Intl.NumberFormat(locale).format(12_345_678));
  });

  it("is the catalogue's own (htmlLang), English where it names none", () => {
    expect(catalogueLang(getMessageEn)).toBe('en');
    expect(catalogueLang(catalogueReader(hindiCatalogue()))).toBe('hi');
    expect(catalogueLang((key) => key)).toBe('en');
  });
});

describe('counts, with Indian digit grouping', () => {
  it.each<[string, number, string]>([
    ['en', 44, '44'],
    ['en', 1426, '1,426'],
    ['en', 100_000, '1,00,000'],
    ['en', 12_345_678, '1,23,45,678'],
    ['hi', 100_000, '1,00,000'],
    ['hi', 12_345_678, '1,23,45,678'],
  ])('%s %d → %s', (lang, n, text) => {
    expect(countIn(lang, n)).toBe(text);
  });

  it('megabytes, one decimal at most', () => {
    expect(megabytesIn('en', 4.5)).toBe('4.5');
    expect(megabytesIn('hi', 10)).toBe('10');
  });
});

describe('axis values: lakh and crore past a lakh, in words one cannot misread', () => {
  // Intl joins an English number to its word with a narrow no-break space, which keeps them on one line.
  it.each<[string, number, string]>([
    ['en', 0, '0'],
    ['en', 9_000, '9,000'],
    ['en', 50_000, '50K'],
    ['en', 100_000, '1\u202flakh'],
    ['en', 150_000, '1.5\u202flakh'],
    ['en', 1_000_000, '10\u202flakh'],
    ['en', 10_000_000, '1\u202fcrore'],
    ['en', 25_000_000, '2.5\u202fcrore'],
    ['hi', 9_000, '9,000'],
    ['hi', 50_000, '50 हज़ार'],
    ['hi', 100_000, '1 लाख'],
    ['hi', 150_000, '1.5 लाख'],
    ['hi', 10_000_000, '1 करोड़'],
    ['hi', 25_000_000, '2.5 करोड़'],
  ])('%s %d → %s', (lang, n, text) => {
    expect(axisNumberIn(lang, n)).toBe(text);
  });
});

describe('dates', () => {
  it.each<[string, string, string]>([
    ['en', '2025-11-08', '8 Nov 2025'],
    ['en', '2025-07', 'Jul 2025'],
    ['en', '2025-09-26', '26 Sept 2025'],
    ['en', '2024-02-29', '29 Feb 2024'],
    ['hi', '2025-11-08', '8 नवंबर 2025'],
    ['hi', '2025-07', 'जुलाई 2025'],
    ['hi', '2025-12-18', '18 दिसंबर 2025'],
    ['hi_IN', '2025-11-08', '8 नवंबर 2025'],
    ['en', '2025', '2025'],
    ['en', '2025-13', '2025-13'],
    ['en', 'soon', 'soon'],
  ])('%s %s → %s', (lang, date, text) => {
    expect(dateIn(lang, date)).toBe(text);
  });
});

describe('the wording in the language of its catalogue', () => {
  const hi = catalogueReader(hindiCatalogue());

  it('writes dates and values in English with the English catalogue', () => {
    expect(dateText(getMessageEn, '2025-11-08')).toBe('8 Nov 2025');
    expect(dateText(getMessageEn, null)).toBe('undated');
    expect(valueText(getMessageEn, 125_000, 'at_least')).toBe('at least 1,25,000');
    expect(valueText(getMessageEn, 35, 'approx', 40)).toBe('about 35–40');
  });

  it('writes them in Hindi with the Hindi one', () => {
    expect(dateText(hi, '2025-12-18')).toBe('18 दिसंबर 2025');
    expect(dateText(hi, '2025-07')).toBe('जुलाई 2025');
    expect(valueText(hi, 125_000, 'exact')).toBe('1,25,000');
    expect(countText(hi, { value: 202, qualifier: 'exact', kind: 'recruited_total' })).toBe(
      `202 ${hi('kind_recruited_total')}`,
    );
    // A record as one phrase, its date among its parts: here under a figure newer than it.
    const killed26 = {
      id: 'x',
      date: '2025-12-18',
      value: 26,
      qualifier: 'exact',
      kind: 'killed',
      official: true,
      local: false,
      speaker: 'MEA',
      venue: 'Rajya Sabha written reply',
      source: null,
    } as const;
    const newer = {
      value: 31,
      qualifier: 'exact',
      kind: 'killed',
      subject: 'indian',
      asOf: '2026-03-12',
      scope: 'national',
      incremental: false,
    } as const;
    expect(lastOfficialLine(hi, newer, { latest: killed26 })).toContain('18 दिसंबर 2025');
  });

  it('counts the toolbar tooltip with Indian grouping', () => {
    const many = Array.from({ length: 1500 }, () => 'superseded' as const);
    const view = badgeView({ relevant: true, truncated: false, standings: many }, 'x', getMessageEn);
    expect(view.title).toBe('1,500 figures on this page: 1,500 out of date');
    expect(view.text).toBe('999+');
  });
});
