import type { Runtime } from 'webextension-polyfill';
import { browser } from '../platform/browser-api';

export type ContentSender = { kind: 'content'; tabId: number; frameId: number; url: string };
export type PageSender = { kind: 'extension-page'; url: string };
export type SenderKind = ContentSender | PageSender;

/**
 * Who sent a message. Only this extension's own contexts are accepted: its
 * pages (popup, options) by URL, and its content scripts by their tab.
 * Web pages cannot reach runtime.onMessage (no externally_connectable).
 */
export function classifySender(sender: Runtime.MessageSender): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  const extensionOrigin = browser.runtime.getURL('');
  if (sender.url?.startsWith(extensionOrigin)) return { kind: 'extension-page', url: sender.url };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !sender.url) return null;
  if (!/^https?:\/\//i.test(sender.url)) return null;
  return { kind: 'content', tabId, frameId: sender.frameId ?? 0, url: sender.url };
}
