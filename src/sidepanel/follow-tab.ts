/**
 * The side panel follows the tab the reader is looking at in its window, with
 * tab events only (no `tabs` permission: the events carry ids, not URLs; the
 * background knows the rest), and reloads when the background says that tab
 * or its page changed.
 */
import { browser } from '../platform/browser-api';
import type { ReaderChanged } from '../shared/messages/types';

export interface PanelPlace {
  /** The tab to show first: `?tab=<id>` when opened as a page, else the active tab of the panel's window. */
  tabId: number | null;
  windowId: number | null;
  /** When the panel is opened as a page in a tab, that tab (never followed to). */
  ownTabId: number | null;
}

export async function panelPlace(): Promise<PanelPlace> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const win = await browser.windows.getCurrent().catch(() => undefined);
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return { tabId: Number(param), windowId: win?.id ?? null, ownTabId: own?.id ?? null };
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: active?.id ?? null, windowId: win?.id ?? null, ownTabId: own?.id ?? null };
}

export interface TabEvents {
  /** Another tab became the active one in the panel's window. */
  activated: (tabId: number) => void;
  /** A tab finished loading, or the background announced a change for a tab or a page. */
  changed: (change: Omit<ReaderChanged, 'type'>) => void;
}

export function followTabs(place: PanelPlace, on: TabEvents): () => void {
  const activated = (info: { tabId: number; windowId: number }) => {
    if (info.tabId === place.ownTabId) return;
    if (place.windowId !== null && info.windowId !== place.windowId) return;
    on.activated(info.tabId);
  };
  const updated = (tabId: number, info: { status?: string }) => {
    if (info.status === 'complete') on.changed({ tabId });
  };
  const message = (m: unknown) => {
    const change = m as ReaderChanged | { type: 'sidepanel/open'; highlightId?: string } | null;
    if (change?.type === 'reader/changed') on.changed(change);
    // From the background after a trusted click in the active tab's page (a save "with note", a painted highlight).
    if (change?.type === 'sidepanel/open') on.changed({ focusHighlight: change.highlightId });
    return undefined;
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  browser.runtime.onMessage.addListener(message);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
    browser.runtime.onMessage.removeListener(message);
  };
}
