/**
 * Debian's firefox-esr with the built Firefox extension, driven by
 * puppeteer-core over WebDriver BiDi. The extension is installed as a
 * temporary add-on (`browser.installExtension`), and its moz-extension UUID is
 * pinned with the `extensions.webextensions.uuids` preference so the tests can
 * open its popup and options pages.
 *
 * Firefox shows no background page to the driver, so the tests reach the
 * extension's APIs (tabs, storage.session, action) from one of its own pages,
 * kept open as `control`.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIREFOX_DIST = resolve(process.env.REEL_FIREFOX_DIST ?? 'dist-firefox');
export const FIXED_UUID = '5f0c3f4e-6a4b-4e55-9d55-2f6b0e6f7a11';
export const ORIGIN = `moz-extension://${FIXED_UUID}`;

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Firefox not found: install it with `sudo apt-get install firefox-esr`, or set FIREFOX_PATH.');
  return found;
}

export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${FIREFOX_DIST}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** An extension page (the options page) to call `browser.*` from; null without the extension. */
  control: Page | null;
  version: string;
  close(): Promise<void>;
}

/**
 * Starts firefox-esr headless and, unless `extension: false`, installs the
 * Firefox build. A fresh profile unless `profile` names a directory to reuse
 * (a browser restart).
 */
export async function launchFirefox(opts: { extension?: boolean; profile?: string; prefs?: Record<string, unknown> } = {}): Promise<LaunchedFirefox> {
  const withExtension = opts.extension ?? true;
  if (withExtension && !existsSync(join(FIREFOX_DIST, 'manifest.json'))) {
    throw new Error(`No build in ${FIREFOX_DIST}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // WebDriver BiDi navigates only to http(s), file, blob and about:blank unless
    // this test-only switch is given, so without it the popup and options pages
    // (moz-extension:) cannot be opened (remote/shared/BrowsingContextUtils.sys.mjs).
    args: ['--remote-allow-system-access'],
    userDataDir: opts.profile,
    extraPrefsFirefox: {
      ...(withExtension ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: FIXED_UUID }) } : {}),
      ...opts.prefs,
    },
  });
  try {
    const version = await browser.version();
    let control: Page | null = null;
    if (withExtension) {
      await browser.installExtension(FIREFOX_DIST);
      control = await openExtensionPage(browser, '/src/options/index.html');
    }
    return { browser, control, version, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Opens a page of the extension in a new tab. Page.goto never resolves for
 * moz-extension: URLs (the document moves to the extension process and
 * puppeteer-core 24 misses its load), so this navigates with BiDi's own
 * `browsingContext.navigate`, which waits for the load itself. `page.url()`
 * stays about:blank afterwards; evaluate and selectors work.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${ORIGIN}${path}`;
  const context = (page.mainFrame() as any).browsingContext;
  if (typeof context?.navigate === 'function') await context.navigate(url, 'complete');
  else void page.goto(url).catch(() => undefined);
  await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: 10_000 }, url);
  return page;
}

function control(l: LaunchedFirefox): Page {
  if (!l.control) throw new Error('Launched without the extension');
  return l.control;
}

declare const browser: any;

/** The tab id Firefox gave the tab showing `url`, asked through the extension (tabs.query). */
export async function tabIdOf(l: LaunchedFirefox, url: string): Promise<number> {
  const id = await control(l).evaluate(async (u: string) => {
    // Match patterns cannot name a port, so filter the tabs here.
    const tabs: { id?: number; url?: string }[] = await browser.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab for ${url}`);
  return id;
}

/** Waits until the background has stored the detection for a tab (storage.session, as the background keeps it). */
export async function waitForDetection(l: LaunchedFirefox, tabId: number, timeout = 10_000): Promise<any> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const info = await control(l).evaluate(async (t: number) => (await browser.storage.session.get(`tab:${t}`))[`tab:${t}`] ?? null, tabId);
    if (info?.detection) return info.detection;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No detection for tab ${tabId} within ${timeout} ms`);
}

export function badgeText(l: LaunchedFirefox, tabId: number): Promise<string> {
  return control(l).evaluate((t: number) => browser.action.getBadgeText({ tabId: t }), tabId);
}

/** Opens the popup as a page standing in for the given tab (`?tab=<id>`). */
export async function openPopup(l: LaunchedFirefox, tabId: number): Promise<Page> {
  const popup = await openExtensionPage(l.browser, `/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('[data-ready="true"]');
  return popup;
}

export async function openOptions(l: LaunchedFirefox): Promise<Page> {
  const page = await openExtensionPage(l.browser, '/src/options/index.html');
  await page.waitForSelector('[data-ready="true"]');
  return page;
}

/**
 * Selects `text` inside the first paragraph holding it in one text node, then releases Shift
 * for real (as after a keyboard selection): the page tools act only on trusted events.
 */
export async function selectText(page: Page, text: string): Promise<string> {
  const selected = await setSelection(page, text);
  await page.keyboard.press('Shift');
  return selected;
}

/**
 * Presses the in-page "Save highlight" button with the real mouse. The control is in a closed
 * shadow root (neither the page nor puppeteer can look inside), its bottom edge 6 px above the
 * selection (which setSelection scrolls to mid-window, so there is room), starting at the
 * selection's left edge with "Save highlight" first: that is where the reader clicks.
 */
export async function clickSaveHighlight(page: Page): Promise<void> {
  const at = await page.evaluate(() => {
    const r = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: Math.max(4, r.left) + 24, y: r.top - 6 - 20 };
  });
  await page.mouse.click(at.x, at.y);
}

/** Sets the selection to `text` by script (no event), as the page itself could. */
export async function setSelection(page: Page, text: string): Promise<string> {
  return page.evaluate((needle: string) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(needle));
    if (!p) throw new Error(`No paragraph with ${needle}`);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      // In view, so that the reader (the test's real mouse) can reach the control below it.
      p.scrollIntoView({ block: 'center' });
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    }
    throw new Error(`"${needle}" is split across elements`);
  }, text);
}

/** How a page shows its highlights: CSS Custom Highlight ranges, and <mark data-reel-notes> elements. */
export function paintedHighlights(page: Page): Promise<{ native: boolean; ranges: string[]; marks: string[] }> {
  return page.evaluate(() => {
    const registry = (CSS as any).highlights as Map<string, Set<Range>> | undefined;
    const ranges: string[] = [];
    for (const [name, h] of registry ?? []) if (name.startsWith('reel-notes-')) for (const r of h) ranges.push(r.toString());
    const marks = [...document.querySelectorAll('mark[data-reel-notes]')].map((m) => m.textContent ?? '');
    return { native: Boolean(registry), ranges, marks };
  });
}
