/**
 * The popup's entry, kept thin so that the question to the background leaves
 * before the app's code is loaded: the reply and the code then arrive together.
 * It uses the native promise API (Chrome MV3 and Firefox both have one) so
 * that nothing else has to load first.
 */
import type { PopupState } from '../shared/messages/types';
import { nativeApi } from '../platform/native-api';
import { request } from '../platform/messaging';

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
void import('./mount').then(async ({ mount }) => {
  __TEST_HOOKS__ && performance.mark('reel-notes:popup-code');
  await mount(await tabId.catch(() => null), state);
});
