import { describe, expect, it } from 'vitest';
import { isAsciiLetter, isDevanagari, isSpaceCode, isWordCode } from '../../utils/engine/text/char-codes';

describe('character classes by code', () => {
  it.each([
    ['isAsciiLetter', isAsciiLetter, /[A-Za-z]/],
    ['isWordCode', isWordCode, /\w/],
    ['isSpaceCode', isSpaceCode, /\s/],
    ['isDevanagari', isDevanagari, /[\u0900-\u097F]/],
  ] as const)('%s matches its regular expression class on every UTF-16 code unit', (_, fn, re) => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (fn(c) !== re.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
