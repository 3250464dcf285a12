import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { NEWS_SITE_MATCHES } from './utils/news-sites';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Figures fact-check: Indians in the Russian army',
    description:
      'Marks the figures in news about Indian nationals recruited into the Russian army and compares each with what officials reported, on your device.',
    permissions: ['scripting', 'storage'],
    // The toolbar button carries the badge (figure count, status colour); the popup comes later.
    action: { default_title: 'Figures fact-check' },
    host_permissions: NEWS_SITE_MATCHES,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'figures-factcheck@example.org', strict_min_version: '140.0' },
          },
        }
      : {}),
  }),
});
