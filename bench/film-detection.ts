/**
 * Film detection cost: the page tools' full extraction on the largest real pages (in Chromium), linking the
 * result to the film index (Node), the index's load (gunzip + parse + lookup table; in Node, and the
 * background's fetch + DecompressionStream + JSON in the built extension's service worker), its size in the
 * build, and the every-page content script on the large real pages.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { CHROMIUM_FLAGS, DIST, chromiumPath, launch } from '../tests/browser/chromium';
import { startServer } from '../tests/browser/server';
import { FilmIndex } from '../src/shared/film-index/film-index';
import { linkFilm } from '../src/shared/film-index/link';
import { analysePage } from '../src/shared/film';
import { parseHtml } from '../scripts/detect';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (name: string, value: number, unit: string) => console.log(`bench: ${name} = ${value.toFixed(unit === 'KB' || unit === 'MB' ? 2 : 3)} ${unit}`);

const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
const content = readFileSync(join(DIST, manifest.content_scripts[0].js[0]), 'utf8');
const toolsDir = join(DIST, 'src/content/tools');
const tools = readFileSync(join(toolsDir, readdirSync(toolsDir).find((f) => f.endsWith('.js'))!), 'utf8');
const indexFile = join(DIST, 'film-index/films.bin.gz');
line('film-index-size', statSync(indexFile).size / 1024 / 1024, 'MB');

// The index load, as the background does it, minus the fetch: gunzip, decode the columns.
const gz = readFileSync(indexFile);
const loads: number[] = [];
let index: FilmIndex | null = null;
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  index = FilmIndex.fromBytes(gunzipSync(gz));
  index.byTitle('Her');
  loads.push(performance.now() - t0);
}
line('film-index-load-node', median(loads), 'ms');

const corpus = '../shared/corpus/pages';
const large = existsSync(corpus)
  ? readdirSync(corpus).map((f) => join(corpus, f)).sort((a, b) => statSync(b).size - statSync(a).size).slice(0, 3)
  : ['public/demo/her-review.html'];

// Linking in the background: the page's candidates against the index.
for (const file of large.slice(0, 1)) {
  const { candidates } = analysePage(parseHtml(readFileSync(file, 'utf8')));
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    linkFilm(candidates, index!);
    times.push(performance.now() - t0);
  }
  line('film-index-link-largest-page', median(times), 'ms');
}

// The first usual spelling asked of a freshly loaded index builds its table of people by first name (once per
// service-worker life); later ones are a lookup.
{
  const t0 = performance.now();
  index!.usualSpelling('Scarlett Johanssen');
  line('film-index-first-spelling', performance.now() - t0, 'ms');
}

const STUB = `globalThis.chrome = { runtime: { sendMessage: async () => ({ ok: true, data: { known: false, pageId: null, highlights: [] } }), onMessage: { addListener() {}, removeListener() {} }, id: 'bench' } };`;
const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
const page = await browser.newPage();
await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
async function timeScript(url: string, code: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(url);
    times.push((await page.evaluate(`(() => { ${STUB} const t0 = performance.now(); (0, eval)(${JSON.stringify(code)}); return performance.now() - t0; })()`)) as number);
  }
  return median(times);
}
for (const [i, file] of large.entries()) {
  const name = file.split('/').pop()!.replace(/\.html$/, '');
  server.setPage(`/bench/large-${i}.html`, readFileSync(file, 'utf8'));
  line(`content-script-large-${name}`, await timeScript(server.url(`/bench/large-${i}.html`), content), 'ms');
  // What any script pays for its first touch of a freshly loaded large page's DOM (one property read):
  // a part of what the every-page script costs there that no script touching the page avoids.
  line(`baseline-first-dom-touch-large-${name}`, await timeScript(server.url(`/bench/large-${i}.html`), 'document.body.className;'), 'ms');
  // The page tools run the full extraction (and the analysis the background links) synchronously at start.
  line(`page-tools-detect-${name}`, await timeScript(server.url(`/bench/large-${i}.html`), tools), 'ms');
}
await browser.close();

// The background's own load, in the built extension's service worker: fetch from the extension,
// DecompressionStream, decode the columns, one lookup. The loader itself (src/background/film-index.ts) is
// bundled for the worker with esbuild (tsx's own), so what is timed is the product's code, not a copy.
const loader = await build({
  stdin: {
    contents: `import { loadIndex } from './src/background/film-index';
      globalThis.__benchIndexLoad = async (url) => {
        const t0 = performance.now();
        const index = await loadIndex(url);
        if (!index.byTitle('Her').length) throw new Error('no Her in the index');
        return performance.now() - t0;
      };`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
});
const ext = await launch();
try {
  // Timed once Chromium and the extension have started (the install opens the welcome tab): a reader's
  // worker loads the index when a page first needs it, not while the browser starts. Loads timed during
  // start-up took twice as long, all of it waiting for the busy browser.
  await new Promise((r) => setTimeout(r, 3000));
  await ext.worker.evaluate(loader.outputFiles[0].text);
  const ms = await ext.worker.evaluate(async () => {
    const times: number[] = [];
    const url = (globalThis as any).chrome.runtime.getURL('film-index/films.bin.gz');
    for (let i = 0; i < 5; i++) times.push(await (globalThis as any).__benchIndexLoad(url));
    return { first: times[0], median: [...times].sort((a, b) => a - b)[2] };
  });
  // The first load is the one a reader waits for after the worker starts (its code not yet optimised).
  line('film-index-load-service-worker', ms.median, 'ms');
  line('film-index-load-service-worker-first', ms.first, 'ms');
} finally {
  await ext.close();
  await server.close();
}
