/**
 * Graceful degradation in Firefox: where the CSS Custom Highlight API is
 * missing (Firefox 128-139, which the build supports, or a browser with it
 * turned off), highlights are still saved and still visible, painted as
 * <mark data-reel-notes> elements.
 *
 * firefox-esr here is newer than 140 and the API cannot be removed from an
 * extension's isolated world, so this runs the built page tools
 * (dist-firefox/src/content/tools/page-tools.js, byte for byte what the
 * background injects) in the page's own world, where `CSS.highlights` and
 * `Highlight` can be deleted, with a stand-in for the extension messaging that
 * keeps saved highlights in sessionStorage across a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIREFOX_DIST, clickSaveHighlight, launchFirefox, paintedHighlights, selectText, type LaunchedFirefox } from './firefox';
import { startServer, type PageServer } from '../browser/server';

const PASSAGE = 'Gradually Theodore becomes more and more reliant on his virtual lover';

let server: PageServer;
let ff: LaunchedFirefox;
let tools: string;

beforeAll(async () => {
  tools = readFileSync(join(FIREFOX_DIST, 'src/content/tools/page-tools.js'), 'utf8');
  server = await startServer();
  ff = await launchFirefox({ extension: false });
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** Removes the Highlight API from the page, stands in for the background, and runs the page tools. */
async function startToolsWithoutHighlightApi(page: Page): Promise<void> {
  await page.evaluate(() => {
    delete (CSS as any).highlights;
    delete (globalThis as any).Highlight;
    const KEY = 'reel-notes-test-highlights';
    const saved = (): any[] => JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    const handle = (m: any): unknown => {
      switch (m.type) {
        case 'highlights/forPage':
          return { pageId: location.href, highlights: saved(), paint: true };
        case 'highlight/create': {
          const now = Date.now();
          const highlight = { id: crypto.randomUUID(), pageId: location.href, text: m.text, selectors: m.selectors, color: m.color, note: '', lastStatus: 'placed', createdAt: now, updatedAt: now };
          sessionStorage.setItem(KEY, JSON.stringify([...saved(), highlight]));
          return { highlight };
        }
        case 'highlights/status':
          return { updated: m.statuses.length };
        default:
          return { pageId: location.href };
      }
    };
    const api = {
      runtime: {
        id: 'reel-notes-test',
        sendMessage: async (m: unknown) => ({ ok: true, data: handle(m) }),
        onMessage: { addListener() {}, removeListener() {}, hasListener: () => false },
      },
    };
    Object.assign(globalThis, { browser: api, chrome: api });
  });
  await page.addScriptTag({ content: tools });
}

describe('highlights without the CSS Custom Highlight API (Firefox < 140)', () => {
  it('are painted as <mark> elements, visibly, and again after a reload', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/demo/her-review.html'));
    const paragraphBefore = await page.evaluate((p: string) => [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(p))?.textContent, PASSAGE);
    await startToolsWithoutHighlightApi(page);
    expect(await page.evaluate(() => 'highlights' in CSS || 'Highlight' in globalThis)).toBe(false);

    expect(await selectText(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForSelector('reel-notes-ui');
    await clickSaveHighlight(page);
    await expect.poll(async () => (await paintedHighlights(page)).marks.join('')).toBe(PASSAGE);
    const painted = await paintedHighlights(page);
    expect(painted.native).toBe(false);

    // Visible: the mark has the highlight colour, and the paragraph reads the same.
    const look = await page.evaluate((p: string) => {
      const mark = document.querySelector('mark[data-reel-notes]')!;
      return {
        color: mark.getAttribute('data-reel-notes'),
        background: getComputedStyle(mark).backgroundColor,
        text: [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(p))?.textContent,
      };
    }, PASSAGE);
    expect(look.color).toBe('yellow');
    expect(look.background).toMatch(/^rgba\(255, 214, 10, 0\.\d+\)$/);
    expect(look.text).toBe(paragraphBefore);

    await page.reload();
    expect(await page.$$eval('mark[data-reel-notes]', (m) => m.length)).toBe(0);
    await startToolsWithoutHighlightApi(page);
    await expect.poll(async () => (await paintedHighlights(page)).marks.join(''), { timeout: 10_000 }).toBe(PASSAGE);
    await page.close();
  });
});
