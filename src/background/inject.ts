/**
 * The heavier in-page code (full extraction, anchoring, painting, the in-page
 * control) is injected only into pages that may be reviews or already have
 * highlights, or when the reader asks for it. It is a self-contained IIFE run
 * in the content script's isolated world, so it is not web-accessible and no
 * page can probe for it.
 */
import toolsFile from '../content/tools/page-tools.ts?iife';
import { browser } from '../shared/browser-api';
import type { TabCommand } from '../shared/messages/types';

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
export async function commandTab<T = unknown>(tabId: number, command: TabCommand): Promise<T> {
  if (!(await injectTools(tabId))) throw new Error('Reel Notes cannot run on this page');
  return (await browser.tabs.sendMessage(tabId, command)) as T;
}
