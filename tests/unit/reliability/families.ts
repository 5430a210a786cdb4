/**
 * The reliability fuzz (issue 7): for each family, thousands of seeded
 * malformed inputs, each of which must end in a result or a clear error
 * within a time bound. For import families the fake-indexeddb database must be
 * unchanged after every refused import, and nothing stored before may be lost
 * after an accepted one. `scripts/reliability.ts` prints the figures.
 */
import 'fake-indexeddb/auto';
import { openFreshDb } from '../../support/fake-db';
import * as v from 'valibot';
import type { ReelDatabase } from '../../../src/shared/db/open';
import { exportLibrary, importBackup, importLibrary } from '../../../src/shared/db/import';
import { makeBackup } from '../../../src/shared/formats/backup';
import { fromHypothesisExport } from '../../../src/shared/formats/hypothesis';
import { toLetterboxdCsv } from '../../../src/shared/formats/letterboxd';
import { readLetterboxdFile, readLetterboxdFiles } from '../../../src/shared/formats/letterboxd-read';
import { planFilms } from '../../../src/shared/formats/film-merge';
import type { FilmRecord } from '../../../src/shared/records/films';
import { roundTripFamily } from './round-trip';
import { ImportError, type Library } from '../../../src/shared/formats/library';
import type { PageRecord } from '../../../src/shared/records';
import { DetectionSchema } from '../../../src/shared/records/detection';
import { damageText, mutateJson } from './mutate';
import { caseSeed, rng, type Rng } from './random';
import { genLibrary } from './library-gen';

export interface FamilyResult {
  family: string;
  tried: number;
  refused: number;
  accepted: number;
  lost: number;
  slowestMs: number;
  /** Cases that threw something other than a clear error, or broke the time bound, or left bad output. */
  failures: { case: number; seed: number; how: string; problem: string }[];
  /** Distinct refusal reasons seen (first few), to read what readers would be told. */
  reasons: string[];
  skipped?: string;
}

export interface RunOptions {
  seed: number;
  /** First case number (cases are independent: case i is made from the seed and i only). */
  from?: number;
  count: number;
  /** Per-case bound, milliseconds. */
  boundMs: number;
  /** Called before each case with its number and the counts so far. */
  onProgress?: (i: number, soFar: FamilyResult) => void;
}

export type Outcome = {
  kind: 'accepted' | 'refused';
  reason?: string;
  lost?: number;
  problem?: string;
  /** Time of the part under test, when the case also spends time on set-up (parsing HTML with jsdom). */
  ms?: number;
};

export interface Family {
  name: string;
  setup(): Promise<unknown>;
  make(r: Rng, i: number): { input: unknown; how: string };
  run(input: unknown, state: unknown): Promise<Outcome>;
}

/** An error a reader can act on: our ImportError, with a non-empty message. */
export function isClear(e: unknown): e is ImportError {
  return e instanceof ImportError && typeof e.message === 'string' && e.message.length > 0 && e.message.length < 2_000;
}

const snapshot = (lib: Library) => JSON.stringify(makeBackup(lib, ''));

/** Records stored before that are missing after, or older after than before. */
function countLost(before: Library, after: Library, combinePages: boolean): number {
  let lost = 0;
  const pagesAfter = new Map(after.pages.map((p) => [p.id, p]));
  for (const p of before.pages) {
    const a = pagesAfter.get(p.id);
    if (!a || a.updatedAt < p.updatedAt) lost++;
    else if (combinePages && !sameOrAdded(p, a)) lost++;
  }
  const hAfter = new Map(after.highlights.map((h) => [h.id, h]));
  for (const h of before.highlights) {
    const a = hAfter.get(h.id);
    if (!a || a.updatedAt < h.updatedAt || a.pageId !== h.pageId) lost++;
  }
  return lost;
}

