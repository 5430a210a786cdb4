/**
 * Tells the extension's open pages (the side panel, a popup) that what they
 * show of a tab or page changed, so they reload it instead of going stale while
 * the reader saves, edits or re-attaches elsewhere. Nothing may be listening
 * (no panel open): that is not an error.
 */
import { browser } from '../platform/browser-api';
import type { Message, ReaderChanged } from '../shared/messages/types';

/** Requests after which a side panel or popup shows something else. The entry form keeps its own state, so `entry/update` is not one. */
const CHANGES = new Set<Message['type']>([
  'page/load',
  'highlight/create',
  'highlight/update',
  'highlight/delete',
  'highlights/status',
  'highlight/reattach',
  'highlight/restore',
  'highlights/toggle',
  'film/correct',
  'page/delete',
  'page/restore',
  'library/import',
  'library/import-commit',
]);

export function announce(change: Omit<ReaderChanged, 'type'>): void {
  const message: ReaderChanged = { type: 'reader/changed', ...change };
  // Never lets a failed announcement (no listener, an API missing) touch the answer to the write itself.
  Promise.resolve()
    .then(() => browser.runtime.sendMessage(message))
    .catch(() => undefined);
}

/** After a request succeeded: announces it when it changed what a reader's surface shows. */
export function announceAfter(message: Message, tabId: number | undefined): void {
  if (!CHANGES.has(message.type)) return;
  const target = tabId ?? ('tabId' in message && typeof message.tabId === 'number' ? message.tabId : undefined);
  announce(target === undefined ? {} : { tabId: target });
}
