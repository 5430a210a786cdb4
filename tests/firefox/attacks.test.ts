/**
 * Issue 13 in firefox-esr: the attacks of tests/browser/attacks.test.ts, each
 * one here too. A hostile script in an ordinary page (127.0.0.1, no special
 * access) tries to read the control, to hear the note typed in the popup, to
 * save, edit or open anything through synthetic events, to load the page
 * tools by a selection it makes itself, to take over the review with a
 * canonical link (from another port, and from http to https of another host),
 * to flood the library with writes, and to carry formulas and `javascript:`
 * links out through the exports. Every one fails, and the reader's data is
 * unchanged afterwards. One browser for the whole file.
 *
 * What differs from Chromium is only how the test reaches in: Firefox shows no
 * background page to the driver, so the extension's APIs are called from one
 * of its own pages (`ff.control`); the control's closed shadow root is not
 * readable over BiDi either (no DevTools DOM with `pierce`), so the reader's
 * clicks on it are aimed by geometry (clickSaveHighlight) and its presence is
 * seen as the page sees it, one <reel-notes-ui> element.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickSaveHighlight, launchFirefox, openOptions, openPopup, paintedHighlights, selectText, setSelection, tabIdOf, waitForDetection, type LaunchedFirefox } from './firefox';
import { startServer, type PageServer } from '../browser/server';
import { attackPage, expectSafeCsv, expectSafeMarkdown, exportAttacks } from '../support/export-attacks';

declare const browser: any;

const DEMO = readFileSync('public/demo/her-review.html', 'utf8');
const PASSAGE = 'It is a high-waisted world of nerdy types';
const NOTE = 'My own words: Phoenix carries it.';
const HOSTILE = `<script>
  window.seen = { keys: [], roots: [] };
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) window.addEventListener(type, (e) => window.seen.keys.push(e.key || type), true);
  // Capture any shadow root anyone attaches, open or closed.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, init); window.seen.roots.push(root); return root; };
</script>`;
const hostile = (html: string) => html.replace('<head>', `<head>${HOSTILE}`);
/** A loaded two-core machine is slower than expect.poll's 1 s default. */
const POLL = { timeout: 8000, interval: 100 };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

/** Everything stored about the reader's review, to compare before and after the attacks. */
async function readerData(pageId: string): Promise<unknown> {
  const lib = await library();
  const page = lib.pages.find((p) => p.id === pageId);
  return { entry: page?.entry, correction: page?.correction, url: page?.url, postTitle: page?.postTitle, film: page?.detection?.film, highlights: lib.highlights.filter((h) => h.pageId === pageId) };
}

/** The tab's state as the background keeps it (what the popup and the side panel read). */
function tabState(tabId: number): Promise<any> {
  return ff.control!.evaluate(async (t: number) => (await browser.storage.session.get(`tab:${t}`))[`tab:${t}`] ?? null, tabId);
}

/**
 * The file an Export button of the library writes, pressed with the real mouse. The options page
 * builds it and hands it to a download link; the Blob is taken from that link (in the page, by
 * the driver) rather than from the downloads folder, which BiDi does not expose.
 */
async function exported(options: Page, format: 'letterboxd' | 'markdown'): Promise<string> {
  await options.evaluate(() => {
    (window as any).exportedFile = null;
    const create = URL.createObjectURL.bind(URL);
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (b: Blob) => {
      const url = create(b);
      blobs.set(url, b);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) (window as any).exportedFile = blobs.get(this.href)?.text() ?? null;
    };
  });
  await options.click(`button[data-format="${format}"]`);
  await options.waitForFunction(() => (window as any).exportedFile !== null, { timeout: 8000 });
  return options.evaluate(() => (window as any).exportedFile);
}

const painted = async (page: Page) => {
  const p = await paintedHighlights(page);
  return p.native ? p.ranges : p.marks;
};

