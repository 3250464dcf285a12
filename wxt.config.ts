import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ICON_SIZES, iconPath, writeIconFiles } from './scripts/icon/icon-files';
import { DETECTOR_FILE } from './utils/background/every-site';
import type { FigureCommand } from './utils/contracts/focus-figure';
import { newsSiteMatches } from './utils/sites/outlets';

/**
 * Preact's renderer sets `innerHTML` from a `dangerouslySetInnerHTML` prop. The extension never uses
 * that prop (nothing becomes markup: DESIGN.md, "Bad input"), and addons-linter (`web-ext lint`) flags
 * the assignment in the bundle. It is replaced by a throw, so that such a prop would fail loudly rather
 * than write markup; the build fails if Preact's code no longer has the expected shape.
 */
function preactWithoutInnerHtml(): Plugin {
  const file = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs)$/;
  const assignment = /\b\w+\.innerHTML=\w+\.__html\b/g;
  return {
    name: 'factcheck:preact-without-inner-html',
    transform(code, id) {
      if (!file.test(id.split('?')[0] ?? id)) return null;
      const found = code.match(assignment)?.length ?? 0;
      if (found !== 1) this.error(`expected one innerHTML assignment in ${id}, found ${found}`);
      const refuse = '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()';
      return { code: code.replace(assignment, refuse), map: null };
    },
  };
}

/**
 * The keyboard shortcuts to the next and the previous figure in the page (utils/background/figure-commands.ts);
 * the reader can change them in the browser (chrome://extensions/shortcuts, Firefox's add-ons manager).
 * Alt+Shift+J and Alt+Shift+K, "next" and "previous" as j and k are in many web readers. Chromium gives
 * an extension no key that its own shortcuts hold: Chromium 156 on Linux left Alt+Shift+N (a split
 * tab) and Alt+Shift+P unassigned, and ChromeOS holds both too (notifications, stylus tools), with
 * Alt+Shift+I, L, M, S and V; Chromium also holds Alt+Shift+A, B and T. Firefox has no Alt+Shift
 * shortcut of its own (it is the modifier of a page's accesskeys there).
 */
const COMMANDS: Record<FigureCommand, { suggested_key: { default: string }; description: string }> = {
  'next-figure': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextFigure__' },
  'previous-figure': {
    suggested_key: { default: 'Alt+Shift+K' },
    description: '__MSG_commandPreviousFigure__',
  },
};

/** The mark's exports (written by the build:publicAssets hook below), by size. */
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));

export default defineConfig({
  // Every module imports what it uses: no export of utils/ or components/ is a global name.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The always-injected detector (entrypoints/detector.ts) is an unlisted script that the manifest
    // injects (content_scripts below), so that WXT wraps it in no content-script context; it is written
    // where a content script would be, the path that "check every site" registers (utils/background/every-site.ts).
    'entrypoints:resolved'(wxt, entrypoints) {
      const detector = entrypoints.find((e) => e.name === 'detector');
      if (detector) detector.outputDir = resolve(wxt.config.outDir, DETECTOR_FILE, '..');
    },
    // The extension's mark is drawn in scripts/icon/icon.svg and exported to icon/16.png ... icon/128.png
    // in each build (scripts/icon/icon-files.ts), so that no PNG is kept in the repository beside its drawing.
    'build:publicAssets'(wxt, files) {
      const scratch = resolve(
        wxt.config.wxtDir,
        'icon',
        `${wxt.config.browser}-mv${wxt.config.manifestVersion}`,
      );
      files.push(...writeIconFiles(resolve(wxt.config.root, 'scripts', 'icon', 'icon.svg'), scratch));
    },
    // The toolbar button shows the mark too: set once WXT has added the popup to `action` (MV3) or
    // `browser_action` (MV2), where a default_icon given in `manifest` below does not survive.
    'build:manifestGenerated'(_, manifest) {
      const button = manifest.manifest_version === 3 ? manifest.action : manifest.browser_action;
      if (button) button.default_icon = ICONS;
    },
  },
  zip: {
    // Firefox's sources zip, for the add-on review: what `npm ci && npm run build:firefox` needs and
    // nothing else (no tests, fixtures, scripts, screenshots). tests/packages/rebuild-from-sources.test.ts
    // rebuilds the Firefox zip from it, byte for byte. A file the build comes to need goes in this list.
    excludeSources: ['**'],
    includeSources: [
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
      'scripts/icon/**',
    ],
  },
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml()],
    // The reference record ships as JSON.parse("..."), which engines read much faster than a large
    // object literal: it is evaluated each time the background starts.
    json: { stringify: true },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // Strings in public/_locales/<lang>/messages.json: another language is a new file.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: "Check this page" on a site outside the curated list, for the tab the reader is on.
    permissions: ['activeTab', 'scripting', 'storage'],
    // The toolbar button carries the badge (figure count, status colour) and opens the popup
    // (entrypoints/popup/, added to `action` by WXT; popup.html has no <title> of its own, which WXT
    // would take for the button's tooltip in place of this one from the catalogue).
    icons: ICONS,
    action: { default_title: '__MSG_appTitle__' },
    host_permissions: newsSiteMatches(),
    content_scripts: [{ matches: newsSiteMatches(), js: [DETECTOR_FILE], run_at: 'document_idle' }],
    commands: COMMANDS,
    // Asked for only when the reader turns on "check every site" (utils/background/every-site.ts). MV2 (Firefox)
    // has no optional_host_permissions: there the origin goes in optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['*://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'figures-factcheck@example.org',
              // 140: the CSS Custom Highlight API, and data_collection_permissions on desktop.
              strict_min_version: '140.0',
              // Nothing leaves the reader's device (no server, no tracking), said the way Firefox asks.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (desktop from 140).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
