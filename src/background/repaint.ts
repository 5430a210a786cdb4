/**
 * After the popup or the library changes a page's highlights, the tabs showing
 * that page repaint from the database, so what is painted never lags behind
 * what is stored.
 */
import { browser } from '../shared/browser-api';
import type { TabCommand, TabInfo } from '../shared/messages/types';
import { paintingSiteOf } from '../shared/page-identity';

export async function repaintPage(pageId: string | undefined): Promise<void> {
  if (!pageId) return;
  const all = (await browser.storage.session.get(null)) as Record<string, TabInfo>;
  const command: TabCommand = { type: 'tools/refresh' };
  await Promise.all(
    Object.entries(all)
      .filter(([key, tab]) => key.startsWith('tab:') && tab?.pageId === pageId)
      // Tabs without page tools have nothing painted; their error is expected.
      .map(([, tab]) => browser.tabs.sendMessage(tab.tabId, command).catch(() => undefined)),
  );
}

/** Tells every open tab of a site (see paintingSiteOf) to read its highlights again: after painting was turned on or off there. */
export async function refreshSite(site: string): Promise<void> {
  const all = (await browser.storage.session.get(null)) as Record<string, TabInfo>;
  const command: TabCommand = { type: 'tools/refresh' };
  await Promise.all(
    Object.entries(all)
      .filter(([key, tab]) => key.startsWith('tab:') && tab?.url && paintingSiteOf(tab.url) === site)
      .map(([, tab]) => browser.tabs.sendMessage(tab.tabId, command).catch(() => undefined)),
  );
}