const controlsIn = (page: Page) => page.evaluate(() => document.querySelectorAll('reel-notes-ui, [data-reel-notes]').length);

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
    await pause(500);
    // A review-like page, merely visited: nothing of Reel Notes is in its DOM.
    expect(await review.evaluate(() => document.querySelectorAll('reel-notes-ui, [data-reel-notes], [data-highlight-id]').length)).toBe(0);

    expect(await selectText(review, PASSAGE)).toBe(PASSAGE);
    await review.waitForSelector('reel-notes-ui');
    await clickSaveHighlight(review);
    await expect.poll(() => painted(review), POLL).toEqual([PASSAGE]);

    const popup = await openPopup(ff, tabId);
    const press = (name: string) => popup.evaluate((n: string) => [...document.querySelectorAll<HTMLButtonElement>('.highlight button')].find((b) => b.textContent === n)!.click(), name);
    await press('Add note');
    await popup.waitForSelector('.highlight textarea');
    // Typed with the real keyboard, in the popup.
    await popup.type('.highlight textarea', NOTE);
    await press('Save note');
    await expect.poll(async () => (await library()).highlights.map((h) => h.note), POLL).toContain(NOTE);
    await popup.close();

    const seen = (await review.evaluate(() => (window as any).seen)) as { keys: string[]; roots: unknown[] };
    // The one key the page saw is the reader's Shift on the page itself (ending the selection), none of the note.
    expect(seen.keys.filter((k) => k !== 'Shift')).toEqual([]);
    pageId = (await library()).highlights.find((h) => h.note === NOTE).pageId;
    before = await readerData(pageId);
    expect(JSON.stringify(before)).toContain(NOTE);
  });

  it('cannot read the control, nor find ids or the note in its DOM', async () => {
    const probe = await review.evaluate(() => {
      const host = document.querySelector('reel-notes-ui');
      return {
        host: Boolean(host),
        shadowRoot: host ? host.shadowRoot : 'no host',
        captured: (window as any).seen.roots.length,
        html: document.documentElement.outerHTML,
        ids: document.querySelectorAll('[data-highlight-id]').length,
      };
    });
    expect(probe.host).toBe(true);
    expect(probe.shadowRoot).toBeNull();
    // Patching attachShadow in the page's world catches nothing: the content script's world has its own (Xray).
    expect(probe.captured).toBe(0);
    expect(probe.ids).toBe(0);
    expect(probe.html).not.toContain(NOTE);
    expect(probe.html).not.toContain('highlight-id');
  });

  it('cannot save, edit or open anything by synthetic selection, mouseup, keyup, clicks and submit', async () => {
    const focusBefore = (await tabState(tabId)).panelFocus ?? null;
    await review.evaluate(async () => {
      const wait = () => new Promise((ok) => setTimeout(ok, 50));
      // (The attacker keeps its own links from navigating away while it clicks around.)
      document.addEventListener('click', (e) => { if ((e.target as Element).closest?.('a')) e.preventDefault(); }, true);
      document.addEventListener('submit', (e) => e.preventDefault(), true);
      const paragraphs = [...document.querySelectorAll('p')].slice(0, 6);
      for (const p of paragraphs) {
        getSelection()!.selectAllChildren(p);
        const r = p.getBoundingClientRect();
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.right, clientY: r.bottom }));
        document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'Shift' }));
        await wait();
        const host = document.querySelector('reel-notes-ui') as HTMLElement | null;
        if (host) {
          host.click();
          host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          host.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
          const b = host.getBoundingClientRect();
          (document.elementFromPoint(b.x + 5, b.y + 5) as HTMLElement | null)?.click();
        }
        for (const form of document.querySelectorAll('form')) form.requestSubmit?.();
        await wait();
      }
      // The caret in the painted passage, a synthetic keyup and a click on it: once this opened a card with the note.
      for (const [, hl] of (CSS as any).highlights as Map<string, Set<Range>>) {
        for (const r of hl) {
          getSelection()!.collapse(r.startContainer, r.startOffset + 1);
          document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'ArrowRight' }));
          const b = r.getBoundingClientRect();
          r.startContainer.parentElement!.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: b.x + 3, clientY: b.y + 3 }));
        }
      }
      await wait();
    });
    await pause(800);
    expect(await readerData(pageId)).toEqual(before);
    // No highlight was "clicked" for the side panel to show either.
    expect((await tabState(tabId)).panelFocus ?? null).toEqual(focusBefore);
    expect(await review.evaluate(() => document.documentElement.outerHTML)).not.toContain(NOTE);
  });

  it('on a page that is no review, a synthetic selection loads nothing at all', async () => {
    const path = '/attack/plain.html';
    server.setPage(path, hostile('<!doctype html><html><head><title>Plain</title></head><body><p>Nothing about films here, only a long enough paragraph of text to select.</p></body></html>'));
    const plain = await ff.browser.newPage();
    await plain.goto(server.url(path));
    await pause(500);
    await plain.evaluate(() => {
      getSelection()!.selectAllChildren(document.querySelector('p')!);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'Shift', shiftKey: true }));
    });
    await pause(1000);
    expect(await controlsIn(plain)).toBe(0);
    // The reader's own selection does load the control there (so the wait above was long enough to see one).
    await selectText(plain, 'only a long enough paragraph');
    await plain.waitForSelector('reel-notes-ui', { timeout: 8000 });
    await plain.close();
  });

  it('cannot take over the review with a canonical link from another port, or from http to https of another host', async () => {
    const reviewUrl = server.url('/attack/her.html');
    const claims = [
      // Same host name, another port.
      { url: other.url('/takeover/port.html'), at: other, path: '/takeover/port.html', canonical: reviewUrl },
      // An http page naming the https twin of the review on another host ("localhost" claiming 127.0.0.1).
      { url: server.url('/takeover/https.html').replace('127.0.0.1', 'localhost'), at: server, path: '/takeover/https.html', canonical: reviewUrl.replace('http://', 'https://') },
    ];
    for (const claim of claims) {
      claim.at.setPage(claim.path, hostile(DEMO).replace('<head>', `<head><link rel="canonical" href="${claim.canonical}">`));
      const thief = await ff.browser.newPage();
      await thief.goto(claim.url);
      const thiefTab = await tabIdOf(ff, claim.url);
      await waitForDetection(ff, thiefTab);
      await pause(800);
      // Its own record, not the review's: the review's highlight is not handed to it, so nothing is painted there.
      const state = await tabState(thiefTab);
      expect(state.pageId).not.toBe(pageId);
      expect(await painted(thief)).toEqual([]);
      // And what it saves (the reader's own selection there) goes to its own record.
      expect(await selectText(thief, 'creepy dude')).toBe('creepy dude');
      await thief.waitForSelector('reel-notes-ui');
      await clickSaveHighlight(thief);
      await expect.poll(() => painted(thief), POLL).toEqual(['creepy dude']);
      const own = (await library()).highlights.filter((h) => h.pageId === (state.pageId ?? claim.url));
      expect(own.map((h) => h.text)).toEqual(['creepy dude']);
      await thief.close();
    }
    expect(await readerData(pageId)).toEqual(before);
  });

  it("100 writes in a second: none from the page's script; from the content script's world, refused after 10 and recorded", async () => {
    const path = '/attack/flood.html';
    server.setPage(path, hostile(DEMO));
    const flood = await ff.browser.newPage();
    await flood.goto(server.url(path));
    const floodTab = await tabIdOf(ff, server.url(path));
    await waitForDetection(ff, floodTab);
    const count = async () => (await library()).highlights.filter((h) => h.pageId === server.url(path)).length;

    // The page's script drives the control 100 times in a second: nothing is saved.
    await setSelection(flood, 'creepy dude');
    await flood.keyboard.press('Shift');
    await flood.waitForSelector('reel-notes-ui');
    await flood.evaluate(async () => {
      const host = document.querySelector('reel-notes-ui') as HTMLElement;
      for (let i = 0; i < 100; i++) {
        host.click();
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    await pause(500);
    expect(await count()).toBe(0);

    // A content script (say, a compromised renderer) sends 100 at once: 10 go in, the rest are refused.
    // Firefox runs a function given to scripting.executeScript in the extension's content-script
    // sandbox of that tab, the same world (and sender: the tab, its URL) as the page tools. BiDi's own
    // script.evaluate cannot reach that world (its sandboxes are the driver's, not the extension's),
    // so the call is made from the extension's page, as the Chromium test makes it from the worker.
    const replies = (await ff.control!.evaluate(async (t: number) => {
      const [r] = await browser.scripting.executeScript({
        target: { tabId: t },
        func: () => {
          const out = [];
          for (let i = 0; i < 100; i++) {
            out.push(browser.runtime.sendMessage({ type: 'highlight/create', url: location.href, text: 'creepy dude', selectors: [{ type: 'TextQuoteSelector', exact: 'creepy dude' }], color: 'yellow' }));
          }
          return Promise.all(out);
        },
      });
      return r.result;
    }, floodTab)) as { ok: boolean; error?: string }[];
    expect(replies).toHaveLength(100);
    expect(replies.filter((r) => r.ok)).toHaveLength(10);
    expect(replies.filter((r) => !r.ok).every((r) => /Refused: more than 10 highlight writes/.test(r.error ?? ''))).toBe(true);
    expect(await count()).toBe(10);
    // The refusal is recorded, and the popup shows it for that tab.
    expect((await tabState(floodTab)).refusedWrites).toMatchObject({ count: 90, reason: expect.stringMatching(/highlight writes/) });
    const popup = await openPopup(ff, floodTab);
    expect(await popup.$eval('.refused-writes', (el) => (el as HTMLElement).innerText)).toContain('Refused 90 writes from this page');
    await popup.close();
    await flood.close();
    expect(await readerData(pageId)).toEqual(before);
  });

  it('painting can be turned off for the site: the page then gets nothing painted', async () => {
    expect(await painted(review)).toEqual([PASSAGE]);
    const popup = await openPopup(ff, tabId);
    const toggle = '.site-settings input[type="checkbox"]';
    const checked = () => popup.$eval(toggle, (el) => (el as HTMLInputElement).checked);
    expect(await popup.$eval('.site-settings label', (el) => (el as HTMLElement).innerText)).toContain('Paint highlights on this site');
    expect(await checked()).toBe(true);
    // Pressed through the DOM, as the popup's own buttons are in the first test: the popup's lower
    // sections (other reviews of the film) arrive after it is ready and move the checkbox, so a
    // mouse click aimed a moment earlier can land beside it.
    const press = (p: Page) => p.$eval(toggle, (el) => (el as HTMLInputElement).click());
    await press(popup);
    expect(await checked()).toBe(false);
    await expect.poll(() => painted(review), POLL).toEqual([]);
    await review.reload();
    await waitForDetection(ff, tabId);
    await pause(800);
    expect(await painted(review)).toEqual([]);
    expect(await review.evaluate(() => document.querySelectorAll('[data-reel-notes]').length)).toBe(0);
    await popup.close();
    // The setting is kept: a new popup shows it off; turned on again, the passage is painted again.
    const again = await openPopup(ff, tabId);
    expect(await again.$eval(toggle, (el) => (el as HTMLInputElement).checked)).toBe(false);
    await press(again);
    await expect.poll(() => painted(review), POLL).toEqual([PASSAGE]);
    await again.close();
    expect(await readerData(pageId)).toEqual(before);
  });

  it("exports: formulas from page text are neutralised in the Letterboxd CSV, the reader's words stay exact; Markdown has no live javascript: link and no remote image", async () => {
    const pixel = server.url('/pixel.gif');
    const payloads = exportAttacks(pixel);
    for (const p of payloads) {
      server.setPage(p.path, hostile(attackPage(p)));
      const page = await ff.browser.newPage();
      await page.goto(server.url(p.path));
      const t = await tabIdOf(ff, server.url(p.path));
      const detection = await waitForDetection(ff, t);
      expect(detection.film?.title).toBe(p.film);
      // The reader types the review in the popup, with the real keyboard.
      const popup = await openPopup(ff, t);
      await popup.waitForSelector('#note');
      await popup.type('#note', p.note);
      await expect.poll(async () => (await library()).pages.find((pg) => pg.url === server.url(p.path))?.entry.note, POLL).toBe(p.note);
      await popup.close();
      await page.close();
    }

    const options = await openOptions(ff);
    await options.click('#tab-data');
    await options.waitForSelector('button[data-format="letterboxd"]');
    expectSafeCsv(await exported(options, 'letterboxd'), payloads);
    expectSafeMarkdown(await exported(options, 'markdown'), pixel);
    await options.close();
    expect(await readerData(pageId)).toEqual(before);
  });
});
