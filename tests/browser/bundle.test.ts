import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedHosts } from '../unit/support/outlet-hosts';
import { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from './support/paths';

/**
 * The injected annotator reads `chrome`/`browser` from the global and carries no polyfill (about
 * 10 KB). WXT auto-imports any name a utils or components module exports, so a local variable named
 * like one (`t`, the popup's message lookup) silently brings that module and its polyfill in.
 */
describe('the built annotator', () => {
  it.each([
    ['Chromium', CHROME_EXTENSION_DIR],
    ['Firefox', FIREFOX_EXTENSION_DIR],
  ])('carries no webextension-polyfill (%s)', (_, dir) => {
    const code = readFileSync(join(dir, 'annotator.js'), 'utf8');
    expect(code).not.toContain('browser-polyfill');
    // The polyfill's own words, which survive minification.
    expect(code).not.toContain('The message port closed before a response was received');
    // About 53.4 KB without it (with the keyboard's moves, the reader's language, the card's copy, and a
    // card's details asked for when it opens, records looked up by id); a jump of 10 KB is the polyfill,
    // or something as big come in unasked.
    expect(code.length).toBeLessThan(54_000);
  });
});

/**
 * The always-injected detector runs without WXT's content-script context, which posts the extension's
 * id on the page's window at each start and stops on a forged copy of that message
 * (tests/browser/page-isolation.test.ts); without it, nothing in the detector needs the polyfill either.
 */
describe('the built detector', () => {
  it.each([
    ['Chromium', CHROME_EXTENSION_DIR],
    ['Firefox', FIREFOX_EXTENSION_DIR],
  ])('carries no WXT content-script context and no webextension-polyfill (%s)', (_, dir) => {
    const code = readFileSync(join(dir, 'content-scripts', 'detector.js'), 'utf8');
    expect(code.includes('content-script-started'), "WXT's content-script-started event").toBe(false);
    expect(code.includes('postMessage'), 'a postMessage to the page').toBe(false);
    expect(code.includes('browser-polyfill'), 'webextension-polyfill').toBe(false);
  });

  // It reaches utils/sites/outlets.ts through utils/contracts/ and uses none of it: the table of
  // outlets, their domains and names, stays out of the script injected into every curated page.
  it.each([
    ['Chromium', CHROME_EXTENSION_DIR],
    ['Firefox', FIREFOX_EXTENSION_DIR],
  ])('carries no outlet domains or names (%s)', (_, dir) => {
    const code = readFileSync(join(dir, 'content-scripts', 'detector.js'), 'utf8');
    const carried = namedHosts()
      .flat()
      .filter((s) => code.includes(`"${s}"`) || code.includes(`'${s}'`));
    expect(carried).toEqual([]);
  });
});
