/**
 * The heavier in-page code (full extraction, anchoring, painting, the in-page
 * control) is injected only into pages that may be reviews or already have
 * highlights, or when the reader asks for it. It is a self-contained IIFE run
 * in the content script's isolated world, so it is not web-accessible and no
 * page can probe for it.
 */
// The one crossing allowed: the page tools' bundle, imported as an asset (its file name), never as code.
// eslint-disable-next-line import-x/no-restricted-paths
import toolsFile from '../content/tools/page-tools.ts?iife';
import { browser } from '../platform/browser-api';
import type { TabCommand, TabReplies } from '../shared/messages/types';

export async function injectTools(tabId: number, frameId = 0): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [toolsFile] });
    return true;
  } catch (error) {
    // Pages the extension may not script (the web store, browser pages) end here.
    console.debug('Reel Notes: cannot inject into tab', tabId, error);
    return false;
  }
}

/** Sends a command to the page tools of a tab, loading them first. */
export async function commandTab<C extends TabCommand>(tabId: number, command: C): Promise<TabReplies[C['type']]> {
  if (!(await injectTools(tabId))) throw new Error('Reel Notes cannot run on this page');
  // The page tools answer with TabReplies (their `commands` table is typed by it).
  return (await browser.tabs.sendMessage(tabId, command)) as TabReplies[C['type']];
}
