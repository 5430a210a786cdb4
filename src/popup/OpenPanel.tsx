/**
 * "Open side panel": the panel stays beside the review while the reader
 * reads. Both browsers open it only within a user gesture, so the call is made
 * at once in the click handler, with the native API (no await before it).
 */
import { useState } from 'preact/hooks';

declare const chrome: any;
declare const browser: any;

function openPanel(tabId: number): Promise<unknown> {
  if (typeof browser !== 'undefined' && browser.sidebarAction?.open) return browser.sidebarAction.open();
  if (typeof chrome !== 'undefined' && chrome.sidePanel?.open) return chrome.sidePanel.open({ tabId });
  return Promise.reject(new Error('this browser has no side panel'));
}

export function OpenPanel(props: { tabId: number }) {
  const [error, setError] = useState<string | null>(null);
  const open = () => {
    openPanel(props.tabId).then(
      // The real popup closes, the panel takes over; opened as a page (`?tab=`) it stays.
      () => !new URLSearchParams(location.search).has('tab') && window.close(),
      (e: Error) => setError(`The side panel did not open: ${e.message}`),
    );
  };
  return (
    <>
      <button type="button" onClick={open}>Open side panel</button>
      {error && <p class="error" role="alert">{error}</p>}
    </>
  );
}
