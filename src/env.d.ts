/**
 * Set at build time (vite `define`): true only in test builds (`REEL_TEST_HOOKS=1`,
 * `npm run build:test`) and unit tests, so that entry points for tests and
 * benchmark marks are dropped from the shipped extension.
 */
declare const __TEST_HOOKS__: boolean;
