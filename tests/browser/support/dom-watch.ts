import { createHash } from 'node:crypto';

/** Length and hash of a page's markup: two snapshots compare without printing either. */
export function fingerprint(html: string): { length: number; sha256: string } {
  return { length: html.length, sha256: createHash('sha256').update(html).digest('hex') };
}

/**
 * Runs in the page's main world before any page script (Playwright's addInitScript, Puppeteer's
 * evaluateOnNewDocument): snapshots the DOM at DOMContentLoaded and counts every later mutation.
 */
export function watchDom(): void {
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      const w = window as unknown as { __fcBefore?: string; __fcMutations?: string[] };
      w.__fcBefore = document.documentElement.outerHTML;
      w.__fcMutations = [];
      new MutationObserver((records) => {
        for (const r of records) w.__fcMutations?.push(`${r.type} on <${r.target.nodeName.toLowerCase()}>`);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { once: true },
  );
}
