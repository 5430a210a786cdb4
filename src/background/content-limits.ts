/**
 * What a content script may send, beyond each field's own size (the schemas in
 * shared/messages/schema.ts): a whole message is bounded, and writes are
 * rate-limited per tab, so a page that manages to drive the page tools (or a
 * compromised renderer) cannot fill the library. Refusals are recorded in the
 * tab's state, where the popup and the side panel show them.
 *
 * The counts live in the background's memory: a service worker that is
 * stopped forgets them, which only ever lets a burst through again.
 */
import { noteRefusedWrite } from './tab-state';
import type { ContentMessage } from '../shared/messages/types';

/** Larger than any legitimate message (a detection with a full cast, a 20,000-character passage with its selectors). */
export const MAX_CONTENT_MESSAGE_CHARS = 256_000;

const WINDOW_MS = 10_000;

/** Writes per tab per 10 s, by kind. A reader saves a passage every few seconds at most; a page load writes once or twice. */
export const WRITE_LIMITS = {
  highlight: 10,
  page: 20,
  status: 60,
} as const;

type WriteKind = keyof typeof WRITE_LIMITS;

const KIND: Partial<Record<ContentMessage['type'], WriteKind>> = {
  'highlight/create': 'highlight',
  'page/load': 'page',
  'highlights/status': 'status',
};

const recent = new Map<string, number[]>();

/** Whether one more write of this kind from this tab fits in the window; counts it if so. */
export function takeWrite(tabId: number, kind: WriteKind, now = Date.now()): boolean {
  const key = `${tabId}:${kind}`;
  const times = (recent.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (times.length >= WRITE_LIMITS[kind]) {
    recent.set(key, times);
    return false;
  }
  times.push(now);
  recent.set(key, times);
  return true;
}

export function forgetTabLimits(tabId: number): void {
  for (const key of recent.keys()) if (key.startsWith(`${tabId}:`)) recent.delete(key);
}

/**
 * Throws (so the router answers with an error, and nothing is written) when a
 * content script's message is too large or its tab writes too fast.
 */
export async function checkContentMessage(message: unknown, tabId: number): Promise<void> {
  const size = JSON.stringify(message)?.length ?? 0;
  if (size > MAX_CONTENT_MESSAGE_CHARS) {
    const reason = `Refused: a message of ${size} characters from the page (at most ${MAX_CONTENT_MESSAGE_CHARS})`;
    await noteRefusedWrite(tabId, reason);
    throw new Error(reason);
  }
  const type = (message as { type?: unknown } | null)?.type;
  const kind = typeof type === 'string' ? KIND[type as ContentMessage['type']] : undefined;
  if (kind && !takeWrite(tabId, kind)) {
    const reason = `Refused: more than ${WRITE_LIMITS[kind]} ${kind} writes from this tab in ${WINDOW_MS / 1000} s`;
    await noteRefusedWrite(tabId, reason);
    throw new Error(reason);
  }
}
