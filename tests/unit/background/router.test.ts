/**
 * The background's front door: messages from anything but this extension,
 * malformed messages and page-level requests from content scripts are all
 * refused with an error result, never a crash and never a write.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

const session = new Map<string, unknown>();
vi.mock('../../../src/shared/browser-api', () => ({
  browser: {
    runtime: { id: 'reel-notes-id', getURL: (p: string) => `chrome-extension://reel-notes-id/${p}` },
    storage: {
      session: {
        get: async (k: string) => (session.has(k) ? { [k]: session.get(k) } : {}),
        set: async (o: Record<string, unknown>) => Object.entries(o).forEach(([k, v]) => session.set(k, v)),
        remove: async (k: string) => void session.delete(k),
      },
    },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined },
    scripting: { executeScript: async () => [] },
    tabs: { get: async () => null, sendMessage: async () => undefined },
  },
}));
vi.mock('../../../src/content/tools/page-tools.ts?iife', () => ({ default: 'tools.js' }));

const { route } = await import('../../../src/background/router');
const { database } = await import('../../../src/background/database');

const content = { id: 'reel-notes-id', url: 'https://blog.example/her-review/', tab: { id: 7 } as any, frameId: 0 };
const popup = { id: 'reel-notes-id', url: 'chrome-extension://reel-notes-id/src/popup/index.html' };

const quote = { type: 'TextQuoteSelector', exact: 'an air of melancholy' };

describe('background message router', () => {
  it('refuses messages from another extension or a web page', async () => {
    expect(await route({ type: 'library/list' }, { id: 'other-extension', url: 'chrome-extension://other/x.html' })).toMatchObject({ ok: false, error: expect.stringMatching(/sender/) });
    expect(await route({ type: 'library/list' }, { id: 'reel-notes-id', url: 'https://evil.example/' })).toMatchObject({ ok: false });
  });

  it('refuses malformed messages with the reason', async () => {
    const cases: unknown[] = [null, 42, 'x', {}, { type: 'nope' }, { type: 'entry/update', target: { tabId: 1 }, patch: { rating: 3.3 } }, { type: 'entry/update', target: { tabId: 1 }, patch: { rating: 9 } }, { type: 'entry/update', target: { tabId: 1 }, patch: { evil: true } }, { type: 'highlight/delete' }];
    for (const message of cases) {
      const result = await route(message, popup);
      expect(result.ok, JSON.stringify(message)).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/Refused malformed message/);
    }
  });

  it('does not let a content script send what only the extension pages may', async () => {
    const result = await route({ type: 'library/list' }, content);
    expect(result.ok).toBe(false);
    const wipe = await route({ type: 'page/delete', pageId: 'https://other.example/' }, content);
    expect(wipe.ok).toBe(false);
  });

  it('scopes a content script to its own page: it cannot claim another URL or touch other pages', async () => {
    const made = await route({ type: 'highlight/create', url: 'https://bank.example/', canonical: 'https://bank.example/', title: 'x', text: 'an air of melancholy', selectors: [quote], color: 'yellow', note: '' }, content);
    expect(made.ok).toBe(true);
    const db = await database();
    const pages = await db.getAll('pages');
    // Saved under the sender's real page, not the one the message claimed.
    expect(pages.map((p) => p.id)).toEqual(['https://blog.example/her-review/']);

    const other = { ...content, url: 'https://other.example/post', tab: { id: 8 } as any };
    await route({ type: 'tab/hello', url: other.url, likely: false, signals: [] }, other);
    const id = (made as any).data.highlight.id;
    const edit = await route({ type: 'highlight/update', id, note: 'pwned' }, other);
    expect(edit).toMatchObject({ ok: false, error: expect.stringMatching(/does not belong/) });
    expect((await db.get('highlights', id))?.note).toBe('');
  });

  it('answers a valid popup request', async () => {
    const result = await route({ type: 'library/list' }, popup);
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.data as any).pages).toHaveLength(1);
  });
});
