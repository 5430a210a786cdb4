/**
 * Issue 13 in Chromium: a hostile script in an ordinary page (served on
 * 127.0.0.1, no special access) tries every attack of the issue against the
 * built extension, and every one fails with the reader's data unchanged.
 * The export payloads (tests/support/export-attacks.ts) go through the
 * browser as well, from the page's text and the reader's typing to the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openOptions, openPopup, openSidePanel, storedRecords, tabIdOf, tabState, useExtension, waitForDetection } from './chromium';
import { controlText, paintedTexts, saveWithButton, selectText, setSelection } from './page-helpers';
import { startServer, useServer, type PageServer } from './server';
import { attackPage, expectSafeCsv, expectSafeMarkdown, exportAttacks } from '../support/export-attacks';
import { afterAll, beforeAll } from 'vitest';

const DEMO = readFileSync('public/demo/her-review.html', 'utf8');
const PASSAGE = 'an air of melancholy as it delves into the romantic entanglement';
const NOTE = 'My own words: Phoenix carries it.';

/** The hostile script: records what it can see and offers helpers the tests call in the page's world. */
const HOSTILE = `<script>
  window.seen = { keys: [], inputs: 0, roots: [] };
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) {
    window.addEventListener(type, (e) => { if (e.key) window.seen.keys.push(e.key); else window.seen.inputs++; }, true);
  }
  // Capture any shadow root anyone attaches, open or closed.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, init); window.seen.roots.push(root); return root; };
</script>`;

const hostile = (html: string) => html.replace('<head>', `<head>${HOSTILE}`);

const server = useServer();
let other: PageServer;
beforeAll(async () => {
  other = await startServer();
});
afterAll(async () => {
  await other?.close();
});
const l = useExtension();

/** Everything stored about the reader's review, to compare before and after the attacks. */
async function readerData(pageId: string): Promise<unknown> {
  const page = (await storedRecords(l, 'pages')).find((p) => p.id === pageId);
  const highlights = (await storedRecords(l, 'highlights')).filter((h) => h.pageId === pageId);
  return { entry: page?.entry, correction: page?.correction, url: page?.url, postTitle: page?.postTitle, film: page?.detection?.film, highlights };
}

/** Sends from the content-script world of a tab (what a compromised page tool could send). */
async function fromContentScript(tabId: number, func: string): Promise<any> {
  return l.worker.evaluate(`(async () => {
    const [r] = await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${func} });
    return r.result;
  })()`);
}