/** A page imported from another tool may only gain tags and note text. */
function sameOrAdded(before: PageRecord, after: PageRecord): boolean {
  return (
    before.entry.tags.every((t) => after.entry.tags.includes(t)) &&
    after.entry.note.includes(before.entry.note.trim()) &&
    before.entry.rating === after.entry.rating &&
    JSON.stringify(before.detection) === JSON.stringify(after.detection) &&
    JSON.stringify(before.correction) === JSON.stringify(after.correction)
  );
}

let dbCount = 0;
interface DbState {
  db: ReelDatabase;
  base: Library;
  runs: number;
}

/** What each import family's database holds before its cases; incoming files reuse some of its ids and passages. */
const STORED: Record<string, Library> = {
  backup: genLibrary(rng(1), 12, 4, 'stored'),
  hypothesis: genLibrary(rng(2), 12, 4, 'stored'),
};

async function dbState(base: Library, runs = 0): Promise<DbState> {
  const db = await openFreshDb(`fuzz-${++dbCount}`);
  await importLibrary(db, base);
  return { db, base, runs };
}

/** Some stored pages and their highlights, each older, the same, or newer than stored, some edited. */
function overlap(r: Rng, base: Library): Library {
  const pages = base.pages.filter(() => r.chance(0.3));
  const ids = new Set(pages.map((p) => p.id));
  const shift = () => r.pick([-1_000, 0, 0, 1_000]);
  return {
    pages: pages.map((p) => ({ ...p, updatedAt: Math.max(p.createdAt, p.updatedAt + shift()), entry: r.chance(0.5) ? { ...p.entry, note: `${p.entry.note} (edited)` } : p.entry })),
    highlights: base.highlights
      .filter((h) => ids.has(h.pageId) && r.chance(0.5))
      // Same passage under a new id (another device) or the same id.
      .map((h) => ({ ...h, id: r.chance(0.3) ? `${h.id}-twin` : h.id, updatedAt: Math.max(h.createdAt, h.updatedAt + shift()), note: r.chance(0.5) ? `${h.note}!` : h.note })),
  };
}

/** Runs one import against the database and judges it: refused → unchanged; accepted → nothing lost. */
async function judgedImport(state: DbState, act: (db: ReelDatabase) => Promise<unknown>, combinePages: boolean): Promise<Outcome> {
  // Accepted imports grow the database; start again from the base now and then so every case stays cheap.
  if (++state.runs % 50 === 0) {
    state.db.close();
    Object.assign(state, await dbState(state.base, state.runs));
  }
  const before = await exportLibrary(state.db);
  const beforeText = snapshot(before);
  try {
    await act(state.db);
  } catch (e) {
    const unchanged = snapshot(await exportLibrary(state.db)) === beforeText;
    if (!isClear(e)) return { kind: 'refused', problem: `unclear error: ${describeThrown(e)}`, lost: unchanged ? 0 : 1 };
    return { kind: 'refused', reason: e.message, lost: unchanged ? 0 : 1, problem: unchanged ? undefined : 'database changed by a refused import' };
  }
  const after = await exportLibrary(state.db);
  return { kind: 'accepted', lost: countLost(before, after, combinePages) };
}

