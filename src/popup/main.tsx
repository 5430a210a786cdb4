/**
 * The popup's entry, kept thin so that the question to the background leaves
 * before the app's code is loaded: the reply and the code then arrive together.
 * It uses the native promise API (Chrome MV3 and Firefox both have one) so
 * that nothing else has to load first.
 */
import type { PopupState, Result } from '../shared/messages/types';

// Marks for bench/popup.ts: this script running, the state arriving, the app's code loaded.
performance.mark('reel-notes:popup-script');

declare const chrome: any;
declare const browser: any;
const api: any = typeof browser !== 'undefined' && browser?.runtime ? browser : chrome;

/**
 * The tab the popup speaks for: the active tab, or `?tab=<id>` when the popup
 * is opened as a page (documented for tests and for keyboard users who open it in a tab).
 */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function firstState(tabId: Promise<number | null>): Promise<PopupState | null> {
  const id = await tabId;
  if (id === null) return null;
  const result = (await api.runtime.sendMessage({ type: 'popup/state', tabId: id })) as Result<PopupState> | undefined;
  if (!result) throw new Error('No answer from the Reel Notes background');
  performance.mark('reel-notes:popup-state');
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

const tabId = targetTabId();
const state = firstState(tabId);
state.catch(() => undefined); // Handled by the app; this only keeps an early failure from being reported as unhandled.
void import('./mount').then(async ({ mount }) => {
  performance.mark('reel-notes:popup-code');
  await mount(await tabId.catch(() => null), state);
});
