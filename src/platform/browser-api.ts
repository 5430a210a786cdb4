/**
 * The one seam through which extension contexts reach `browser.*` (the
 * promise-based WebExtension API, polyfilled on Chrome). Tests replace it.
 */
import browser from 'webextension-polyfill';

export { browser };
export type Browser = typeof browser;
