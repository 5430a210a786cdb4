import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Kept apart from vite.config.ts so that the crxjs plugin never runs in unit tests.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20000,
    // jsdom set-up of the large real pages takes seconds on a loaded 2-core machine.
    hookTimeout: 60000,
  },
});
