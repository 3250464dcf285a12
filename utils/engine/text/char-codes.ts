/**
 * Character classes by UTF-16 code, for the scanners that read text a character at a time instead of
 * running a regular expression per position. Each matches what the regular expression class named
 * beside it matches (no `u` flag).
 */

/** `[A-Za-z]` */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `\w`: `[A-Za-z0-9_]` */
export function isWordCode(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** `[\u0900-\u097F]`: the Devanagari block (letters, signs and digits). */
export function isDevanagari(c: number): boolean {
  return c >= 0x900 && c <= 0x97f;
}

/** `\s` */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
