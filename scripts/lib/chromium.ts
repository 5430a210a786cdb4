/**
 * Debian's Chromium with the built extension, driven by playwright-core: where
 * Chromium is, the flags every run of it here uses, and how to open the
 * extension's pages for a tab (`npm start`, `npm run screenshots`, the browser
 * tests, the benchmarks). /usr/bin/chromium is a shell wrapper that adds flags;
 * the binary is beside it.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';

const INSTALL = 'install it with `sudo apt-get install chromium`, or set CHROME_PATH to a Chromium binary';

/** `wrapper`: prefer Debian's wrapper script (a desktop session for a person) over the bare binary (automation). */
export function chromiumPath({ wrapper = false } = {}): string {
  const both = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const candidates = [process.env.CHROME_PATH, ...(wrapper ? both.reverse() : both)].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Chromium not found: ${INSTALL}.`);
  return found;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
];

// Functions passed to evaluate() run in the extension's worker, where `chrome` exists.
declare const chrome: any;

export const DIST = resolve(process.env.REEL_DIST ?? 'dist');

/** The extension id follows from the manifest key, so it is the same on every machine. */
export function extensionId(): string {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const hash = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hash].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}


export interface Launched {
  context: BrowserContext;
  worker: Worker;
  id: string;
  profile: string;
  close(): Promise<void>;
}

export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'reel-notes-profile-'));
}

export async function launch(opts: { profile?: string; headless?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<Launched> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`No build in ${DIST}: run \`npm run build\` first.`);
  const profile = opts.profile ?? newProfile();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker, id: extensionId(), profile, close: () => context.close() };
}

/** The tab id Chrome gave a page, read through the extension. */
export async function tabIdOf(l: Launched, page: Page): Promise<number> {
  const url = page.url();
  const id = await l.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t: any) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab for ${url}`);
  return id;
}

/** Opens the popup as a page standing in for the given tab (`?tab=<id>`). */
export async function openPopup(l: Launched, tabId: number): Promise<Page> {
  const popup = await l.context.newPage();
  await popup.goto(`chrome-extension://${l.id}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('[data-ready="true"]');
  return popup;
}

/** Opens the side panel as a page standing in for the given tab (`?tab=<id>`); it follows the active tab from there. */
export async function openSidePanel(l: Launched, tabId: number): Promise<Page> {
  const panel = await l.context.newPage();
  await panel.goto(`chrome-extension://${l.id}/src/sidepanel/index.html?tab=${tabId}`);
  await panel.waitForSelector('[data-ready="true"]');
  return panel;
}

export async function openOptions(l: Launched): Promise<Page> {
  const page = await l.context.newPage();
  await page.goto(`chrome-extension://${l.id}/src/options/index.html`);
  await page.waitForSelector('[data-ready="true"]');
  return page;
}

/** The toolbar badge's text for a tab ("★" on a recognised review). */
export function badgeText(l: Launched, tabId: number): Promise<string> {
  return l.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
}

/** The background's detection for a tab, or null while nothing has looked at the page. */
export async function tabDetection(l: Launched, tabId: number): Promise<any> {
  const info = await l.worker.evaluate(async (t) => (await chrome.storage.session.get(`tab:${t}`))[`tab:${t}`] ?? null, tabId);
  return info?.detection ?? null;
}

/** Waits until the background has the detection of a tab. */
export async function waitForDetection(l: Launched, tabId: number, timeout = 10_000): Promise<any> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const detection = await tabDetection(l, tabId);
    if (detection) return detection;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No detection for tab ${tabId} within ${timeout} ms`);
}
