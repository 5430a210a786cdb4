/**
 * The background's front door: messages from anything but this extension,
 * malformed messages and page-level requests from content scripts are all
 * refused with an error result, never a crash and never a write.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

const session = new Map<string, unknown>();
vi.mock('../../../src/platform/browser-api', () => ({
  browser: {
    runtime: { id: 'reel-notes-id', getURL: (p: string) => `chrome-extension://reel-notes-id/${p}` },
    storage: {
      session: {
        get: async (k: string) => (session.has(k) ? { [k]: session.get(k) } : {}),
        set: async (o: Record<string, unknown>) => Object.entries(o).forEach(([k, v]) => session.set(k, v)),
        remove: async (k: string) => void session.delete(k),
      },
      local: { get: async () => ({}), set: async () => undefined },
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
    const cases: unknown[] = [null, 42, 'x', {}, { type: 'nope' }, { type: 'entry/update', target: { tabId: 1 }, base: 0, edit: { rating: { from: null, to: 3.3 } } }, { type: 'entry/update', target: { tabId: 1 }, base: 0, edit: { rating: { from: null, to: 9 } } }, { type: 'entry/update', target: { tabId: 1 }, base: 0, edit: { evil: true } }, { type: 'entry/update', target: { tabId: 1 }, base: -1, edit: {} }, { type: 'entry/update', target: { tabId: 1 }, base: 0, edit: { tags: ['a'] } }, { type: 'entry/update', target: { tabId: 1 }, patch: { rating: 3 } }, { type: 'highlight/delete' }];
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
    const made = await route({ type: 'highlight/create', url: 'https://bank.example/', canonical: 'https://bank.example/', title: 'x', text: 'an air of melancholy', selectors: [quote], color: 'yellow' }, content);
    expect(made.ok).toBe(true);
    const db = await database();
    const pages = await db.getAll('pages');
    // Saved under the sender's real page, not the one the message claimed.
    expect(pages.map((p) => p.id)).toEqual(['https://blog.example/her-review/']);

    const other = { ...content, url: 'https://other.example/post', tab: { id: 8 } as any };
    await route({ type: 'tab/hello', url: other.url, likely: false }, other);
    const id = (made as any).data.highlight.id;
    // No content script may edit or delete a highlight, even its own page's: only the extension's pages do that.
    for (const sender of [content, other]) {
      expect(await route({ type: 'highlight/update', id, base: 0, edit: { note: { from: '', to: 'pwned' } } }, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/Refused malformed/) });
      expect(await route({ type: 'highlight/delete', id }, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/Refused malformed/) });
    }
    // A content script cannot put a note on what it saves.
    expect(await route({ type: 'highlight/create', url: content.url, text: 'x', selectors: [quote], color: 'yellow', note: 'forged' }, content)).toMatchObject({ ok: false });
    // A click from another page on this page's highlight is refused.
    expect(await route({ type: 'highlight/clicked', id }, other)).toMatchObject({ ok: false, error: expect.stringMatching(/does not belong/) });
    expect((await db.get('highlights', id))?.note).toBe('');
  });

  it('rate-limits a tab\'s writes and records the refusals in the tab state', async () => {
    const flood = { ...content, url: 'https://flood.example/post', tab: { id: 21 } as any };
    await route({ type: 'tab/hello', url: flood.url, likely: false }, flood);
    const results = [];
    for (let i = 0; i < 30; i++) {
      results.push(await route({ type: 'highlight/create', url: flood.url, text: `passage ${i}`, selectors: [{ type: 'TextQuoteSelector', exact: `passage ${i}` }], color: 'yellow' }, flood));
    }
    const accepted = results.filter((r) => r.ok).length;
    expect(accepted).toBe(10);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && /Refused: more than 10 highlight writes/.test(r.error))).toBe(true);
    const db = await database();
    expect((await db.getAll('highlights')).filter((h) => h.pageId === flood.url)).toHaveLength(10);
    const tab = session.get('tab:21') as any;
    expect(tab.refusedWrites).toMatchObject({ count: 20, reason: expect.stringMatching(/highlight writes/) });
    // Another tab is not affected.
    const calm = { ...content, url: 'https://calm.example/post', tab: { id: 22 } as any };
    expect((await route({ type: 'highlight/create', url: calm.url, text: 'one', selectors: [{ type: 'TextQuoteSelector', exact: 'one' }], color: 'yellow' }, calm)).ok).toBe(true);
  });

  it('refuses an oversized message from a content script', async () => {
    const big = { type: 'highlights/status', statuses: Array.from({ length: 5000 }, (_, i) => ({ id: `x`.repeat(60) + i, status: 'orphan' })) };
    const result = await route(big, { ...content, tab: { id: 23 } as any });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Refused: a message of \d+ characters/) });
  });

  it('does not hand a page a record of another origin reached through an old alias', async () => {
    const db = await database();
    // Written by the old rules (host names only): the review's record carries an alias on another port.
    await db.put('pages', { id: 'https://review.example/her', url: 'https://review.example/her', aliases: ['https://review.example:9000/evil'], site: 'review.example', postTitle: 'Her', detection: null, correction: null, entry: { rating: 4, liked: false, rewatch: false, watchedDate: null, tags: [], note: 'mine', updatedAt: 1 } as any, createdAt: 1, updatedAt: 1 } as any);
    await db.put('highlights', { id: 'h-review', pageId: 'https://review.example/her', text: 'kept', selectors: [{ type: 'TextQuoteSelector', exact: 'kept' }], color: 'yellow', note: 'my note', lastStatus: 'placed', createdAt: 1, updatedAt: 1 } as any);
    const evil = { ...content, url: 'https://review.example:9000/evil', tab: { id: 24 } as any };
    const read = await route({ type: 'highlights/forPage', url: evil.url }, evil);
    expect(read).toMatchObject({ ok: true, data: { pageId: null, highlights: [] } });
    await route({ type: 'highlight/create', url: evil.url, text: 'mine now', selectors: [{ type: 'TextQuoteSelector', exact: 'mine now' }], color: 'yellow' }, evil);
    expect((await db.get('pages', 'https://review.example/her'))?.entry.note).toBe('mine');
    expect((await db.getAllFromIndex('highlights', 'byPage', 'https://review.example/her')).map((h) => h.id)).toEqual(['h-review']);
  });

  it('answers a valid popup request', async () => {
    const result = await route({ type: 'library/list' }, popup);
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.data as any).pages.length).toBeGreaterThan(0);
  });
});
