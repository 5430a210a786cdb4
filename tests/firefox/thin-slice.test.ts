/**
 * The Firefox build in Debian's firefox-esr: detection and badge on the demo
 * review, a rating and a note kept in the popup, a highlight saved with the
 * in-page control (clicked for real: it is in a closed shadow root) and painted again after a reload, and the options page
 * listing it all. One browser for the file; the tests run in order and build
 * on each other, as a reader's visit would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  badgeText,
  clickSaveHighlight,
  launchFirefox,
  openOptions,
  openPopup,
  paintedHighlights,
  selectText,
  tabIdOf,
  waitForDetection,
  type LaunchedFirefox,
} from './firefox';
import { startServer, type PageServer } from '../browser/server';

declare const browser: any;

const PASSAGE = 'It is a high-waisted world of nerdy types';
const NOTE = 'Phoenix carries it. The letters scenes!';

let server: PageServer;
let ff: LaunchedFirefox;
let review: Page;
let tabId: number;

beforeAll(async () => {
  server = await startServer();
  ff = await launchFirefox();
  review = await ff.browser.newPage();
  await review.goto(server.url('/demo/her-review.html'));
  tabId = await tabIdOf(ff, server.url('/demo/her-review.html'));
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('the demo review in Firefox', () => {
  it('detects the film and shows the badge', async () => {
    const detection = await waitForDetection(ff, tabId);
    expect(detection.isReview).toBe(true);
    expect(detection.film.title).toBe('Her');
    expect(detection.film.directors).toEqual(['Spike Jonze']);
    expect(detection.film.cast.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['Joaquin Phoenix', 'Scarlett Johansson', 'Amy Adams']),
    );
    await expect.poll(() => badgeText(ff, tabId)).toBe('★');

    const popup = await openPopup(ff, tabId);
    await expect.poll(() => popup.$eval('#film-heading', (e) => e.textContent ?? '')).toContain('Her');
    await popup.close();
  });

  it('keeps a rating and a note set in the popup', async () => {
    const popup = await openPopup(ff, tabId);
    // Half stars as a radio group: 3 stars, then one step right with the keyboard = 3.5.
    await popup.click('label[title="3 stars"]');
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.$eval('input[aria-label="3.5 stars"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await popup.type('#note', NOTE);
    await expect.poll(() => popup.$eval('.save-status', (e) => e.textContent ?? ''), { timeout: 5000 }).toContain('Saved');
    await popup.close();

    const again = await openPopup(ff, tabId);
    expect(await again.$eval('input[aria-label="3.5 stars"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    expect(await again.$eval('#note', (e) => (e as HTMLTextAreaElement).value)).toBe(NOTE);
    await again.close();
  });

  it('saves a highlight with the in-page button and paints it again after a reload', async () => {
    expect(await selectText(review, PASSAGE)).toBe(PASSAGE);
    // The control is in a closed shadow root: the page (and puppeteer) sees only its host.
    await review.waitForSelector('reel-notes-ui');
    expect(await review.$eval('reel-notes-ui', (e) => e.shadowRoot)).toBeNull();
    await clickSaveHighlight(review);
    await expect.poll(async () => {
      const p = await paintedHighlights(review);
      return [...p.ranges, ...p.marks].join('');
    }).toBe(PASSAGE);

    await review.reload();
    // Firefox 140+ paints with CSS.highlights; older versions with <mark data-reel-notes>.
    await expect.poll(async () => {
      const p = await paintedHighlights(review);
      return (p.native ? p.ranges : p.marks).join('');
    }, { timeout: 10_000 }).toBe(PASSAGE);
    // The page's DOM is untouched where the native API exists.
    const after = await paintedHighlights(review);
    if (after.native) expect(after.marks).toEqual([]);

    const popup = await openPopup(ff, tabId);
    await expect.poll(() => popup.evaluate(() => document.body.textContent ?? '')).toContain(PASSAGE);
    await popup.close();
  });

  // The page never says 2013: the year is the film index's.
  it('lists the saved page in the options page', async () => {
    const options = await openOptions(ff);
    const row = await options.evaluate(() =>
      [...document.querySelectorAll('tr[data-page-id]')].map((tr) => ({
        film: tr.querySelector('.film')?.textContent,
        rating: tr.querySelector('.rating')?.textContent,
        note: tr.querySelector('.note')?.textContent,
        highlights: tr.querySelector('td.num')?.textContent?.trim(),
      })),
    );
    expect(row).toEqual([{ film: 'Her (2013)', rating: '3.5 / 5', note: NOTE, highlights: '1' }]);
    await options.close();
  });

  it('saves the selection from the keyboard shortcut and the context menu', async () => {
    // Shortcuts and menu clicks cannot be synthesised, so call the background's
    // handlers; Firefox event pages are reachable with runtime.getBackgroundPage.
    const shortcuts = await ff.control!.evaluate(async () => (await browser.commands.getAll()).map((c: any) => `${c.name} ${c.shortcut}`));
    expect(shortcuts).toEqual(['save-highlight Alt+Shift+H']);
    const viaBackground = (handler: 'onCommand' | 'onMenuClick', name: string) =>
      ff.control!.evaluate(async (h: string, n: string, t: number) => {
        const bg = await browser.runtime.getBackgroundPage();
        return bg.reelNotes[h](n, t);
      }, handler, name, tabId);

    const byKey = 'Gradually Theodore becomes more and more reliant';
    await selectText(review, byKey);
    expect(await viaBackground('onCommand', 'save-highlight')).toMatchObject({ id: expect.any(String) });
    const byMenu = 'The melancholy which runs through the seam of this film';
    await selectText(review, byMenu);
    expect(await viaBackground('onMenuClick', 'reel-notes-save-highlight')).toMatchObject({ id: expect.any(String) });

    const painted = await paintedHighlights(review);
    expect(painted.native ? painted.ranges : painted.marks).toEqual(expect.arrayContaining([PASSAGE, byKey, byMenu]));
  });

  it('leaves a page that is not a review alone: no badge, no page tools', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/not-a-review.html'));
    const id = await tabIdOf(ff, server.url('/not-a-review.html'));
    await new Promise((r) => setTimeout(r, 800));
    expect(await badgeText(ff, id)).toBe('');
    expect(await page.$$eval('reel-notes-ui', (els) => els.length)).toBe(0);
    await page.close();
  });
});
