/**
 * Issue 15 (first run) and issue 13 (the side panel) in firefox-esr: the
 * welcome page opens on install and shows the shortcut as Firefox has it,
 * also after the reader remapped it; the side panel's page shows the review
 * beside it, lists what is saved as it is saved, and follows the active tab.
 *
 * Firefox opens a sidebar (`sidebarAction.open()`) only from a user action on
 * its own UI, which WebDriver BiDi cannot give, so the panel's page is opened
 * as a tab standing in for the sidebar (`?tab=<id>`, as the Chromium tests do);
 * the manifest's `sidebar_action` names that same page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ORIGIN, launchFirefox, openExtensionPage, tabIdOf, waitForDetection, type LaunchedFirefox } from './firefox';
import { startServer, type PageServer } from '../browser/server';

declare const browser: any;

let server: PageServer;
let ff: LaunchedFirefox;
beforeAll(async () => {
  server = await startServer();
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

// A loaded machine (two cores, several browsers) is slower than expect.poll's 1 s default.
const SLOW = { timeout: 10_000 };
const text = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText);

async function openWelcome(): Promise<Page> {
  const page = await openExtensionPage(ff.browser, '/src/welcome/index.html');
  await page.waitForSelector('[data-ready="true"]');
  return page;
}

describe('first run in Firefox', () => {
  it('opens the welcome page on install, with the shortcut as Firefox has it, also once remapped', async () => {
    const url = `${ORIGIN}/src/welcome/index.html`;
    const welcomeTabs = () => ff.control!.evaluate(async (u: string) => (await browser.tabs.query({})).filter((t: { url?: string }) => t.url === u).length, url);
    await expect.poll(welcomeTabs, SLOW).toBe(1);

    let welcome = await openWelcome();
    expect(await text(welcome, 'h1')).toBe('Welcome to Reel Notes');
    expect((await welcome.$$('ol[aria-label="How it works"] > li')).length).toBe(3);
    expect(await text(welcome, '#shortcut')).toBe('Save the selected passage from the keyboard with Alt+Shift+H.');
    // Firefox-specific pinning advice.
    expect(await text(welcome, 'section[aria-labelledby="pin-heading"]')).toContain('Pin to Toolbar');
    await welcome.close();

    // The reader remaps the shortcut (about:addons → Manage Extension Shortcuts does this): the page follows.
    await ff.control!.evaluate(() => browser.commands.update({ name: 'save-highlight', shortcut: 'Ctrl+Shift+Y' }));
    welcome = await openWelcome();
    expect(await text(welcome, '#shortcut')).toBe('Save the selected passage from the keyboard with Ctrl+Shift+Y.');
    await welcome.close();
  });
});

describe('the side panel (sidebar) in Firefox', () => {
  it('shows the review beside it, lists a passage as it is saved, and follows the active tab', async () => {
    expect(await ff.control!.evaluate(() => browser.runtime.getManifest().sidebar_action.default_panel)).toBe(`${ORIGIN}/src/sidepanel/index.html`);
    const reviewUrl = server.url('/demo/her-review.html');
    const review = await ff.browser.newPage();
    await review.goto(reviewUrl);
    const tabId = await tabIdOf(ff, reviewUrl);
    await waitForDetection(ff, tabId, 30_000);
    const other = await ff.browser.newPage();
    await other.goto(server.url('/not-a-review.html'));
    const otherId = await tabIdOf(ff, server.url('/not-a-review.html'));

    const panel = await openExtensionPage(ff.browser, `/src/sidepanel/index.html?tab=${tabId}`);
    await panel.waitForSelector('[data-ready="true"]');
    await expect.poll(() => text(panel, '#film-heading'), SLOW).toMatch(/^Her\b/);
    expect(await text(panel, '#hl-heading')).toBe('Highlights (0)');

    // Saved from the page's content script while the panel is open: listed without a reload.
    const made = await ff.control!.evaluate(
      async (t: number, u: string) => {
        const [r] = await browser.scripting.executeScript({
          target: { tabId: t },
          func: (url: string) => browser.runtime.sendMessage({ type: 'highlight/create', url, text: 'an air of melancholy', selectors: [{ type: 'TextQuoteSelector', exact: 'an air of melancholy' }], color: 'yellow' }),
          args: [u],
        });
        return r.result;
      },
      tabId,
      reviewUrl,
    );
    expect(made?.ok).toBe(true);
    await expect.poll(() => text(panel, '#hl-heading'), SLOW).toBe('Highlights (1)');
    expect(await text(panel, '.highlight blockquote')).toBe('an air of melancholy');

    // The reader switches tabs: the panel follows, and comes back.
    await ff.control!.evaluate((t: number) => browser.tabs.update(t, { active: true }).then(() => true), otherId);
    await expect.poll(() => panel.$eval('main', (m) => m.getAttribute('data-tab')), SLOW).toBe(String(otherId));
    await expect.poll(() => text(panel, '#film-heading'), SLOW).toMatch(/^(Not a film review|No film review found)$/);
    await ff.control!.evaluate((t: number) => browser.tabs.update(t, { active: true }).then(() => true), tabId);
    await expect.poll(() => text(panel, '#film-heading'), SLOW).toMatch(/^Her\b/);
    await panel.close();
    await other.close();
    await review.close();
  });
});
