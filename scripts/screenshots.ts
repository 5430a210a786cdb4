/**
 * `npm run screenshots`: the README's pictures of the popup and the library,
 * made from the demo review with the built extension in Chromium, so they
 * show what the code does today. Builds first, then writes docs/popup.png
 * and docs/library.png.
 *
 * The visit is a reader's: the demo review and a second review of *Her*
 * (a test page with the critic's rating), two passages saved on the first,
 * a rating, tags and a Markdown note typed in the popup, and one Letterboxd
 * rating imported.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openOptions, openPopup, tabIdOf, waitForDetection, type Launched } from './lib/chromium';
import { startServer } from './lib/page-server';

const OUT = resolve('docs');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(OUT, { recursive: true });

/** Saves a passage from the page's content-script world, as the in-page button does. */
async function savePassage(l: Launched, tabId: number, url: string, text: string, color: string): Promise<string> {
  const r = (await l.worker.evaluate(`(async () => {
    const [r] = await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: (m) => chrome.runtime.sendMessage(m),
      args: [${JSON.stringify({ type: 'highlight/create', url, text, selectors: [{ type: 'TextQuoteSelector', exact: text }], color })}] });
    return r.result;
  })()`)) as { ok: boolean; data?: { highlight: { id: string } }; error?: string };
  if (!r.ok || !r.data) throw new Error(`Could not save "${text}": ${r.error}`);
  return r.data.highlight.id;
}

async function send(page: Page, message: unknown): Promise<void> {
  const r = (await page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`)) as { ok: boolean; error?: string };
  if (!r.ok) throw new Error(`${JSON.stringify(message).slice(0, 60)}: ${r.error}`);
}

const server = await startServer();
const l = await launch({ colorScheme: 'light' });
try {
  // The reader's visit: a second review first (so the demo's popup lists it), then the demo.
  const second = await l.context.newPage();
  await second.goto(server.url('/her-second-review.html'));
  const secondTab = await tabIdOf(l, second);
  await waitForDetection(l, secondTab);
  const secondPopup = await openPopup(l, secondTab);
  await secondPopup.locator('label[title="3.5 stars"]').click();
  await secondPopup.waitForSelector('.save-status[data-state="saved"]');
  await secondPopup.close();

  const demoUrl = server.url('/demo/her-review.html');
  const demo = await l.context.newPage();
  await demo.goto(demoUrl);
  const tabId = await tabIdOf(l, demo);
  await waitForDetection(l, tabId);
  const first = await savePassage(l, tabId, demoUrl, 'an air of melancholy', 'yellow');
  await savePassage(l, tabId, demoUrl, 'a letter writer for those who no longer know', 'blue');

  const options = await openOptions(l);
  await send(options, { type: 'highlight/update', id: first, base: 0, edit: { note: { from: '', to: 'The tone of the whole film.' } } });
  await send(options, { type: 'library/import', kind: 'letterboxd', text: 'Date,Name,Year,Letterboxd URI,Rating\r\n2024-01-02,Her,2013,https://boxd.it/abc,4.5\r\n' });
  await options.close();
  await demo.reload();
  await waitForDetection(l, tabId);

  // The popup, at the size of a real one.
  const popup = await openPopup(l, tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.locator('label[title="4 stars"]').click();
  await popup.getByLabel('Liked').check();
  await popup.getByLabel('Tags', { exact: true }).fill('romance,');
  await popup.getByLabel('Note', { exact: true }).fill('**Phoenix** carries it. The letters scenes!');
  await popup.waitForSelector('.save-status[data-state="saved"]');
  await popup.getByRole('region', { name: /You already rated Her/ }).waitFor();
  await popup.reload();
  await popup.waitForSelector('[data-ready="true"]');
  await popup.getByRole('region', { name: /You already rated Her/ }).waitFor();
  // As it opens (a real popup is at most 600 pixels high and scrolls): the film, you and the critic, the other review, your entry.
  await popup.screenshot({ path: resolve(OUT, 'popup.png') });
  await popup.close();

  // The library: the Reviews view, each saved review with its film, critic, rating, tags and note.
  const library = await openOptions(l);
  await library.setViewportSize({ width: 1100, height: 720 });
  await library.waitForSelector('[data-complete="true"]');
  await library.getByRole('tab', { name: /Reviews/ }).click();
  const bottom = await library.locator('#panel-reviews table').evaluate((t) => t.getBoundingClientRect().bottom);
  await library.screenshot({ path: resolve(OUT, 'library.png'), clip: { x: 0, y: 0, width: 1100, height: Math.ceil(bottom) + 16 } });
  console.log(`screenshots: ${resolve(OUT, 'popup.png')} ${resolve(OUT, 'library.png')}`);
} finally {
  await l.close();
  await server.close();
}