describe('a hostile page against the reader', () => {
  let review: Page;
  let reviewTab: number;
  let pageId: string;
  let before: unknown;

  it('the reader saves a passage and writes a note in the popup; the page sees no key and no element', async () => {
    server.setPage('/attack/her.html', hostile(DEMO));
    review = await l.context.newPage();
    await review.goto(server.url('/attack/her.html'));
    reviewTab = await tabIdOf(l, review);
    await waitForDetection(l, reviewTab);
    // A review-like page, merely visited: nothing of Reel Notes is in its DOM.
    await review.waitForTimeout(500);
    expect(await review.evaluate(`document.querySelectorAll('reel-notes-ui, [data-reel-notes], [data-highlight-id]').length`)).toBe(0);

    await saveWithButton(review, PASSAGE);
    const popup = await openPopup(l, reviewTab);
    const item = popup.locator('.highlight').first();
    await item.getByRole('button', { name: 'Add note' }).click();
    await popup.keyboard.type(NOTE);
    await item.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => popup.locator('.hl-note').first().innerText()).toBe(NOTE);
    await popup.close();

    const seen = (await review.evaluate('window.seen')) as { keys: string[]; inputs: number };
    // The one key the page saw is the reader's Shift on the page itself (ending the selection), none of the note.
    expect(seen.keys.filter((k) => k !== 'Shift')).toEqual([]);
    expect(seen.inputs).toBe(0);
    pageId = (await tabState(l, reviewTab)).pageId;
    before = await readerData(pageId);
    expect(JSON.stringify(before)).toContain(NOTE);
  });

  it('cannot read the control: closed shadow root, no ids, no note text in the page', async () => {
    const probe = (await review.evaluate(`(() => {
      const host = document.querySelector('reel-notes-ui');
      return {
        host: Boolean(host),
        shadowRoot: host ? host.shadowRoot : 'no host',
        captured: window.seen.roots.length,
        html: document.documentElement.outerHTML,
        ids: document.querySelectorAll('[data-highlight-id]').length,
        fromPoint: (() => { const r = host && host.getBoundingClientRect(); return r ? String(document.elementFromPoint(r.x + 2, r.y + 2)?.localName) : null; })(),
      };
    })()`)) as { host: boolean; shadowRoot: unknown; captured: number; html: string; ids: number };
    expect(probe.host).toBe(true);
    expect(probe.shadowRoot).toBeNull();
    // Patching attachShadow in the page's world catches nothing: the extension's world has its own.
    expect(probe.captured).toBe(0);
    expect(probe.ids).toBe(0);
    expect(probe.html).not.toContain(NOTE);
    expect(probe.html).not.toContain('highlight-id');
    // Not even the browser's full view of the control holds the note.
    expect(await controlText(review)).not.toContain(NOTE);
  });

  it('cannot save, edit or delete by synthetic selection, mouseup, keyup, clicks and submit', async () => {
    const focusBefore = (await tabState(l, reviewTab)).panelFocus;
    await review.evaluate(`(async () => {
      const pause = () => new Promise((r) => setTimeout(r, 50));
      // (The attacker keeps its own links from navigating away while it clicks around.)
      document.addEventListener('click', (e) => { if (e.target.closest && e.target.closest('a')) e.preventDefault(); }, true);
      document.addEventListener('submit', (e) => e.preventDefault(), true);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const texts = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim().length > 40) texts.push(n);
      for (const n of texts.slice(0, 8)) {
        const range = document.createRange();
        range.setStart(n, 0);
        range.setEnd(n, 30);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        const r = range.getBoundingClientRect();
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.right, clientY: r.bottom }));
        document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'Shift' }));
        await pause();
        const host = document.querySelector('reel-notes-ui');
        if (host) {
          host.click();
          host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          host.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
          const b = host.getBoundingClientRect();
          document.elementFromPoint(b.x + 5, b.y + 5)?.click();
        }
        for (const form of document.querySelectorAll('form')) form.requestSubmit?.();
        await pause();
      }
      // The caret in the painted passage, a synthetic keyup and clicks: once this opened a card with the note.
      for (const [, hl] of CSS.highlights) for (const r of hl) {
        getSelection().collapse(r.startContainer, r.startOffset + 1);
        document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'ArrowRight' }));
        const b = r.getBoundingClientRect();
        r.startContainer.parentElement.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: b.x + 3, clientY: b.y + 3 }));
      }
      await pause();
    })()`);
    await review.waitForTimeout(800);
    expect(await readerData(pageId)).toEqual(before);
    expect((await tabState(l, reviewTab)).panelFocus ?? null).toEqual(focusBefore ?? null);
    expect(await review.evaluate('document.documentElement.outerHTML')).not.toContain(NOTE);
  });

  it('on a page that is no review, a synthetic selection loads nothing at all', async () => {
    server.setPage('/attack/plain.html', hostile('<!doctype html><html><head><title>Plain</title></head><body><p>Nothing about films here, only a long enough paragraph of text to select.</p></body></html>'));
    const plain = await l.context.newPage();
    await plain.goto(server.url('/attack/plain.html'));
    await plain.waitForTimeout(500);
    await plain.evaluate(`(() => {
      const p = document.querySelector('p');
      getSelection().selectAllChildren(p);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'Shift', shiftKey: true }));
    })()`);
    await plain.waitForTimeout(1000);
    expect(await plain.evaluate(`document.querySelectorAll('reel-notes-ui, [data-reel-notes]').length`)).toBe(0);
    // The reader's own selection does load the control there.
    await selectText(plain, 'only a long enough paragraph');
    await expect.poll(() => controlText(plain)).toContain('Save highlight');
    await plain.close();
  });

  it('cannot take over the review with a canonical link from another port, or from http to https of another host', async () => {
    const reviewUrl = server.url('/attack/her.html');
    const claims = [
      // Same host name, another port.
      { at: other, path: '/takeover/port.html', canonical: reviewUrl },
      // http page naming https of another host (the review's https twin, on 127.0.0.1, from "localhost").
      { at: null, path: '/takeover/https.html', canonical: reviewUrl.replace('http://', 'https://') },
    ];
    for (const claim of claims) {
      const html = hostile(DEMO).replace('<head>', `<head><link rel="canonical" href="${claim.canonical}">`);
      const base = claim.at ?? server;
      base.setPage(claim.path, html);
      const url = claim.at ? base.url(claim.path) : base.url(claim.path).replace('127.0.0.1', 'localhost');
      const thief = await l.context.newPage();
      await thief.goto(url);
      const thiefTab = await tabIdOf(l, thief);
      await waitForDetection(l, thiefTab);
      // Its own record, not the review's: nothing of the reader's is painted there.
      const state = await tabState(l, thiefTab);
      expect(state.pageId).not.toBe(pageId);
      await thief.waitForTimeout(500);
      expect(await paintedTexts(thief)).toEqual([]);
      // And what it saves goes to its own record.
      await saveWithButton(thief, 'creepy dude');
      const own = (await storedRecords(l, 'highlights')).filter((h) => h.pageId === state.pageId);
      expect(own.map((h) => h.text)).toEqual(['creepy dude']);
      await thief.close();
    }
    expect(await readerData(pageId)).toEqual(before);
  });

  it('100 writes in a second: none from the page\'s script; from the content script\'s world, refused after 10 and recorded', async () => {
    server.setPage('/attack/flood.html', hostile(DEMO));
    const flood = await l.context.newPage();
    await flood.goto(server.url('/attack/flood.html'));
    const floodTab = await tabIdOf(l, flood);
    await waitForDetection(l, floodTab);
    const count = async () => (await storedRecords(l, 'highlights')).filter((h) => h.pageId === server.url('/attack/flood.html')).length;

    // The page's script drives the control 100 times in a second: nothing is saved.
    await setSelection(flood, 'creepy dude');
    await flood.keyboard.press('Shift');
    await expect.poll(() => controlText(flood)).toContain('Save highlight');
    await flood.evaluate(`(async () => {
      const host = document.querySelector('reel-notes-ui');
      for (let i = 0; i < 100; i++) {
        host.click();
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 10));
      }
    })()`);
    await flood.waitForTimeout(500);
    expect(await count()).toBe(0);

    // A content script (say, a compromised renderer) sends 100 in a second: 10 go in, the rest are refused.
    const replies = (await fromContentScript(floodTab, `async () => {
      const out = [];
      for (let i = 0; i < 100; i++) {
        out.push(chrome.runtime.sendMessage({ type: 'highlight/create', url: location.href, text: 'creepy dude', selectors: [{ type: 'TextQuoteSelector', exact: 'creepy dude' }], color: 'yellow' }));
      }
      return Promise.all(out);
    }`)) as { ok: boolean; error?: string }[];
    expect(replies.filter((r) => r.ok)).toHaveLength(10);
    expect(replies.filter((r) => !r.ok).every((r) => /Refused: more than 10 highlight writes/.test(r.error ?? ''))).toBe(true);
    expect(await count()).toBe(10);
    // The refusal is recorded where the popup and the side panel read the tab's state.
    const popup = await openPopup(l, floodTab);
    const state = (await popup.evaluate(`chrome.runtime.sendMessage({ type: 'popup/state', tabId: ${floodTab} }).then((r) => r.data)`)) as any;
    expect(state.tab.refusedWrites).toMatchObject({ count: 90, reason: expect.stringMatching(/highlight writes/) });
    expect(await popup.locator('.refused-writes').innerText()).toContain('Refused 90 writes from this page');
    await popup.close();
    // The side panel, where the reader keeps reading, says it too.
    const panel = await openSidePanel(l, floodTab);
    await expect.poll(() => panel.locator('.refused-writes').innerText().catch(() => '')).toContain('Refused 90 writes from this page');
    await panel.close();
    await flood.close();
    expect(await readerData(pageId)).toEqual(before);
  });

  it('painting can be turned off for the site: the page then gets nothing painted', async () => {
    expect((await paintedTexts(review)).length).toBe(1);
    const popup = await openPopup(l, reviewTab);
    const toggle = popup.getByRole('checkbox', { name: 'Paint highlights on this site' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => paintedTexts(review)).toEqual([]);
    await review.reload();
    await waitForDetection(l, reviewTab);
    await review.waitForTimeout(600);
    expect(await paintedTexts(review)).toEqual([]);
    expect(await review.evaluate(`document.querySelectorAll('[data-reel-notes]').length`)).toBe(0);
    await popup.reload();
    await popup.waitForSelector('[data-ready="true"]');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(async () => (await paintedTexts(review)).length).toBe(1);
    await popup.close();
    expect(await readerData(pageId)).toEqual(before);
  });

  it("exports: formulas from page text are neutralised in the Letterboxd CSV, the reader's words stay exact; Markdown has no live javascript: link and no remote image", async () => {
    const pixel = server.url('/pixel.gif');
    const attacks = exportAttacks(pixel);
    for (const a of attacks) {
      server.setPage(a.path, hostile(attackPage(a)));
      const page = await l.context.newPage();
      await page.goto(server.url(a.path));
      const t = await tabIdOf(l, page);
      expect((await waitForDetection(l, t)).film?.title).toBe(a.film);
      // The reader types the review in the popup, key by key.
      const popup = await openPopup(l, t);
      await popup.locator('#note').pressSequentially(a.note);
      await expect.poll(async () => (await storedRecords(l, 'pages')).find((p) => p.url === server.url(a.path))?.entry.note).toBe(a.note);
      await popup.close();
      await page.close();
    }
    // The files the library's Export buttons download.
    const options = await openOptions(l);
    await options.getByRole('tab', { name: /Export, import/ }).click();
    const exported = async (format: string) => {
      const [download] = await Promise.all([options.waitForEvent('download'), options.locator(`button[data-format="${format}"]`).click()]);
      return readFileSync((await download.path())!, 'utf8');
    };
    expectSafeCsv(await exported('letterboxd'), attacks);
    expectSafeMarkdown(await exported('markdown'), pixel);
    await options.close();
    expect(await readerData(pageId)).toEqual(before);
  });
});
