import base from '../manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** The add-on id on Firefox: it keys the extension's storage and IndexedDB, so it never changes. */
export const GECKO_ID = 'reel-notes@reelnotes.example';

/**
 * The oldest Firefox the build supports: 128 (an ESR) has everything the shared
 * code relies on: MV3 host permissions granted at install (127, before that the
 * reader had to grant them by hand:
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/host_permissions),
 * `storage.session` (115), module event-page backgrounds (112).
 * `CSS.highlights` only arrives in 140; before that the painter falls back to
 * <mark> elements. `data_collection_permissions` is read from 140 on and
 * ignored before (web-ext lint warns about that, and only that).
 */
export const GECKO_MIN_VERSION = '128.0';

/**
 * One manifest.json serves both browsers; this derives the Firefox variant:
 * - Firefox runs no extension service worker, so the background becomes an
 *   event page (`background.scripts`, as a module like the worker);
 * - the Chrome `key` (which pins the Chrome extension id) means nothing there;
 * - `browser_specific_settings.gecko` gives the fixed id (Firefox keeps data
 *   per id) and the minimum version, and declares that the add-on collects no
 *   data (required for new add-ons, https://mzl.la/firefox-builtin-data-consent);
 * - Chrome's `side_panel` is Firefox's `sidebar_action` (same page), and the
 *   `sidePanel` permission does not exist there.
 */
export function manifestFor(target: Target): any {
  const manifest: any = structuredClone(base);
  if (target === 'chrome') return manifest;
  delete manifest.key;
  manifest.background = { scripts: [base.background.service_worker], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
  };
  manifest.options_ui = { page: base.options_ui.page, open_in_tab: true };
  delete manifest.side_panel;
  manifest.permissions = manifest.permissions.filter((p: string) => p !== 'sidePanel');
  manifest.sidebar_action = {
    default_panel: base.side_panel.default_path,
    default_title: 'Reel Notes',
    default_icon: base.action.default_icon,
    open_at_install: false,
  };
  return manifest;
}
