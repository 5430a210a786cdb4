/**
 * Options page at scale (issues 6 and 12): seeded libraries (tests/support/large-library.ts)
 * in a real Chromium profile.
 * - 10,000 pages and 50,000 highlights, seeded in backups of 2,500 pages (each sent
 *   in chunks, as the Import panel sends a file): first render (navigation start to
 *   the library committed with its rows, `[data-ready="true"]`, the App's
 *   `reel-library-ready` mark, median of 5 loads) and search per keystroke (input
 *   event to the results committed, the App's `data-search-ms`, median over the
 *   keystrokes of a few queries).
 * - 20,000 pages and 100,000 highlights, a 158 MB backup: imported through the
 *   Import panel as a reader would (file chosen, preview shown, Import pressed, until
 *   the result shows: `import-backup-150mb`), the same two figures
 *   (`…-100k-highlights`), and the backup exported through the Export panel (button
 *   pressed until the file is saved: `export-backup-150mb`).
 * Run `npm run build` first (a test build: `npm run bench` makes one), then `npx tsx bench/options.ts`
 * (`BENCH_SMALL=0` or `BENCH_LARGE=0` leaves out one library).
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, newProfile, type Launched } from '../tests/browser/chromium';
import { generateLibrary } from '../tests/support/large-library';
import { makeBackup } from '../src/shared/formats/backup';
import type { HighlightRecord, PageRecord } from '../src/shared/records';

const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
const HIGHLIGHTS = Number(process.env.BENCH_HIGHLIGHTS ?? 50_000);
const LARGE_PAGES = Number(process.env.BENCH_LARGE_PAGES ?? 20_000);
const LARGE_HIGHLIGHTS = Number(process.env.BENCH_LARGE_HIGHLIGHTS ?? 100_000);
/** Pages per seeded backup. */
const CHUNK = 2_500;

/** Sends a backup's text as the Import panel sends a file: begun, in chunks, committed. */
async function importText(page: Page, text: string): Promise<void> {
  const call = (m: unknown) => page.evaluate((msg) => (globalThis as any).chrome.runtime.sendMessage(msg), m) as Promise<any>;
  const begun = await call({ type: 'library/import-begin', kind: 'backup' });
  if (!begun?.ok) throw new Error(`Import refused: ${begun?.error}`);
  const { session, chunkChars } = begun.data;
  for (let at = 0; at < text.length; at += chunkChars) {
    const sent = await call({ type: 'library/import-chunk', session, text: text.slice(at, at + chunkChars) });
    if (!sent?.ok) throw new Error(`Import refused: ${sent?.error}`);
  }
  const result = await call({ type: 'library/import-commit', session });
  if (!result?.ok) throw new Error(`Import failed: ${result?.error}`);
}

