import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { NEWS_SITE_MATCHES } from './utils/news-sites';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // The reference record ships as JSON.parse("..."), which engines read much faster than a large
    // object literal: it is evaluated on every page the annotator runs in.
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
    // (entrypoints/popup/, added to `action` by WXT).
    action: { default_title: 'Figures fact-check' },
    host_permissions: NEWS_SITE_MATCHES,
    // Asked for only when the reader turns on "check every site" (utils/every-site.ts). MV2 (Firefox)
    // has no optional_host_permissions: there the origin goes in optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['*://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'figures-factcheck@example.org', strict_min_version: '140.0' },
          },
        }
      : {}),
  }),
});
