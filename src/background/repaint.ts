/**
 * After the popup or the library changes a page's highlights, the tabs showing
 * that page repaint from the database, so what is painted never lags behind
 * what is stored.
 */
import { browser } from '../platform/browser-api';
import type { TabCommand, TabInfo } from '../shared/messages/types';
import { paintingSiteOf } from '../shared/page-identity';
import { database } from './database';
import { showOrphans } from './orphans';

export async function repaintPage(pageId: string | undefined): Promise<void> {
  if (!pageId) return;
  const all = (await browser.storage.session.get(null)) as Record<string, TabInfo>;
  const command: TabCommand = { type: 'tools/refresh' };
  const db = await database();
  await Promise.all(
    Object.entries(all)
      .filter(([key, tab]) => key.startsWith('tab:') && tab?.pageId === pageId)
      .map(async ([, tab]) => {
        // Tabs without page tools have nothing painted; their error is expected.
        await browser.tabs.sendMessage(tab.tabId, command).catch(() => undefined);
        // The badge's count of passages not found follows a delete, a restore or a re-attach at once (a page
        // left with no highlight reports no status that would update it).
        await showOrphans(db, tab.tabId, pageId).catch(() => undefined);
      }),
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
