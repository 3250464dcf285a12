/** Comparing the addresses a page has had: pure, for the page's side and the background's. */

/** Two URLs of the same document: equal once their fragments are dropped. */
export function sameDocument(a: string, b: string): boolean {
  return (a.split('#')[0] ?? a) === (b.split('#')[0] ?? b);
}

/** Two URLs of the same origin (scheme, host and port); false when either is not a URL. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
