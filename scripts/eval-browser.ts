/**
 * npm run eval:browser — the corpus as a reader meets it: every labelled page served on 127.0.0.1 and opened
 * in Chromium with the built extension (`npm run build` first; REEL_DIST picks another build), nothing
 * clicked. A page counts as recognised when the toolbar badge reads "★" once the page has loaded and the
 * browser had time to be idle (the page tools come at idle time to article-shaped pages). Prints every
 * miss, then `eval-browser: pages=… precision=… recall=… tp=… fp=… fn=…`.
 *
 * This is the path `npm run eval` cannot see: the every-page quick check deciding which pages get the full
 * look, the page tools in a real page, the background's film index and the badge. The model is the shipped
 * one (fitted on these pages): `npm run eval` has the held-out score.
 */
import { readFileSync } from 'node:fs';
import { corpusList } from './corpus';
import { badgeText, launch, tabDetection, tabIdOf } from './lib/chromium';
import { startServer } from './lib/page-server';

/** How long a page gets: load, the idle callback's own 3 s timeout, the background's link, the badge. */
const SETTLE_MS = Number(process.env.REEL_EVAL_SETTLE_MS ?? 6000);
const PARALLEL = Number(process.env.REEL_EVAL_TABS ?? 4);

const { list, skipped } = corpusList();
if (skipped) console.error(skipped);
const server = await startServer();
const l = await launch();
// Saved real pages name remote images and scripts: refused at once, no network.
await l.context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());

/**
 * The path the page was saved from (its canonical link or og:url), so that what the URL says ("/dune-review/")
 * is there as on the real site; served under 127.0.0.1 all the same.
 */
function originalPath(html: string): string | null {
  const tag = /<link[^>]+rel=["']canonical["'][^>]*>|<meta[^>]+property=["']og:url["'][^>]*>/i.exec(html)?.[0];
  const url = tag && /(?:href|content)=["']([^"']+)["']/i.exec(tag)?.[1];
  try {
    return url ? new URL(url).pathname : null;
  } catch {
    return null;
  }
}

let tp = 0, fp = 0, fn = 0, tn = 0;
const misses: string[] = [];

async function visit(i: number): Promise<void> {
  const { file, label } = list[i];
  const html = readFileSync(file, 'utf8');
  const path = `/${i}${originalPath(html) ?? `/${file.split('/').pop()}`}`;
  server.setPage(path, html);
  const page = await l.context.newPage();
  try {
    await page.goto(server.url(path), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    const tabId = await tabIdOf(l, page);
    const end = Date.now() + SETTLE_MS;
    // A detection ends the wait early; pages the quick check passes over wait the whole time.
    while (Date.now() < end && !(await tabDetection(l, tabId))) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 300)); // the badge follows the detection
    const star = (await badgeText(l, tabId)) === '★';
    const rel = file.replace(/^.*\/(?:shared\/corpus\/pages|tests\/corpus\/pages|fixtures\/pages|demo)\//, '');
    if (star && label.isReview) tp++;
    else if (star) { fp++; misses.push(`false positive ${rel}`); }
    else if (label.isReview) { fn++; misses.push(`false negative ${rel}`); }
    else tn++;
  } finally {
    await page.close();
  }
}

try {
  let next = 0;
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    while (next < list.length) await visit(next++);
  }));
} finally {
  await l.close();
  await server.close();
}
for (const m of misses.sort()) console.log(`miss: ${m}`);
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
console.log(`eval-browser: pages=${list.length} precision=${f2(tp / (tp + fp))} recall=${f2(tp / (tp + fn))} tp=${tp} fp=${fp} fn=${fn} tn=${tn}`);
