/**
 * How fast the popup shows its content, in Chromium with the built extension:
 * the demo review with 50 saved highlights (the first created from the
 * content-script world with `highlight/create`, as the in-page button does, the
 * rest restored from an extension page, then placed by a reload), and the popup page opened ~15 times. Each open is timed from its
 * navigation start to the moment its content, with the 50 highlights, was on
 * screen: the later of the first contentful paint (the first render already
 * has the content) and the `reel-notes:popup-ready` mark the popup sets in an
 * effect, which preact runs after the frame (see src/popup/App.tsx).
 * On stderr: every open, the median stages, and the popup of a page with no record.
 * Prints the median: `bench: popup-open-50-highlights = 42.1 ms`.
 *
 * The floor under both: a blank extension page (one tiny classic script, one
 * paragraph) opened the same way, from navigation start to its first
 * contentful paint. It is added to a copy of the build (so neither build ships
 * it) and printed as `baseline-blank-extension-page`: no popup can show its
 * content sooner than that on the machine that ran the bench.
 *
 *   npm run build:test && REEL_DIST=.tmp/dist-test npx tsx bench/popup.ts
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The build plus the blank page, in a copy; the driver reads REEL_DIST when it is imported.
const copy = mkdtempSync(join(tmpdir(), 'reel-notes-bench-popup-'));
cpSync(resolve(process.env.REEL_DIST ?? 'dist'), copy, { recursive: true });
writeFileSync(join(copy, 'bench-blank.js'), "performance.mark('bench-blank-script');\n");
writeFileSync(join(copy, 'bench-blank.html'), '<!doctype html><html><head><meta charset="utf-8"><script src="/bench-blank.js"></script></head><body><p>Blank</p></body></html>\n');
process.env.REEL_DIST = copy;
const { launch, tabIdOf } = await import('../tests/browser/chromium');
const { startServer } = await import('../tests/browser/server');

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const HIGHLIGHTS = 50;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await startServer();
const l = await launch();
try {
  const page = await l.context.newPage();
  const url = server.url('/demo/her-review.html');
  await page.goto(url);
  const tabId = await tabIdOf(l, page);

  // Fifty distinct six-word passages, each inside one text node of the review.
  const passages = (await page.evaluate(`(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest('script, style, head')) continue;
      const words = n.data.split(/\\s+/).filter(Boolean);
      for (let i = 0; i + 6 <= words.length; i += 6) out.push(words.slice(i, i + 6).join(' '));
    }
    const text = document.body.textContent.replace(/\\s+/g, ' ');
    return [...new Set(out)].filter((p) => text.indexOf(p) === text.lastIndexOf(p));
  })()`)) as string[];
  if (passages.length < HIGHLIGHTS) throw new Error(`Only ${passages.length} passages on the demo page`);
  const step = passages.length / HIGHLIGHTS;
  const chosen = Array.from({ length: HIGHLIGHTS }, (_, i) => passages[Math.floor(i * step)]);
  // The first from the content-script world (as the in-page button does: it makes the page's record);
  // the rest restored from an extension page, since a tab's own writes are rate-limited (issue 13).
  const created = (await l.worker.evaluate(`(async () => {
    const texts = ${JSON.stringify(chosen)};
    const [r] = await chrome.scripting.executeScript({
      target: { tabId: ${tabId} },
      func: (text, url) => chrome.runtime.sendMessage({ type: 'highlight/create', url, text, color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact: text }] }),
      args: [texts[0], ${JSON.stringify(url)}],
    });
    return r.result && r.result.ok ? texts.length : 0;
  })()`)) as number;
  const first = (await l.worker.evaluate(`(async () => {
    const db = await new Promise((ok) => { const r = indexedDB.open('reel-notes'); r.onsuccess = () => ok(r.result); });
    return await new Promise((ok) => { const r = db.transaction('highlights').objectStore('highlights').getAll(); r.onsuccess = () => ok(r.result[0]); });
  })()`)) as { pageId: string };
  const ext = await l.context.newPage();
  await ext.goto(`chrome-extension://${l.id}/src/options/index.html`);
  const restored = (await ext.evaluate(`(async () => {
    const texts = ${JSON.stringify(chosen)};
    let ok = 0;
    for (const [i, text] of texts.entries()) {
      if (i === 0) continue;
      const now = Date.now();
      const reply = await chrome.runtime.sendMessage({ type: 'highlight/restore', highlight: {
        id: crypto.randomUUID(), pageId: ${JSON.stringify(first.pageId)}, text, color: ['yellow', 'green', 'blue', 'pink'][i % 4],
        selectors: [{ type: 'TextQuoteSelector', exact: text }], note: i % 3 ? '' : 'A note on passage ' + i,
        lastStatus: 'placed', createdAt: now + i, updatedAt: now + i,
      } });
      if (reply && reply.ok) ok++;
    }
    return ok;
  })()`)) as number;
  await ext.close();
  if (restored !== HIGHLIGHTS - 1) throw new Error(`Restored ${restored} of ${HIGHLIGHTS - 1} highlights`);
  if (created !== HIGHLIGHTS) throw new Error(`Created ${created} of ${HIGHLIGHTS} highlights`);
  await page.reload();
  await page.waitForTimeout(1000);

  const other = await l.context.newPage();
  await other.goto(server.url('/not-a-review.html'));
  const emptyTab = await tabIdOf(l, other);

  /**
   * Opens the popup for a tab RUNS times (after one untimed open that fills the
   * caches) and returns the median time from navigation start to the content on
   * screen: the later of the popup's post-paint mark and the first contentful paint.
   */
  async function opens(forTab: number, expected: number): Promise<{ median: number; all: number[]; stages: number[] }> {
    const times: number[] = [];
    const stages: number[][] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const popup = await l.context.newPage();
      await popup.goto(`chrome-extension://${l.id}/src/popup/index.html?tab=${forTab}`);
      await popup.waitForSelector('[data-ready="true"]');
      // Polled with evaluate: waitForFunction evals a string, which the popup's CSP forbids.
      const marked = `performance.getEntriesByName('reel-notes:popup-ready').length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0`;
      while (!(await popup.evaluate(marked))) await new Promise((r) => setTimeout(r, 10));
      const m = (await popup.evaluate(`(() => {
        const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
        return [at('reel-notes:popup-script'), at('reel-notes:popup-state'), at('reel-notes:popup-code'), at('reel-notes:popup-rendered'),
          Math.max(at('reel-notes:popup-ready'), at('first-contentful-paint')), document.querySelectorAll('.highlight').length];
      })()`)) as number[];
      await popup.close();
      if (m[5] !== expected) throw new Error(`The popup showed ${m[5]} highlights, not ${expected}`);
      if (process.env.BENCH_VERBOSE) console.error(`open ${i}: ${m.slice(0, 5).map((x) => x.toFixed(1)).join(' / ')}`);
      if (i === 0) continue;
      times.push(m[4]);
      stages.push(m);
    }
    return { median: median(times), all: times, stages: [0, 1, 2, 3].map((k) => median(stages.map((x) => x[k]))) };
  }

  /** The blank extension page, opened RUNS times like the popup: median ms from navigation start to its first contentful paint. */
  async function blankOpens(): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const blank = await l.context.newPage();
      await blank.goto(`chrome-extension://${l.id}/bench-blank.html`);
      const fcp = `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null`;
      let at: number | null = null;
      while ((at = (await blank.evaluate(fcp)) as number | null) === null) await new Promise((r) => setTimeout(r, 10));
      await blank.close();
      if (i > 0) times.push(at);
    }
    return median(times);
  }

  const blank = await blankOpens();
  const empty = await opens(emptyTab, 0);
  const full = await opens(tabId, HIGHLIGHTS);
  const f = (x: number) => x.toFixed(1);
  console.error(`opens with ${HIGHLIGHTS} highlights: ${full.all.map(f).join(', ')}`);
  console.error(`medians from navigation start: popup script runs ${f(full.stages[0])}, state ${f(full.stages[1])}, app code ${f(full.stages[2])}, rendered ${f(full.stages[3])} ms`);
  console.error(`the same popup on a page with no record or highlights: ${f(empty.median)} ms`);
  console.log(`bench: popup-open-50-highlights = ${f(full.median)} ms`);
  console.log(`bench: popup-rendered-50-highlights = ${f(full.stages[3])} ms`);
  console.log(`bench: baseline-popup-open-no-record = ${f(empty.median)} ms`);
  console.log(`bench: baseline-blank-extension-page = ${f(blank)} ms`);
} finally {
  await l.close();
  await server.close();
  rmSync(copy, { recursive: true, force: true });
}
