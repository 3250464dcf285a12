import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Builds both extensions (.output/chrome-mv3, .output/firefox-mv2) once; runs only when browser tests
          // are part of the run.
          globalSetup: ['tests/browser/support/build-extension.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // Material beside the repository, not in it (the reference article in ../shared): its own
        // command, `npm run test:reference`, not part of `npm test`.
        extends: true,
        test: { name: 'reference', include: ['tests/reference/**/*.test.ts'] },
      },
      {
        test: {
          name: 'packages',
          include: ['tests/packages/**/*.test.ts'],
          // `npm run zip` and a Firefox build from the sources zip, 10 to 20 s: after the other projects, so
          // that its builds do not compete with the browser tests for the CPU.
          sequence: { groupOrder: 1 },
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
