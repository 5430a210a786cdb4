import { defineConfig } from 'vitest/config';

// Firefox tests drive the Firefox build (dist-firefox/, `npm run build:firefox`)
// in Debian's firefox-esr, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
