import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

/**
 * One config, three projects: `unit` (node + jsdom, parallel), `browser` (the
 * built extension in Debian's Chromium) and `firefox` (in firefox-esr); the
 * browser projects run one file at a time. Kept apart from vite.config.ts so
 * that the crxjs plugin never runs in tests. Browser tests drive the test
 * build (`npm run build:test`, with test hooks), never the shipped one.
 */
const browserTimeouts = { testTimeout: 60_000, hookTimeout: 60_000 };
const testBuilds = {
  REEL_DIST: process.env.REEL_DIST ?? resolve('.tmp/dist-test'),
  REEL_FIREFOX_DIST: process.env.REEL_FIREFOX_DIST ?? resolve('.tmp/dist-firefox-test'),
};

export default defineConfig({
  plugins: [preact()],
  define: { __TEST_HOOKS__: 'true' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
          environment: 'node',
          pool: 'threads',
          testTimeout: 20_000,
          // jsdom set-up of the large real pages takes seconds on a loaded 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          env: testBuilds,
          ...browserTimeouts,
          // A loaded machine (two cores, several browsers) is slower than the 1 s default of expect.poll.
          expect: { poll: { timeout: 5000, interval: 50 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          sequence: { concurrent: false },
          env: testBuilds,
          ...browserTimeouts,
        },
      },
    ],
  },
});
