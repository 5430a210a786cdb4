/**
 * The every-page content script's cost, measured in Chromium: its synchronous
 * run time on a page that is not a review and on a review (median of many
 * loads), the page tools' run time on the review, and the gzipped size of the
 * code every page loads. Baseline: an empty script run the same way.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, DIST, chromiumPath } from '../tests/browser/chromium';
import { startServer } from '../tests/browser/server';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
const contentFile = join(DIST, manifest.content_scripts[0].js[0]);
const content = readFileSync(contentFile, 'utf8');
const toolsDir = join(DIST, 'src/content/tools');
const tools = readFileSync(join(toolsDir, readdirSync(toolsDir).find((f) => f.endsWith('.js'))!), 'utf8');

// The scripts run in the page with a stand-in for the extension API that answers at once,
// so what is timed is the script's own work, not the browser's messaging.
const STUB = `globalThis.chrome = { runtime: { sendMessage: async () => ({ ok: true, data: { known: false, pageId: null, highlights: [] } }), onMessage: { addListener() {}, removeListener() {} }, id: 'bench' } };`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
const page = await browser.newPage();
// Saved real pages reference remote images and scripts; refuse them at once instead of waiting on a closed network.
await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());

async function timeScript(url: string, code: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(url);
    times.push(
      (await page.evaluate(`(() => { ${STUB} const t0 = performance.now(); (0, eval)(${JSON.stringify(code)}); return performance.now() - t0; })()`)) as number,
    );
  }
  return median(times);
}

// Served under /bench/ so the pages are cross-origin isolated (finer timer).
const corpusNyt = '../shared/corpus/pages/readability-nytimes-1.html';
server.setPage('/bench/news.html', readFileSync(existsSync(corpusNyt) ? corpusNyt : 'tests/fixtures/pages/not-a-review.html', 'utf8'));
server.setPage('/bench/small.html', readFileSync('tests/fixtures/pages/not-a-review.html', 'utf8'));
server.setPage('/bench/review.html', readFileSync('public/demo/her-review.html', 'utf8'));
const review = server.url('/bench/review.html');

const line = (name: string, value: number, unit: string) => console.log(`bench: ${name} = ${value.toFixed(unit === 'KB' ? 2 : 3)} ${unit}`);
line('content-script-non-review', await timeScript(server.url('/bench/news.html'), content), 'ms');
line('content-script-non-review-small', await timeScript(server.url('/bench/small.html'), content), 'ms');
line('content-script-review', await timeScript(review, content), 'ms');
line('baseline-empty-script', await timeScript(server.url('/bench/small.html'), ';'), 'ms');
line('page-tools-review', await timeScript(review, tools), 'ms');
line('content-script-gzip', gzipSync(content).length / 1024, 'KB');
line('page-tools-gzip', gzipSync(tools).length / 1024, 'KB');

await browser.close();
await server.close();
