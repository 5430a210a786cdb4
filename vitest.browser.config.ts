import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension in Debian's Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A loaded machine (two cores, several browsers) is slower than the 1 s default of expect.poll.
    expect: { poll: { timeout: 5000, interval: 50 } },
  },
});
