import { render } from 'preact';
import { App } from './App';
import { browser } from '../shared/browser-api';

/**
 * The tab the popup speaks for: the active tab, or `?tab=<id>` when the popup
 * is opened as a page (documented for tests and for keyboard users who open it in a tab).
 */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void targetTabId().then((tabId) => render(<App tabId={tabId} />, document.getElementById('app')!));
