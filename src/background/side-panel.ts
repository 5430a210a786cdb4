/**
 * Asks for the side panel, focused on one highlight: after "Save with note" in
 * the page (the note is typed in the panel, never in the page) and after a
 * click on a painted highlight.
 *
 * The panel itself (src/sidepanel/) listens for `sidepanel/open` and also
 * reads `panelFocus` from the tab's state when it opens later. Opening needs a
 * user gesture: Chrome's sidePanel.open() and Firefox's sidebarAction.open()
 * refuse when none reaches here, and that refusal is harmless (the reader can
 * open the panel from the popup). Both APIs are looked up, not assumed: a
 * build without the side panel's manifest entry simply skips them.
 */
import { browser } from '../platform/browser-api';
import { getTab, patchTab } from './tab-state';

export interface SidePanelOpen {
  type: 'sidepanel/open';
  highlightId?: string;
}

/** Starts opening the panel at once (before any await), while the gesture that asked for it still counts. */
export function requestPanel(tabId: number): Promise<void> {
  const api = browser as any;
  let opening: Promise<unknown> | undefined;
  try {
    if (api.sidePanel?.open) opening = api.sidePanel.open({ tabId });
    else if (api.sidebarAction?.open) opening = api.sidebarAction.open();
  } catch {
    // No gesture, or no panel in this build.
  }
  return Promise.resolve(opening).then(() => undefined, () => undefined);
}

/** Tells an open panel which highlight to show, and leaves it in the tab's state for a panel opened later. */
export async function focusPanel(tabId: number, highlightId: string): Promise<void> {
  await patchTab(tabId, { panelFocus: highlightId });
  const message: SidePanelOpen = { type: 'sidepanel/open', highlightId };
  // No extension page listening (the panel is closed) is the usual case, not an error.
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The focus request a panel takes once, as it starts (`sidepanel/focus`). */
export async function takePanelFocus(tabId: number): Promise<string | null> {
  const tab = await getTab(tabId);
  if (!tab?.panelFocus) return null;
  await patchTab(tabId, { panelFocus: null });
  return tab.panelFocus;
}
