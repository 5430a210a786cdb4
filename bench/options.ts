/**
 * Options page at scale (issue 6): a seeded library of 10,000 pages and
 * 50,000 highlights, imported through `library/import` (backup kind) into a
 * real Chromium profile, then
 * - first render: navigation start to the library committed with its rows
 *   (`[data-ready="true"]`, the App's `reel-library-ready` mark), median of 5 loads;
 * - search per keystroke: input event to the results committed (the App's
 *   `data-search-ms`), median over the keystrokes of a few queries.
 * Run `npm run build` first, then `npx tsx bench/options.ts`.
 */
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../tests/browser/chromium';
import { mulberry32 } from '../tests/support/seeded-random';
import type { HighlightRecord, PageRecord } from '../src/shared/records';

const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
const HIGHLIGHTS = Number(process.env.BENCH_HIGHLIGHTS ?? 50_000);
const SEED = 20_240_601;
/** Pages per imported backup: keeps each message far below Chrome's 64 MB message limit. */
const CHUNK = 2_500;

/** mulberry32: small, fast, and the same sequence everywhere. */
function rng(seed: number) {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}

/** Everyday words, a few accented ones, and made-up words so the vocabulary is as wide as real prose. */
const COMMON = (
  'the film light camera frame shot long quiet city night love letter voice memory performance score music silence ' +
  'grief tender lonely bright edit scene dialogue close face window rain train summer winter gesture story ending ' +
  'director actor screen colour warm cold sharp slow patient restless beautiful strange familiar distant human machine'
).split(' ');
const ACCENTED = 'café déjà naïve rôle élan façade crème brûlée Éclair piñata São Paulo Zürich Malmö Kraków Łódź'.split(' ');
const SYLLABLES = 'ka ro mi len tor sa vel un dri pho an es ter bul ig na co rash mon ty qua fel ost lu per gim ba re do'.split(' ');

function makeVocabulary(r: ReturnType<typeof rng>, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(Array.from({ length: 2 + r.int(3) }, () => r.pick(SYLLABLES)).join(''));
  return [...out];
}

let VOCABULARY: string[] = [];
const FIRST = ['Joaquin', 'Scarlett', 'Amy', 'Rooney', 'Spike', 'Greta', 'Céline', 'Agnès', 'Pedro', 'Bong', 'Wong', 'Isabelle', 'Tilda', 'Mads', 'Zoë', 'Penélope', 'Chloé', 'Björn', 'Juliette', 'Song'];
const LAST = ['Phoenix', 'Johansson', 'Adams', 'Mara', 'Jonze', 'Gerwig', 'Sciamma', 'Varda', 'Almodóvar', 'Joon-ho', 'Kar-wai', 'Huppert', 'Swinton', 'Mikkelsen', 'Kravitz', 'Cruz', 'Zhao', 'Borg', 'Binoche', 'Kang-ho', 'Núñez', 'Östlund'];
const SITES = Array.from({ length: 60 }, (_, i) => `critic${i}.example`);
const TAGS = ['favourite', 'rewatch', 'festival', 'noir', 'sci-fi', 'romance', 'documentary', 'animation', 'slow cinema', 'essay', 'comfort', 'classic', 'french', 'korean', 'to write about', 'cinema', 'streaming', 'criterion', 'oscar', 'debut'];

function word(r: ReturnType<typeof rng>): string {
  const x = r.next();
  return x < 0.45 ? r.pick(COMMON) : x < 0.47 ? r.pick(ACCENTED) : r.pick(VOCABULARY);
}

function words(r: ReturnType<typeof rng>, n: number): string {
  return Array.from({ length: n }, () => word(r)).join(' ');
}

