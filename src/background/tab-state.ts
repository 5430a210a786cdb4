/**
 * What the background knows about each open tab (its page identity and the
 * last detection). Kept in storage.session because the service worker is
 * stopped when idle and its memory goes with it.
 *
 * Messages from one tab are handled concurrently, so every change is a
 * read-modify-write queued per tab: two handlers can never overwrite each
 * other's fields with a stale copy.
 */
import { browser } from '../platform/browser-api';
import type { TabInfo } from '../shared/messages/types';

const key = (tabId: number) => `tab:${tabId}`;
const queues = new Map<number, Promise<unknown>>();

function queued<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

async function read(tabId: number): Promise<TabInfo | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabInfo | undefined) ?? null;
}

export function getTab(tabId: number): Promise<TabInfo | null> {
  return queued(tabId, () => read(tabId));
}

/** Replaces what is known of a tab (a new document was loaded in it); refused writes stay counted across loads. */
export function setTab(info: TabInfo): Promise<void> {
  return queued(info.tabId, async () => {
    const refusedWrites = (await read(info.tabId))?.refusedWrites;
    await browser.storage.session.set({ [key(info.tabId)]: refusedWrites ? { ...info, refusedWrites } : info });
  });
}

/** Changes some fields of a tab's state, creating it from `init` when missing. */
export function patchTab(tabId: number, patch: Partial<TabInfo>, init?: TabInfo): Promise<TabInfo | null> {
  return queued(tabId, async () => {
    const current = (await read(tabId)) ?? init ?? null;
    if (!current) return null;
    const next = { ...current, ...patch };
    await browser.storage.session.set({ [key(tabId)]: next });
    return next;
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return queued(tabId, () => browser.storage.session.remove(key(tabId)));
}

/** Counts a write the background refused from this tab's content script (the popup and side panel show it). */
export function noteRefusedWrite(tabId: number, reason: string, now = Date.now()): Promise<void> {
  return queued(tabId, async () => {
    const current = await read(tabId);
    if (!current) return;
    const count = (current.refusedWrites?.count ?? 0) + 1;
    await browser.storage.session.set({ [key(tabId)]: { ...current, refusedWrites: { count, last: now, reason } } });
  });
}
