import base from '../manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/**
 * One manifest.json serves both browsers; this derives the Firefox variant.
 * Firefox runs no extension service worker, so the background becomes an event
 * page script, and it needs a gecko id to keep IndexedDB across reinstalls.
 */
export function manifestFor(target: Target): any {
  const manifest: any = structuredClone(base);
  if (target === 'chrome') return manifest;
  delete manifest.key;
  manifest.background = { scripts: [base.background.service_worker], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: { id: 'reel-notes@reelnotes.example', strict_min_version: '128.0' },
  };
  manifest.options_ui = { page: base.options_ui.page, open_in_tab: true };
  return manifest;
}