export function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.slice(0, 200)}`;
  return `non-error thrown: ${String(e).slice(0, 100)}`;
}

function pollutionCheck(): string | undefined {
  const probe = {} as Record<string, unknown>;
  if ('polluted' in probe || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) {
    delete (Object.prototype as Record<string, unknown>).polluted;
    return 'Object.prototype was polluted';
  }
  return undefined;
}

// ---------------------------------------------------------------- families

export const backupFamily: Family = {
  name: 'backup-import',
  setup: () => dbState(STORED.backup),
  make(r, i) {
    // Some incoming libraries overlap the stored one (same ids, older or newer), the rest are new.
    const lib = genLibrary(r, r.int(1, 8), 3, `in${i % 7}`);
    if (r.chance(0.5)) {
      const old = overlap(r, STORED.backup);
      lib.pages.push(...old.pages);
      lib.highlights.push(...old.highlights);
    }
    const backup = JSON.parse(JSON.stringify(makeBackup(lib, new Date(Date.UTC(2024, 0, 1)).toISOString()))) as Record<string, unknown>;
    return damage(r, backup, 0.1);
  },
  run: (input, state) => judgedImport(state as DbState, (db) => importBackup(db, input), false),
};

/**
 * A valid value, mutated 1–3 times (untouched with probability `pIntact`),
 * then sometimes sent as JSON text, itself sometimes damaged.
 */
function damage(r: Rng, valid: unknown, pIntact: number): { input: unknown; how: string } {
  const hows: string[] = [];
  let value: unknown = valid;
  const n = r.chance(pIntact) ? 0 : r.int(1, 3);
  for (let k = 0; k < n; k++) {
    const m = mutateJson(r, value);
    value = m.value;
    hows.push(m.how);
  }
  if (r.chance(0.4)) {
    let text: string;
    try {
      text = JSON.stringify(value) ?? 'undefined';
    } catch {
      // Too deep for JSON.stringify: the object itself is still tried, as a parsed value.
      return { input: value, how: hows.join('; ') };
    }
    if (r.chance(0.5)) {
      const d = damageText(r, text);
      text = d.value;
      hows.push(d.how);
    }
    return { input: text, how: hows.join('; ') || 'valid (text)' };
  }
  return { input: value, how: hows.join('; ') || 'valid' };
}

const HYPOTHESIS_BASE = {
  export_date: '2024-05-02T09:14:33.120Z',
  annotations: [] as unknown[],
};

function hypothesisAnnotation(r: Rng, i: number): Record<string, unknown> {
  const storedPage = r.pick(STORED.hypothesis.pages);
  const uri = r.pick([
    'https://filmdiary.example.com/2014/01/her-review/',
    'https://filmdiary.example.com/2014/01/her-review/?utm_source=x#c',
    storedPage.id,
    storedPage.aliases[0] ?? `${storedPage.id}#top`,
    'urn:x-pdf:abc',
    `https://site.example/${i}`,
  ]);
  // Sometimes a passage the reader already highlighted on that page.
  const known = r.chance(0.3) ? STORED.hypothesis.highlights.find((h) => h.pageId === storedPage.id) : undefined;
  const knownQuote = known?.selectors.find((s) => s.type === 'TextQuoteSelector');
  const knownPos = known?.selectors.find((s) => s.type === 'TextPositionSelector');
  const exact = knownQuote?.exact ?? (r.string(r.int(1, 60)) || 'x');
  const start = knownPos?.start ?? r.int(0, 9999);
  return {
    id: `A${i}_${r.int(0, 1e9)}`,
    created: new Date(Date.UTC(2024, 0, 1) + r.int(0, 1e10)).toISOString(),
    updated: new Date(Date.UTC(2024, 6, 1) + r.int(0, 1e10)).toISOString(),
    uri,
    text: r.string(r.int(0, 80)),
    tags: r.chance(0.5) ? [r.pick(['film', 'to-watch', 'Her'])] : [],
    ...(r.chance(0.1) ? { references: ['parent'] } : {}),
    target: [
      r.chance(0.2)
        ? { source: uri }
        : {
            source: uri,
            selector: [
              { type: 'RangeSelector', startContainer: '/div[1]', endContainer: '/div[1]', startOffset: 0, endOffset: 5 },
              { type: 'TextPositionSelector', start, end: start + exact.length },
              { type: 'TextQuoteSelector', exact, prefix: r.string(4), suffix: r.string(4) },
            ],
          },
    ],
    document: { title: [r.string(r.int(0, 30))] },
  };
}

const hypothesisFamily: Family = {
  name: 'hypothesis-import',
  setup: () => dbState(STORED.hypothesis),
  make(r, i) {
    const file = structuredClone(HYPOTHESIS_BASE);
    for (let k = r.int(1, 8); k > 0; k--) file.annotations.push(hypothesisAnnotation(r, i * 10 + k));
    return damage(r, file, 0.15);
  },
  run: (input, state) =>
    judgedImport(state as DbState, (db) => importLibrary(db, fromHypothesisExport(input, Date.UTC(2024, 0, 1)), { pages: 'combine' }), true),
};