function person(r: ReturnType<typeof rng>): string {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function generateLibrary(pagesN = PAGES, highlightsN = HIGHLIGHTS, seed = SEED): { pages: PageRecord[]; highlights: HighlightRecord[] } {
  const r = rng(seed);
  VOCABULARY = makeVocabulary(r, 4000);
  const now = Date.UTC(2026, 5, 1);
  const films = Array.from({ length: Math.ceil(pagesN / 3) }, () => ({
    title: cap(words(r, 1 + r.int(3))),
    year: 1950 + r.int(76),
    directors: [person(r)],
    cast: Array.from({ length: 3 + r.int(6) }, () => ({ name: person(r), character: cap(word(r)) })),
  }));
  const pages: PageRecord[] = [];
  for (let i = 0; i < pagesN; i++) {
    const film = r.pick(films);
    const site = r.pick(SITES);
    const createdAt = now - r.int(3 * 365 * 86_400_000);
    const url = `https://${site}/reviews/${i}-${film.title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    pages.push({
      id: url,
      url,
      aliases: [],
      site,
      postTitle: `Review: ${film.title} (${film.year}) — ${words(r, 4)}`,
      detection: {
        isReview: true,
        confidence: 0.9,
        signals: ['JSON-LD Review', 'og:type article'],
        film,
        review: { author: person(r) },
      },
      correction: null,
      entry: {
        rating: r.next() < 0.7 ? (1 + r.int(10)) / 2 : null,
        liked: r.next() < 0.3,
        rewatch: r.next() < 0.1,
        watchedDate: r.next() < 0.5 ? new Date(createdAt - r.int(30) * 86_400_000).toISOString().slice(0, 10) : null,
        tags: r.next() < 0.6 ? [...new Set(Array.from({ length: 1 + r.int(3) }, () => r.pick(TAGS)))] : [],
        note: r.next() < 0.6 ? cap(words(r, 10 + r.int(60))) : '',
      },
      createdAt,
      updatedAt: createdAt + r.int(30 * 86_400_000),
    });
  }
  const highlights: HighlightRecord[] = [];
  for (let i = 0; i < highlightsN; i++) {
    const page = pages[i < pagesN ? i : r.int(pagesN)];
    const text = cap(words(r, 12 + r.int(50)));
    const start = r.int(20_000);
    highlights.push({
      id: `h-${i}`,
      pageId: page.id,
      text,
      selectors: [
        { type: 'TextQuoteSelector', exact: text, prefix: words(r, 5).slice(0, 32), suffix: words(r, 5).slice(0, 32) },
        { type: 'TextPositionSelector', start, end: start + text.length },
      ],
      color: r.pick(['yellow', 'green', 'blue', 'pink'] as const),
      note: r.next() < 0.3 ? cap(words(r, 5 + r.int(30))) : '',
      lastStatus: r.next() < 0.05 ? 'orphan' : 'placed',
      createdAt: page.createdAt + r.int(86_400_000),
      updatedAt: page.createdAt + r.int(86_400_000),
    });
  }
  return { pages, highlights };
}

/** Imports the library in backups of {@link CHUNK} pages, through the options page like the reader's import. */
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
    const text = JSON.stringify({ format: 'reel-notes-backup', version: 1, exportedAt: new Date(0).toISOString(), pages, highlights });
    const result = await page.evaluate((t) => (globalThis as any).chrome.runtime.sendMessage({ type: 'library/import', kind: 'backup', text: t }), text);
    if (!result?.ok) throw new Error(`Import failed: ${result?.error}`);
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
  await page.waitForSelector('[data-ready="true"] tbody tr', { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('reel-library-painted').length > 0);
  const t = await page.evaluate(() => ({
    ready: performance.getEntriesByName('reel-library-ready')[0].startTime,
    painted: performance.getEntriesByName('reel-library-painted')[0].startTime,
    rows: document.querySelectorAll('tbody tr').length,
  }));
  // The rest of the library still streams in; each load starts with the background idle.
  await page.waitForSelector('[data-complete="true"]', { timeout: 60_000 });
  await page.waitForTimeout(1500);
  const longest = (await page.evaluate('Math.max(0, ...(globalThis.__long ?? []))')) as number;
  await page.close();
  return { ...t, longest };
}

/** Types each query a key at a time in the page; returns input→commit and input→next frame for each keystroke. */
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

/** Runs the benchmark and prints its `bench:` lines; for bench/run.ts or `npx tsx bench/options.ts`. */
export async function runOptionsBench(): Promise<{ firstRender: number; searchKeystroke: number }> {
  const started = Date.now();
  const lib = generateLibrary();
  const l = await launch();
  try {
    const url = `chrome-extension://${l.id}/src/options/index.html`;
    const setup = await l.context.newPage();
    await setup.goto(url);
    await setup.waitForSelector('[data-ready="true"]');
    await seed(setup, lib);
    await setup.close();
    console.log(`seeded ${lib.pages.length} pages and ${lib.highlights.length} highlights in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    await firstRender(l, url); // warm-up: the service worker and the disk cache
    const loads = [];
    for (let i = 0; i < 5; i++) loads.push(await firstRender(l, url));
    if (loads.some((x) => x.rows < 100)) throw new Error(`expected 100 rows, saw ${loads.map((x) => x.rows).join(', ')}`);

    const page = await l.context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-complete="true"]', { timeout: 60_000 });
    // Let the idle-time search index build finish, as it would while the reader looks at the page.
    await page.waitForTimeout(1500);
    const typed = await keystrokes(page, ['eclair', 'spike jonze', 'phoenix letter']);
    const ready = median(loads.map((x) => x.ready));
    const painted = median(loads.map((x) => x.painted));
    console.log(`info: first render per load (ms): ${loads.map((x) => x.ready.toFixed(1)).join(', ')}; to next frame median ${painted.toFixed(1)} ms`);
    console.log(`info: longest main-thread task while the rest of the library loads: median ${median(loads.map((x) => x.longest)).toFixed(0)} ms`);
    console.log(`info: ${typed.commit.length} keystrokes; input→next frame median ${median(typed.frame).toFixed(1)} ms, max commit ${Math.max(...typed.commit).toFixed(1)} ms`);
    console.log(`bench: options-first-render-10k = ${ready.toFixed(1)} ms`);
    console.log(`bench: options-search-keystroke-10k = ${median(typed.commit).toFixed(1)} ms`);
    console.log(`info: total ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { firstRender: ready, searchKeystroke: median(typed.commit) };
  } finally {
    await l.close();
  }
}

if (process.argv[1]?.endsWith('bench/options.ts')) {
  runOptionsBench().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
