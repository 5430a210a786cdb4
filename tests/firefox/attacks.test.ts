/**
 * Issue 13's attacks in firefox-esr, where the APIs exist as in Chromium
 * (see tests/browser/attacks.test.ts for the full list): a hostile script in
 * the page tries to read the control, to hear the note typed in the popup, to
 * save or click through synthetic events, and to take over the review with a
 * canonical link from another port. Every one fails; the reader's data is
 * unchanged.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickSaveHighlight, launchFirefox, openPopup, paintedHighlights, selectText, tabIdOf, waitForDetection, type LaunchedFirefox } from './firefox';
import { startServer, type PageServer } from '../browser/server';

declare const browser: any;

const DEMO = readFileSync('public/demo/her-review.html', 'utf8');
const PASSAGE = 'It is a high-waisted world of nerdy types';
const NOTE = 'My own words: Phoenix carries it.';
const HOSTILE = `<script>
  window.seen = { keys: [], roots: [] };
  for (const type of ['keydown', 'keyup', 'keypress', 'input']) window.addEventListener(type, (e) => window.seen.keys.push(e.key || type), true);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, init); window.seen.roots.push(root); return root; };
</script>`;
const hostile = (html: string) => html.replace('<head>', `<head>${HOSTILE}`);

let server: PageServer;
let other: PageServer;
let ff: LaunchedFirefox;

beforeAll(async () => {
  server = await startServer();
  other = await startServer();
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await other?.close();
  await server?.close();
});

/** The library as the options page reads it (through the extension's own page kept open as `control`). */
async function library(): Promise<{ pages: any[]; highlights: any[] }> {
  return ff.control!.evaluate(async () => (await browser.runtime.sendMessage({ type: 'library/list' })).data);
}

async function readerData(pageId: string): Promise<unknown> {
  const lib = await library();
  const page = lib.pages.find((p) => p.id === pageId);
  return { entry: page?.entry, url: page?.url, postTitle: page?.postTitle, highlights: lib.highlights.filter((h) => h.pageId === pageId) };
}

const painted = async (page: Page) => {
  const p = await paintedHighlights(page);
  return p.native ? p.ranges : p.marks;
};

describe('a hostile page against the reader, in Firefox', () => {
  let review: Page;
  let tabId: number;
  let pageId: string;
  let before: unknown;

  it('the reader saves a passage and types a note in the popup: the page sees no element before, and no key of the note', async () => {
    server.setPage('/attack/her.html', hostile(DEMO));
    review = await ff.browser.newPage();
    await review.goto(server.url('/attack/her.html'));
    tabId = await tabIdOf(ff, server.url('/attack/her.html'));
    await waitForDetection(ff, tabId);
    await new Promise((r) => setTimeout(r, 500));
    expect(await review.evaluate(() => document.querySelectorAll('reel-notes-ui, [data-reel-notes], [data-highlight-id]').length)).toBe(0);

    expect(await selectText(review, PASSAGE)).toBe(PASSAGE);
    await review.waitForSelector('reel-notes-ui');
    await clickSaveHighlight(review);
    await expect.poll(() => painted(review)).toEqual([PASSAGE]);

    const popup = await openPopup(ff, tabId);
    const press = (name: string) => popup.evaluate((n: string) => [...document.querySelectorAll<HTMLButtonElement>('.highlight button')].find((b) => b.textContent === n)!.click(), name);
    await press('Add note');
    await popup.waitForSelector('.highlight textarea');
    // Typed with the real keyboard, in the popup.
    await popup.type('.highlight textarea', NOTE);
    await press('Save note');
    await expect.poll(async () => (await library()).highlights.map((h) => h.note)).toContain(NOTE);
    await popup.close();

    const seen = (await review.evaluate(() => (window as any).seen)) as { keys: string[]; roots: unknown[] };
    expect(seen.keys.filter((k) => k !== 'Shift')).toEqual([]);
    pageId = (await library()).highlights.find((h) => h.note === NOTE).pageId;
    before = await readerData(pageId);
  });

  it('cannot read the control, nor find ids or the note in its DOM', async () => {
    const probe = await review.evaluate(() => {
      const host = document.querySelector('reel-notes-ui');
      return {
        host: Boolean(host),
        shadowRoot: host ? host.shadowRoot : 'no host',
        captured: (window as any).seen.roots.length,
        html: document.documentElement.outerHTML,
      };
    });
    expect(probe.host).toBe(true);
    expect(probe.shadowRoot).toBeNull();
    expect(probe.captured).toBe(0);
    expect(probe.html).not.toContain(NOTE);
    expect(probe.html).not.toContain('highlight-id');
  });

  it('cannot save or open anything by synthetic selection, mouseup, keyup and clicks', async () => {
    await review.evaluate(async () => {
      document.addEventListener('click', (e) => { if ((e.target as Element).closest?.('a')) e.preventDefault(); }, true);
      document.addEventListener('submit', (e) => e.preventDefault(), true);
      const paragraphs = [...document.querySelectorAll('p')].slice(0, 6);
      for (const p of paragraphs) {
        getSelection()!.selectAllChildren(p);
        const r = p.getBoundingClientRect();
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.right, clientY: r.bottom }));
        document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'Shift' }));
        await new Promise((ok) => setTimeout(ok, 50));
        const host = document.querySelector('reel-notes-ui') as HTMLElement | null;
        host?.click();
        host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await new Promise((ok) => setTimeout(ok, 50));
      }
    });
    await new Promise((r) => setTimeout(r, 800));
    expect(await readerData(pageId)).toEqual(before);
  });

  it('cannot take over the review with a canonical link from another port', async () => {
    const path = '/takeover/port.html';
    other.setPage(path, hostile(DEMO).replace('<head>', `<head><link rel="canonical" href="${server.url('/attack/her.html')}">`));
    const thief = await ff.browser.newPage();
    await thief.goto(other.url(path));
    const thiefTab = await tabIdOf(ff, other.url(path));
    await waitForDetection(ff, thiefTab);
    await new Promise((r) => setTimeout(r, 800));
    // The review's highlight is not handed to it, so nothing is painted there.
    expect(await painted(thief)).toEqual([]);
    const state = await ff.control!.evaluate(async (t: number) => (await browser.storage.session.get(`tab:${t}`))[`tab:${t}`], thiefTab);
    expect(state.pageId).toBe(other.url(path));
    await thief.close();
    expect(await readerData(pageId)).toEqual(before);
  });
});