const LB_HEADERS = [
  ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating'],
  ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Tags', 'Watched Date'],
  ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Review', 'Tags', 'Watched Date'],
];

function letterboxdText(r: Rng): string {
  if (r.chance(0.15)) return toLetterboxdCsv(genLibrary(r, r.int(1, 6), 0));
  const header = [...r.pick(LB_HEADERS)];
  if (r.chance(0.2)) header.reverse();
  const rows = [header];
  for (let k = r.int(0, 12); k > 0; k--) {
    rows.push(header.map((h) => {
      switch (h) {
        case 'Name': return r.pick(['Her', 'Amélie', 'Heat', 'Crouching Tiger, Hidden Dragon', 'He said "no"', r.string(r.int(1, 30))]);
        // Often a stored film's year, so that imports meet stored ratings.
        case 'Year': return r.chance(0.6) ? r.pick(['2013', '2001', '1995']) : String(r.int(1900, 2025));
        case 'Rating': return r.chance(0.2) ? '' : String(r.int(1, 10) / 2);
        case 'Rewatch': return r.pick(['', 'Yes']);
        case 'Tags': return r.pick(['', 'a, b', 'horror']);
        case 'Review': return r.string(r.int(0, 200));
        case 'Watched Date':
        case 'Date': return `20${r.int(10, 24)}-0${r.int(1, 9)}-1${r.int(0, 9)}`;
        default: return `https://boxd.it/${r.int(1, 1e6).toString(36)}`;
      }
    }));
  }
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((row) => row.map(quote).join(',')).join(r.pick(['\n', '\r\n']));
}

function damageCsv(r: Rng, text: string): { value: string; how: string } {
  const lines = text.split(/\r?\n/);
  switch (r.int(0, 7)) {
    case 0: return { value: lines.slice(1).join('\n'), how: 'header removed' };
    case 1: return { value: `\uFEFF${text}`, how: 'BOM' };
    case 2: {
      const i = r.int(0, lines.length - 1);
      lines[i] = `${lines[i]},extra,"fields`;
      return { value: lines.join('\n'), how: `unbalanced quote on line ${i + 1}` };
    }
    case 3: {
      const i = r.int(1, Math.max(1, lines.length - 1));
      lines[i] = (lines[i] ?? '').split(',').slice(0, r.int(0, 3)).join(',');
      return { value: lines.join('\n'), how: `short row ${i + 1}` };
    }
    case 4: return { value: text.replace(/,\d(\.5)?(,|$)/m, `,${r.pick(['4.3', '11', '-1', 'NaN', '1e3', 'five', '0'])}$2`), how: 'bad rating' };
    case 5: return { value: `${text}\n${'x'.repeat(r.pick([10_000, 1_000_000]))}`, how: 'huge field' };
    case 6: return { value: text.replace(/\d{4}-\d\d-\d\d/, r.pick(['2024-02-30', '14/02/2024', '2024-1-1', ''])), how: 'bad date' };
    default: return damageText(r, text);
  }
}

/** Films stored before each case (in memory: the family tests the pure reader and planner). */
function storedFilms(): FilmRecord[] {
  const diary = 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\nx,Her,2013,https://boxd.it/e1,4.5,,"romance, sci-fi",2024-02-14\n'.replace('x,', '2024-02-15,');
  const ratings = 'Date,Name,Year,Letterboxd URI,Rating\n2024-01-01,Amélie,2001,https://boxd.it/1X8i,4\n2024-01-01,Heat,1995,https://boxd.it/h1,5\n';
  return planFilms([], readLetterboxdFiles([{ path: 'ratings.csv', text: ratings }, { path: 'diary.csv', text: diary }]).items, 1).add;
}

