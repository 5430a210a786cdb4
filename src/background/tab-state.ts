/**
 * What the background knows about each open tab (its page identity and the
 * last detection). Kept in storage.session because the service worker is
 * stopped when idle and its memory goes with it.
 */
import { browser } from '../shared/browser-api';
import type { TabInfo } from '../shared/messages/types';

const key = (tabId: number) => `tab:${tabId}`;

export async function getTab(tabId: number): Promise<TabInfo | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabInfo | undefined) ?? null;
}

export async function setTab(info: TabInfo): Promise<void> {
  await browser.storage.session.set({ [key(info.tabId)]: info });
}

export async function patchTab(tabId: number, patch: Partial<TabInfo>): Promise<TabInfo | null> {
  const current = await getTab(tabId);
  if (!current) return null;
  const next = { ...current, ...patch };
  await setTab(next);
  return next;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
