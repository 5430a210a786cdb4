/** The service worker (an event page on Firefox): the only writer to the database. */
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../platform/browser-api';
import { route } from './router';
import { forgetTab } from './tab-state';
import { forgetTabLimits } from './content-limits';
import { createMenus, onCommand, onMenuClick } from './highlight-triggers';

export const WELCOME_PAGE = 'src/welcome/index.html';

/**
 * Opens the welcome page, once per install: Chromium may report an unpacked extension as installed
 * again after a restart, and the reader who has seen the page should not meet it on every start.
 * (Uninstalling clears storage.local, so a real reinstall is greeted again.)
 */
async function welcomeOnce(): Promise<void> {
  try {
    if ((await browser.storage.local.get('welcomed')).welcomed) return;
    await browser.storage.local.set({ welcomed: Date.now() });
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  } catch {
    // No tab could be opened (a browser starting up, a policy): the library links to the page too.
  }
}

export function init(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
  browser.runtime.onInstalled.addListener((details) => {
    createMenus();
    // First run: the welcome page says what Reel Notes does and how to start (not on updates).
    if (details.reason === 'install') void welcomeOnce();
    // Ask once that the reader's library is not evicted under storage pressure.
    void (globalThis.navigator as Navigator | undefined)?.storage?.persist?.().catch(() => undefined);
  });
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab?.id).catch(console.error));
  // Firefox for Android has neither context menus nor commands.
  browser.contextMenus?.onClicked.addListener((info, tab) => void onMenuClick(info.menuItemId, tab?.id).catch(console.error));
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabLimits(tabId);
    void forgetTab(tabId);
  });
  // Entry points for the browser tests (shortcuts and context menus cannot be triggered synthetically): test builds only.
  if (__TEST_HOOKS__) (globalThis as { reelNotes?: unknown }).reelNotes = { onCommand, onMenuClick };
}

init();