/** A stored film is lost if it is gone, or lost a watch, a tag, a review or its rating. */
function filmsLost(before: FilmRecord[], after: Map<string, FilmRecord>): number {
  let lost = 0;
  for (const f of before) {
    const a = after.get(f.id);
    const kept = (e: FilmRecord['diary'][number]) => a?.diary.some((x) => x.id === e.id && e.tags.every((t) => x.tags.includes(t)) && x.review.includes(e.review) && (e.rating === null || x.rating !== null));
    if (!a || !f.diary.every(kept) || (f.rating !== null && a.rating === null)) lost++;
  }
  return lost;
}

const LB_PATHS = ['ratings.csv', 'diary.csv', 'reviews.csv', 'watched.csv', 'watchlist.csv', 'likes/films.csv', 'export.csv', 'deleted/diary.csv'];

const letterboxdFamily: Family = {
  name: 'letterboxd-import',
  setup: async () => null,
  make(r) {
    let text = letterboxdText(r);
    const hows: string[] = [];
    for (let k = r.chance(0.15) ? 0 : r.int(1, 2); k > 0; k--) {
      const d = damageCsv(r, text);
      text = d.value;
      hows.push(d.how);
    }
    const path = r.pick(LB_PATHS);
    return { input: { path, text }, how: `${path}: ${hows.join('; ') || 'valid'}` };
  },
  /**
   * "lost" counts stored films (in memory) that an accepted import dropped or
   * emptied, and titled rows of an accepted file whose film is not in the result.
   */
  async run(input) {
    const { path, text } = input as { path: string; text: string };
    let films: FilmRecord[];
    let lost = 0;
    let skippedWhole = false;
    try {
      const read = readLetterboxdFile(path, text);
      skippedWhole = read.skipped.length > 0;
      const before = storedFilms();
      const plan = planFilms(before, read.items, 2);
      const after = new Map(before.map((f) => [f.id, f]));
      for (const f of [...plan.add, ...plan.replace]) after.set(f.id, f);
      lost += filmsLost(before, after);
      films = [...after.values()];
    } catch (e) {
      if (!isClear(e)) return { kind: 'refused', problem: `unclear error: ${describeThrown(e)}` };
      return { kind: 'refused', reason: e.message };
    }
    if (new Set(films.map((f) => f.id)).size !== films.length) return { kind: 'accepted', problem: 'duplicate ids in the result' };
    if (skippedWhole) return { kind: 'accepted', lost };
    const { data } = (await import('papaparse')).default.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', delimiter: ',' });
    for (const row of data) {
      // Header names compared as the importer does: case, spaces and punctuation ignored.
      const plain = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, '');
      const key = Object.keys(row).find((k) => ['name', 'title'].includes(plain(k)));
      const title = key ? (row[key] ?? '').trim() : '';
      const yearKey = Object.keys(row).find((k) => plain(k) === 'year');
      const year = yearKey && row[yearKey]?.trim() ? Number(row[yearKey].trim()) : null;
      if (title && !films.some((f) => f.year === year && (f.title === title || f.title === title.replace(/^'(?=[=+\-@\t\r])/, '')))) lost++;
    }
    return { kind: 'accepted', lost };
  },
};

// ----- extractor

const JSONLD_BITS = [
  '{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Movie","name":"Her","dateCreated":"2013","director":{"@type":"Person","name":"Spike Jonze"}},"reviewRating":{"ratingValue":4,"bestRating":5}}',
  '{"@type":["Movie","Thing"],"name":["Her",5],"director":[[{"name":null}]],"actor":"Joaquin Phoenix"}',
  '{"@graph":[{"@type":"Review","itemReviewed":{"@id":"#m"}},{"@id":"#m","@type":"Movie","name":{"@value":"Her"}}]}',
  '{"@type":"Review","reviewRating":{"ratingValue":"NaN","bestRating":0,"worstRating":10}}',
  '{"@type":"Movie","name":"<img src=x onerror=alert(1)>","datePublished":"99999-01-01"}',
  '[{"@type":"Review"},null,1,"x",[]]',
  '{"@type":"Review","itemReviewed":',
  '{"__proto__":{"polluted":true},"@type":"Movie","name":"Pollute"}',
  '{"@type":"Movie","name":"Her","director":{"@type":"Person","name":{"name":{"name":"x"}}}}',
];

export function extractorHtml(r: Rng): string {
  const parts: string[] = [];
  const title = r.pick(['Her (2013) review', 'Review: Amélie', '<script>alert(1)</script>', r.string(r.int(0, 100)), '']);
  parts.push(`<title>${title}</title>`);
  for (let k = r.int(0, 3); k > 0; k--) {
    let bit = r.pick(JSONLD_BITS);
    if (r.chance(0.4)) bit = damageText(r, bit).value;
    if (r.chance(0.1)) bit = `${'['.repeat(r.pick([100, 20_000]))}${bit}`;
    parts.push(`<script type="application/ld+json">${bit.replace(/<\/script/gi, '<\\/script')}</script>`);
  }
  if (r.chance(0.5)) parts.push(`<meta property="og:title" content="${r.pick(['Her', '"><b>x', r.string(20)]).replace(/"/g, '&quot;')}"><meta property="og:type" content="${r.pick(['article', 'video.movie', ''])}">`);
  if (r.chance(0.3)) parts.push(`<div itemscope itemtype="https://schema.org/Movie"><span itemprop="name">${r.string(20)}</span><span itemprop="director" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Spike Jonze</span></span><meta itemprop="datePublished" content="${r.pick(['2013', 'x', ''])}"></div>`);
  if (r.chance(0.3)) parts.push(`<article><h1 class="entry-title">${r.pick(['Review: Her (2013)', r.string(60)])}</h1><p>Directed by ${r.pick(['Spike Jonze', r.string(10)])}, starring Joaquin Phoenix. ★★★★½ ${r.string(r.int(0, 3000))}</p></article>`);
  // Big pages are few and moderate: jsdom's parsing of them, not the extractor, would dominate the run.
  // At most one big feature per page: jsdom's parsing of deep nesting around a long text takes seconds, and that is not what is measured.
  const big = r.int(0, 19);
  if (big === 0) parts.push(`${'<div>'.repeat(r.pick([200, 800]))}deep${'</div>'.repeat(10)}`);
  if (big === 1) parts.push(`<p>${'x '.repeat(r.pick([20_000, 60_000]))}</p>`);
  if (r.chance(0.2)) parts.push('<p>unclosed <b><i><table><tr><td>cell<p>');
  let html = `<!doctype html><html><head>${parts.slice(0, 2).join('')}</head><body>${parts.slice(2).join('')}</body></html>`;
  if (r.chance(0.15)) html = damageText(r, html).value;
  return html;
}

type ExtractFilm = (doc: Document, opts?: { url?: string }) => unknown;
let extractor: { extractFilm: ExtractFilm; JSDOM: typeof import('jsdom').JSDOM } | null | undefined;

async function loadExtractor(): Promise<typeof extractor> {
  if (extractor !== undefined) return extractor;
  // A variable specifier: the module is a colleague's and may not exist yet; then the family is skipped.
  const specifier = '../../../src/shared/film/index.ts';
  try {
    const mod = (await import(/* @vite-ignore */ specifier)) as { extractFilm?: ExtractFilm };
    const { JSDOM } = await import('jsdom');
    extractor = typeof mod.extractFilm === 'function' ? { extractFilm: mod.extractFilm, JSDOM } : null;
    // A first call compiles and loads what the extractor needs; that start-up is not a case's time.
    if (extractor) {
      const warm = new JSDOM('<title>Her (2013) review</title><p>Directed by Spike Jonze. ★★★★</p>', { url: 'https://blog.example.com/' });
      extractor.extractFilm(warm.window.document, { url: 'https://blog.example.com/' });
      warm.window.close();
    }
  } catch {
    extractor = null;
  }
  return extractor;
}

let host: import('jsdom').JSDOM | undefined;

const extractorFamily: Family = {
  name: 'extractor',
  setup: loadExtractor,
  make: (r) => ({ input: extractorHtml(r), how: 'generated page' }),
  async run(input, state) {
    const { extractFilm, JSDOM } = state as NonNullable<typeof extractor>;
    // One jsdom window, a fresh Document per case: a new JSDOM per case costs more than the extraction.
    host ??= new JSDOM('', { url: 'https://blog.example.com/review/her' });
    const doc = new host.window.DOMParser().parseFromString(input as string, 'text/html');
    {
      let result: unknown;
      const t0 = performance.now();
      try {
        result = extractFilm(doc, { url: 'https://blog.example.com/review/her' });
      } catch (e) {
        return { kind: 'refused', problem: `extractFilm threw ${describeThrown(e)}` };
      }
      const ms = performance.now() - t0;
      const checked = v.safeParse(DetectionSchema, result);
      if (!checked.success) return { kind: 'accepted', problem: `result is not a Detection: ${checked.issues[0].message} at ${v.getDotPath(checked.issues[0])}` };
      const failed = checked.output.signals.find((s) => s.startsWith('extraction failed'));
      // extractFilm turns an internal error into an empty result with the reason as a signal.
      if (failed) return { kind: 'refused', reason: failed, ms };
      return { kind: 'accepted', ms };
    }
  },
};

export const FAMILIES: readonly Family[] = [backupFamily, letterboxdFamily, hypothesisFamily, roundTripFamily, extractorFamily];
export const FAMILY_NAMES = FAMILIES.map((f) => f.name);

/** Runs one family; never throws for a bad case (those are counted as failures). */
export async function runFamily(name: string, opts: RunOptions): Promise<FamilyResult> {
  const family = FAMILIES.find((f) => f.name === name);
  if (!family) throw new Error(`Unknown family ${name}; known: ${FAMILY_NAMES.join(', ')}`);
  const result: FamilyResult = { family: name, tried: 0, refused: 0, accepted: 0, lost: 0, slowestMs: 0, failures: [], reasons: [] };
  const state = await family.setup();
  if (family.name === 'extractor' && !state) {
    result.skipped = 'src/shared/film/index.ts (extractFilm) does not exist yet';
    return result;
  }
  const from = opts.from ?? 0;
  for (let i = from; i < from + opts.count; i++) {
    opts.onProgress?.(i, result);
    const seed = caseSeed(opts.seed, name, i);
    const t0 = performance.now();
    let outcome: Outcome;
    let how = '';
    try {
      const made = family.make(rng(seed), i);
      how = made.how;
      outcome = await family.run(made.input, state);
    } catch (e) {
      outcome = { kind: 'refused', problem: `harness error: ${describeThrown(e)}` };
    }
    const ms = outcome.ms ?? performance.now() - t0;
    result.tried++;
    result[outcome.kind]++;
    result.lost += outcome.lost ?? 0;
    result.slowestMs = Math.max(result.slowestMs, ms);
    const polluted = pollutionCheck();
    const problem = outcome.problem ?? polluted ?? (ms > opts.boundMs ? `took ${Math.round(ms)} ms (bound ${opts.boundMs} ms)` : undefined);
    if (problem || (outcome.lost ?? 0) > 0) result.failures.push({ case: i, seed, how, problem: problem ?? `lost ${outcome.lost}` });
    if (outcome.reason && result.reasons.length < 8) {
      const short = outcome.reason.replace(/\d+/g, 'N').slice(0, 120);
      if (!result.reasons.includes(short)) result.reasons.push(short);
    }
  }
  return result;
}

/** The figures line issue 7 asks for. */
export function figuresLine(r: FamilyResult): string {
  return `reliability: ${r.family} tried=${r.tried} refused=${r.refused} accepted=${r.accepted} lost=${r.lost} slowest_ms=${Math.round(r.slowestMs)}`;
}
