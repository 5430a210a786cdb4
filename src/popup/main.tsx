/**
 * The popup's entry: asks the background for the tab's state, then renders
 * once it is in (mount.tsx), so the first paint already has the content.
 * The app's code is imported statically and listed as `modulepreload` in the
 * built HTML (vite.config.ts): all of it is fetched in one round while the
 * HTML is parsed. Loading it behind a dynamic import instead (so the question
 * left before the code) made a chain of fetches that cost more than the
 * compile it saved: measured interleaved, `popup-open-50-highlights` was
 * about a tenth slower that way. The native promise API is used for the
 * first request (Chrome MV3 and Firefox both have one).
 */
import type { PopupState } from '../shared/messages/types';
import { nativeApi } from '../platform/native-api';
import { request } from '../platform/messaging';
import { mount } from './mount';

// Marks for bench/popup.ts (test builds only): this script running, the state arriving, the app's code loaded.
__TEST_HOOKS__ && performance.mark('reel-notes:popup-script');

/**
 * The tab the popup speaks for: the active tab, or `?tab=<id>` when the popup
 * is opened as a page (documented for tests and for keyboard users who open it in a tab).
 */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await nativeApi.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function firstState(tabId: Promise<number | null>): Promise<PopupState | null> {
  const id = await tabId;
  if (id === null) return null;
  const state = await request({ type: 'popup/state', tabId: id });
  __TEST_HOOKS__ && performance.mark('reel-notes:popup-state');
  return state;
}

const tabId = targetTabId();
const state = firstState(tabId);
state.catch(() => undefined); // Handled by the app; this only keeps an early failure from being reported as unhandled.
__TEST_HOOKS__ && performance.mark('reel-notes:popup-code');
void (async () => mount(await tabId.catch(() => null), state))();