/** Imports the library in backups of {@link CHUNK} pages. */
export async function seed(page: Page, lib: { pages: PageRecord[]; highlights: HighlightRecord[] }) {
  const byPage = new Map<string, HighlightRecord[]>();
  for (const h of lib.highlights) {
    const list = byPage.get(h.pageId);
    if (list) list.push(h);
    else byPage.set(h.pageId, [h]);
  }
  for (let i = 0; i < lib.pages.length; i += CHUNK) {
    const pages = lib.pages.slice(i, i + CHUNK);
    const highlights = pages.flatMap((p) => byPage.get(p.id) ?? []);
    await importText(page, JSON.stringify({ format: 'reel-notes-backup', version: 1, exportedAt: new Date(0).toISOString(), pages, highlights }));
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function firstRender(l: Launched, url: string): Promise<{ ready: number; painted: number; rows: number; longest: number }> {
  const page = await l.context.newPage();
  await page.addInitScript(
    'globalThis.__long = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) __long.push(e.duration); }).observe({ type: "longtask", buffered: true });',
  );
  await page.goto(url);
  await page.waitForSelector('[data-ready="true"] tbody tr', { timeout: 300_000 });
  await page.waitForFunction(() => performance.getEntriesByName('reel-library-painted').length > 0);
  const t = await page.evaluate(() => ({
    ready: performance.getEntriesByName('reel-library-ready')[0].startTime,
    painted: performance.getEntriesByName('reel-library-painted')[0].startTime,
    rows: document.querySelectorAll('tbody tr').length,
  }));
  // The rest of the library still streams in; each load starts with the background idle.
  await page.waitForSelector('[data-complete="true"]', { timeout: 300_000 });
  await page.waitForTimeout(1500);
  const longest = (await page.evaluate('Math.max(0, ...(globalThis.__long ?? []))')) as number;
  await page.close();
  return { ...t, longest };
}

/**
 * Types each query a key at a time in the page; returns input→results committed and input→next frame
 * (the keystroke painted) for each keystroke.
 */
async function keystrokes(page: Page, queries: string[]): Promise<{ commit: number[]; frame: number[] }> {
  // A string, not a function: tsx would add a `__name` helper the page does not have.
  const script = `(async (queries) => {
    const input = document.querySelector('#library-search');
    const main = document.querySelector('main');
    const commit = [], frame = [];
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        main.removeAttribute('data-search-ms');
        const t0 = performance.now();
        input.value = q.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        frame.push(performance.now() - t0);
        // A slow search runs after the keystroke is painted ("Searching…"): its results come later.
        while (!main.hasAttribute('data-search-ms') && performance.now() - t0 < 10000) await new Promise((r) => setTimeout(r, 5));
        commit.push(Number(main.getAttribute('data-search-ms')));
      }
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 50));
    }
    return { commit, frame };
  })(${JSON.stringify(queries)})`;
  return page.evaluate(script) as Promise<{ commit: number[]; frame: number[] }>;
}

/** First render (median of `n` loads after a warm-up) and search per keystroke, printed as `bench:` lines named `…-SUFFIX`. */
async function renderAndSearch(l: Launched, url: string, suffix: string, n: number): Promise<{ firstRender: number; searchKeystroke: number }> {
  await firstRender(l, url); // warm-up: the service worker and the disk cache
  const loads = [];
  for (let i = 0; i < n; i++) loads.push(await firstRender(l, url));
  if (loads.some((x) => x.rows < 100)) throw new Error(`expected 100 rows, saw ${loads.map((x) => x.rows).join(', ')}`);

  const page = await l.context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-complete="true"]', { timeout: 180_000 });
  // Let the idle-time search index build finish, as it would while the reader looks at the page.
  await page.waitForTimeout(suffix === '10k' ? 1500 : 5000);
  const typed = await keystrokes(page, ['eclair', 'spike jonze', 'phoenix letter']);
  await page.close();
  const ready = median(loads.map((x) => x.ready));
  const painted = median(loads.map((x) => x.painted));
  console.log(`info: ${suffix}: first render per load (ms): ${loads.map((x) => x.ready.toFixed(1)).join(', ')}; to next frame median ${painted.toFixed(1)} ms`);
  console.log(`info: ${suffix}: longest main-thread task while the rest of the library loads: median ${median(loads.map((x) => x.longest)).toFixed(0)} ms`);
  console.log(`info: ${suffix}: ${typed.commit.length} keystrokes; input→next frame median ${median(typed.frame).toFixed(1)} ms, max commit ${Math.max(...typed.commit).toFixed(1)} ms`);
  console.log(`bench: options-first-render-${suffix} = ${ready.toFixed(1)} ms`);
  console.log(`bench: options-search-keystroke-${suffix} = ${median(typed.commit).toFixed(1)} ms`);
  return { firstRender: ready, searchKeystroke: median(typed.commit) };
}

/** The 10k library of issue 6. */
async function tenThousandPages(): Promise<{ firstRender: number; searchKeystroke: number }> {
  const started = Date.now();
  const lib = generateLibrary(PAGES, HIGHLIGHTS);
  const l = await launch();
  try {
    const url = `chrome-extension://${l.id}/src/options/index.html`;
    const setup = await l.context.newPage();
    await setup.goto(url);
    await setup.waitForSelector('[data-ready="true"]');
    await seed(setup, lib);
    await setup.close();
    console.log(`seeded ${lib.pages.length} pages and ${lib.highlights.length} highlights in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return await renderAndSearch(l, url, '10k', 5);
  } finally {
    await l.close();
  }
}

/** The 158 MB library of issue 12: imported and exported through the Data panel as a reader would, then shown and searched. */
async function largeLibrary(): Promise<void> {
  const t0 = Date.now();
  const file = resolve('.tmp/bench-large-backup.json');
  mkdirSync(resolve('.tmp'), { recursive: true });
  writeFileSync(file, JSON.stringify(makeBackup(generateLibrary(LARGE_PAGES, LARGE_HIGHLIGHTS), new Date(0).toISOString()), null, 2));
  const mb = statSync(file).size / 1e6;
  console.log(`info: large library: ${LARGE_PAGES} pages, ${LARGE_HIGHLIGHTS} highlights, backup ${mb.toFixed(1)} MB, made in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const l = await launch({ profile: newProfile() });
  try {
    const url = `chrome-extension://${l.id}/src/options/index.html`;
    const page = await l.context.newPage();
    await page.goto(`${url}#data`);
    await page.waitForSelector('[data-ready="true"]');
    await page.getByLabel('Kind of file').selectOption('backup');
    await page.getByLabel('File to import').setInputFiles(file);
    // The preview (the whole file sent, read and planned, nothing written) comes first, as the reader sees it.
    await page.waitForSelector('.import-preview', { timeout: 600_000 });
    const previewText = await page.locator('.import-preview').innerText();
    if (!/would add/.test(previewText)) throw new Error(`preview: ${previewText}`);
    const i0 = Date.now();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForSelector('.import-result', { timeout: 600_000 });
    const importMs = Date.now() - i0;
    const result = await page.locator('.import-result').innerText();
    if (!/^Imported .*added/.test(result)) throw new Error(`import: ${result}`);
    console.log(`info: import: ${result}`);
    console.log(`bench: import-backup-150mb = ${importMs} ms`);

    // The import reloads the library on the page: let that finish, so the export is timed alone.
    await page.waitForSelector('[data-complete="true"]', { timeout: 600_000 });
    await page.waitForTimeout(3000);
    const e0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: 'Export Backup (JSON)' }).click()]);
    const exportMs = Date.now() - e0;
    const saved = statSync((await download.path())!).size / 1e6;
    console.log(`info: export: ${download.suggestedFilename()} ${saved.toFixed(1)} MB (the imported file: ${mb.toFixed(1)} MB)`);
    console.log(`bench: export-backup-150mb = ${exportMs} ms`);
    await page.close();
    await renderAndSearch(l, url, '100k-highlights', 3);
  } finally {
    await l.close();
  }
}

/** Runs the benchmark and prints its `bench:` lines; for bench/run.ts or `npx tsx bench/options.ts`. */
export async function runOptionsBench(): Promise<{ firstRender: number; searchKeystroke: number }> {
  const started = Date.now();
  const ten = process.env.BENCH_SMALL === '0' ? { firstRender: NaN, searchKeystroke: NaN } : await tenThousandPages();
  if (process.env.BENCH_LARGE !== '0') await largeLibrary();
  console.log(`info: total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ten;
}

if (process.argv[1]?.endsWith('bench/options.ts')) {
  runOptionsBench().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
