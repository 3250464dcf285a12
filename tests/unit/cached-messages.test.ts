import { describe, expect, it, vi } from 'vitest';
import { cachedMessages } from '../../utils/wording/cached-messages';
import { getMessageEn } from './support/i18n-en';

describe('cachedMessages', () => {
  it('says what the catalogue says, reading each message from it once', () => {
    const read = vi.fn(getMessageEn);
    const m = cachedMessages(read);
    for (const [key, subs] of [
      ['countOfKind', ['44', 'still serving']],
      ['countOfKind', ['26', 'killed']],
      ['dateDay', ['8', 'Nov', '2025']],
      ['standing_superseded', []],
      ['qualifier_at_least', ['44']],
      ['recordAgeReader', ['18 Dec 2025', '12 Mar 2026']],
    ] as const)
      expect(m(key, [...subs])).toBe(getMessageEn(key, [...subs]));
    expect(read).toHaveBeenCalledTimes(5);
    // A substitution that looks like a marker or a placeholder stays as it is.
    expect(m('countOfKind', ['$1', '\uE0001\uE001'])).toBe('$1 \uE0001\uE001');
  });
});
