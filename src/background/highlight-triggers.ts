/**
 * The keyboard shortcut (manifest `commands`) and the selection context menu
 * both ask the active page's tools to save the current selection.
 */
import { browser } from '../platform/browser-api';
import { commandTab } from './inject';

export const SAVE_COMMAND = 'save-highlight';
const MENU_ID = 'reel-notes-save-highlight';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

export async function onCommand(command: string, tabId?: number): Promise<unknown> {
  if (command !== SAVE_COMMAND) return null;
  const target = tabId ?? (await activeTabId());
  if (target === undefined) return null;
  return commandTab(target, { type: 'tools/save-selection' });
}

export async function onMenuClick(menuItemId: string | number, tabId?: number): Promise<unknown> {
  if (menuItemId !== MENU_ID || tabId === undefined) return null;
  return commandTab(tabId, { type: 'tools/save-selection' });
}

export function createMenus(): void {
  if (!browser.contextMenus) return;
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: 'Save highlight to Reel Notes', contexts: ['selection'] }),
  );
}
